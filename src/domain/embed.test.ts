import { describe, expect, it } from 'vitest';
import {
  embedSearch,
  escapeHtmlAttribute,
  iframeEmbedCode,
  resizeMessage,
  resultMessage,
  scriptEmbedCode,
  shareSearch,
} from './embed';

const walked = {
  tree: 'guide',
  resource_constrained: 'yes',
  strong_isolation: 'no',
  lang: 'zh',
  embed: '1',
  theme: 'dark',
};

describe('shareSearch', () => {
  it('keeps tree, answers and language, in order, and drops the embed options', () => {
    expect(shareSearch(walked)).toEqual({
      tree: 'guide',
      resource_constrained: 'yes',
      strong_isolation: 'no',
      lang: 'zh',
    });
    expect(Object.keys(shareSearch(walked))).toEqual([
      'tree',
      'resource_constrained',
      'strong_isolation',
      'lang',
    ]);
  });

  it('keeps other passthrough options such as a snippet target', () => {
    expect(shareSearch({ tree: 'guide', lang: 'en', target: 'k3s' })).toEqual({
      tree: 'guide',
      lang: 'en',
      target: 'k3s',
    });
  });
});

describe('embedSearch', () => {
  it('adds embed=1 and an explicit theme, replacing any the page had', () => {
    expect(embedSearch(walked, 'light')).toEqual({
      tree: 'guide',
      resource_constrained: 'yes',
      strong_isolation: 'no',
      lang: 'zh',
      embed: '1',
      theme: 'light',
    });
  });

  it('leaves the theme out for auto, the app default', () => {
    expect(embedSearch(walked, 'auto')).not.toHaveProperty('theme');
  });
});

describe('escapeHtmlAttribute', () => {
  it('cannot be broken out of', () => {
    expect(escapeHtmlAttribute('"><script>alert(1)</script>&')).toBe(
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;',
    );
  });
});

describe('iframeEmbedCode', () => {
  it('writes a lazy, titled iframe that may use the clipboard', () => {
    expect(
      iframeEmbedCode({
        src: 'https://docs.example/tools/advisor/#/wizard?tree=guide&lang=en&embed=1',
        title: 'Runtime Advisor "decision" guide',
      }),
    ).toMatchInlineSnapshot(`
      "<iframe
        src="https://docs.example/tools/advisor/#/wizard?tree=guide&amp;lang=en&amp;embed=1"
        title="Runtime Advisor &quot;decision&quot; guide"
        loading="lazy"
        allow="clipboard-write"
        style="display: block; width: 100%; min-height: 640px; border: 0;"
      ></iframe>"
    `);
  });
});

describe('scriptEmbedCode', () => {
  it('writes the placeholder and the loader, with answers when starting mid-walk', () => {
    expect(
      scriptEmbedCode({
        scriptUrl: 'https://docs.example/tools/advisor/embed.js',
        lang: 'zh',
        treeId: 'guide',
        theme: 'dark',
        answers: { resource_constrained: 'no', fast_startup: 'no' },
      }),
    ).toMatchInlineSnapshot(`
      "<div data-runtime-advisor data-lang="zh" data-tree="guide" data-theme="dark" data-answers="resource_constrained=no,fast_startup=no"></div>
      <script src="https://docs.example/tools/advisor/embed.js" async></script>"
    `);
  });

  it('omits the theme for auto and the answers when there are none', () => {
    expect(
      scriptEmbedCode({
        scriptUrl: 'https://docs.example/embed.js',
        lang: 'en',
        treeId: 'full',
        theme: 'auto',
        answers: {},
      }),
    ).toMatchInlineSnapshot(`
      "<div data-runtime-advisor data-lang="en" data-tree="full"></div>
      <script src="https://docs.example/embed.js" async></script>"
    `);
  });
});

describe('messages', () => {
  it('rounds a height up and refuses heights that make no sense', () => {
    expect(resizeMessage(612.2)).toEqual({ type: 'runtime-advisor:resize', height: 613 });
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(resizeMessage(bad)).toBeUndefined();
    }
  });

  it('copies the answers into a plain object', () => {
    const answers = Object.create(null) as Record<string, string>;
    answers.gpu = 'yes';
    const message = resultMessage('wasmedge', answers, 'https://x.example/#/wizard?gpu=yes');
    expect(Object.getPrototypeOf(message.answers)).toBe(Object.prototype);
    expect(message).toEqual({
      type: 'runtime-advisor:result',
      runtime: 'wasmedge',
      answers: { gpu: 'yes' },
      url: 'https://x.example/#/wizard?gpu=yes',
    });
  });
});
