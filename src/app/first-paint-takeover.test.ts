// @vitest-environment jsdom
// The app rendering over the build's first paint gives back what the reader did meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { elementAt, placeOf, showsFirstPaint, takeOverFirstPaint } from './first-paint-takeover';

const PAGE =
  '<header><a href="#/compare">Compare</a></header><main><section><h2>Q?</h2><button>Yes</button><button>No</button></section></main>';

function firstPaint(): HTMLElement {
  document.body.innerHTML = `<div id="root" data-first-paint>${PAGE}</div>`;
  return document.getElementById('root') as HTMLElement;
}

/** The app's own render of the same page: new elements, with their own handlers. */
function appCommit(root: HTMLElement, clicked: string[]) {
  return () => {
    root.innerHTML = PAGE;
    for (const button of root.querySelectorAll('button')) {
      button.addEventListener('click', () => clicked.push(button.textContent));
    }
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('taking over from the first paint', () => {
  it('finds an element again by its place under the root', () => {
    const root = firstPaint();
    for (const element of root.querySelectorAll('*')) {
      const place = placeOf(root, element);
      expect(place).toBeDefined();
      expect(elementAt(root, place ?? [])).toBe(element);
    }
    expect(placeOf(root, document.body)).toBeUndefined();
  });

  it('replays a held click on the app’s own element, once', () => {
    const root = firstPaint();
    const no = root.querySelectorAll('button')[1];
    root.setAttribute('data-first-paint-click', JSON.stringify(placeOf(root, no as Element)));
    const clicked: string[] = [];
    expect(showsFirstPaint(root)).toBe(true);
    takeOverFirstPaint(root, appCommit(root, clicked));
    expect(clicked).toEqual(['No']);
    expect(showsFirstPaint(root)).toBe(false);
    expect(root.hasAttribute('data-first-paint-click')).toBe(false);
  });

  it('keeps the focus where the reader put it', () => {
    const root = firstPaint();
    (root.querySelectorAll('button')[0] as HTMLButtonElement).focus();
    takeOverFirstPaint(root, appCommit(root, []));
    expect(document.activeElement).toBe(root.querySelectorAll('button')[0]);
    expect(document.activeElement?.isConnected).toBe(true);
  });

  it('ignores a held click it cannot read', () => {
    for (const held of ['{"a":1}', '[-1]', '[0.5]', 'not json', '[9,9,9]']) {
      const root = firstPaint();
      root.setAttribute('data-first-paint-click', held);
      const clicked: string[] = [];
      expect(() => {
        takeOverFirstPaint(root, appCommit(root, clicked));
      }).not.toThrow();
      expect(clicked, held).toEqual([]);
    }
  });
});
