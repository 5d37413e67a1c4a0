import fs from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

// Under a CSP without 'unsafe-eval', any `new Function` is reported as a violation, caught or not.
it('checks a content file without ever calling Function (no eval under the CSP)', async () => {
  const functionSpy = vi.spyOn(globalThis, 'Function');
  const { builtInContent } = await import('./index');
  const { parseCustomContentText } = await import('./merge');
  const text = fs.readFileSync(
    new URL('../../examples/custom-content.json', import.meta.url),
    'utf8',
  );
  expect(parseCustomContentText(text, builtInContent).ok).toBe(true);
  expect(parseCustomContentText('{"trees": [{}]}', builtInContent).ok).toBe(false);
  expect(functionSpy).not.toHaveBeenCalled();
});
