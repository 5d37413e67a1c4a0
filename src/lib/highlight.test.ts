import { describe, expect, it } from 'vitest';
import { loadedHighlighter, loadHighlighter } from './highlight';

/** The text a browser would show for the HTML: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('highlight', () => {
  it('loads lazily, once', async () => {
    expect(loadedHighlighter()).toBeUndefined();
    const first = await loadHighlighter();
    expect(await loadHighlighter()).toBe(first);
    expect(loadedHighlighter()).toBe(first);
  });

  it('marks up bash, YAML and TOML without changing the text', async () => {
    const { highlight } = await loadHighlighter();
    const samples = {
      bash: 'export VERSION=4.1.0\n# comment\nhelm install kata-deploy "$CHART" --version "$VERSION"',
      yaml: 'apiVersion: node.k8s.io/v1\nkind: RuntimeClass\nmetadata:\n  name: gvisor\nhandler: runsc',
      toml: "version = 3\n[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runsc]\n  runtime_type = 'io.containerd.runsc.v1'",
    } as const;
    for (const [language, code] of Object.entries(samples) as [keyof typeof samples, string][]) {
      const html = highlight(code, language);
      expect(html, language).toMatch(/class="hljs-/);
      expect(textOf(html), language).toBe(code);
    }
  });

  it('escapes markup in the text, so its output is safe as HTML', async () => {
    const { highlight } = await loadHighlighter();
    const hostile = 'echo "<img src=x onerror=alert(1)>" </code><script>alert(1)</script>';
    for (const language of ['bash', 'yaml', 'toml'] as const) {
      const html = highlight(hostile, language);
      expect(html).not.toMatch(/<img|<script|<\/code>/);
      expect(textOf(html)).toBe(hostile);
      // Only span tags with hljs classes are ever produced.
      for (const tag of html.match(/<[^>]+>/g) ?? []) {
        expect(tag).toMatch(/^<span class="hljs-[\w-]+(?: [\w-]+)*">$|^<\/span>$/);
      }
    }
  });
});
