import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from './lazy-module';

describe('lazyModule', () => {
  it('imports once however often it is asked, and then answers at once', async () => {
    const importModule = vi.fn(() => Promise.resolve({ value: 1 }));
    const lazy = lazyModule(importModule);
    expect(lazy.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(await lazy.load()).toBe(a);
    expect(lazy.loaded()).toBe(a);
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed import instead of repeating the failure', async () => {
    const importModule = vi
      .fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ value: 2 });
    const lazy = lazyModule(importModule);
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.loaded()).toBeUndefined();
    expect(await lazy.load()).toEqual({ value: 2 });
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});
