// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentContext } from '../../app/content-context';
import { builtInContent } from '../../content';
import type { Content } from '../../content/schema';
import { LangContext } from '../../i18n';
import { TreeSwitcher } from './tree-switcher';

afterEach(cleanup);

const guideTree = builtInContent.trees.find((tree) => tree.id === 'guide');
if (!guideTree) throw new Error('no guide tree');

const MARKUP = '<b>Acme</b> A"] --> X[pwn <img src=x onerror=alert(1)>';

const withCustomTree: Content = {
  ...builtInContent,
  trees: [
    ...builtInContent.trees,
    {
      ...guideTree,
      id: 'acme',
      origin: 'custom',
      title: { en: MARKUP, zh: MARKUP },
    },
  ],
};

function renderSwitcher(content: Content, currentId: string, lang: 'en' | 'zh' = 'en') {
  const switched: string[] = [];
  render(
    <LangContext.Provider value={lang}>
      <ContentContext.Provider value={content}>
        <TreeSwitcher currentId={currentId} onSwitch={(id) => switched.push(id)} />
      </ContentContext.Provider>
    </LangContext.Provider>,
  );
  return switched;
}

describe('TreeSwitcher', () => {
  it('names every tree and where it comes from, the current one pressed', () => {
    renderSwitcher(withCustomTree, 'full');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'The guide’s decision treeFrom the guide',
      'Extended tree (ours, built on the guide)Extension of the guide',
      `${MARKUP}Custom, from this site`,
    ]);
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual([
      'false',
      'true',
      'false',
    ]);
    expect(screen.getByTestId('tree-switcher').querySelector('b, img')).toBeNull();
  });

  it('switches to another tree, and does nothing for the current one', () => {
    const switched = renderSwitcher(withCustomTree, 'guide', 'zh');
    fireEvent.click(screen.getByRole('button', { name: /^指南的决策树/ }));
    fireEvent.click(screen.getByRole('button', { name: /自定义，由本站提供$/ }));
    expect(switched).toEqual(['acme']);
  });

  it('is not shown when there is only one tree', () => {
    renderSwitcher({ ...builtInContent, trees: [guideTree] }, 'guide');
    expect(screen.queryByTestId('tree-switcher')).toBeNull();
  });
});
