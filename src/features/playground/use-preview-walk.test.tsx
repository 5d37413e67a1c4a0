// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInContent } from '../../content';
import type { Content } from '../../content/schema';
import { usePreviewWalk } from './use-preview-walk';

afterEach(cleanup);

function walkOf(initial: Content) {
  return renderHook(({ content }: { content: Content }) => usePreviewWalk(content), {
    initialProps: { content: initial },
  });
}

function current(result: { current: ReturnType<typeof usePreviewWalk> }) {
  const walk = result.current;
  if (!walk) throw new Error('no walk');
  return walk;
}

describe('usePreviewWalk', () => {
  it('walks the draft’s trees in its own state', () => {
    const { result } = walkOf(builtInContent);
    expect(current(result).state.tree.id).toBe(builtInContent.defaultTree);
    act(() => {
      current(result).state.answer('resource_constrained', 'yes');
    });
    expect(current(result).state.resolution.current?.id).toBe('strong_isolation');
    expect(current(result).notice).toBeUndefined();
  });

  it('keeps the walk across an edit where its path still exists, and says when it does not', () => {
    const { result, rerender } = walkOf(builtInContent);
    act(() => {
      current(result).state.answer('resource_constrained', 'no');
    });
    act(() => {
      current(result).state.answer('fast_startup', 'no');
    });
    expect(current(result).state.resolution.current?.id).toBe('gpu');

    // A new content object with the same tree: nothing changes.
    rerender({ content: { ...builtInContent } });
    expect(current(result).state.resolution.current?.id).toBe('gpu');
    expect(current(result).notice).toBeUndefined();

    // The answer "no" to fast_startup no longer exists: the walk stops before it.
    const edited: Content = {
      ...builtInContent,
      trees: builtInContent.trees.map((tree) =>
        tree.id !== 'guide'
          ? tree
          : {
              ...tree,
              nodes: tree.nodes.map((node) =>
                node.kind === 'question' && node.id === 'fast_startup'
                  ? {
                      ...node,
                      answers: node.answers.map((a) => (a.id === 'no' ? { ...a, id: 'nope' } : a)),
                    }
                  : node,
              ),
            },
      ),
    };
    rerender({ content: edited });
    expect(current(result).state.resolution.current?.id).toBe('fast_startup');
    expect(current(result).notice).toEqual({ kind: 'shortened' });
  });

  it('follows the wizard links the previewed result makes, and no others', () => {
    const { result } = walkOf(builtInContent);
    let followed = false;
    act(() => {
      followed = current(result).followLink('#/wizard?tree=full&existing_images=yes&lang=en');
    });
    expect(followed).toBe(true);
    expect(current(result).state.tree.id).toBe('full');
    expect(current(result).state.resolution.current?.id).toBe('oci_strong_isolation');
    expect(current(result).followLink('#/runtimes/kata?lang=en')).toBe(false);
    expect(current(result).followLink('https://elsewhere.example/#/wizard?tree=full')).toBe(false);
  });
});
