// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
  window.localStorage.clear();
});

describe('plan store', () => {
  it('keeps the plan in localStorage', async () => {
    const store = await import('./plan-store');
    store.writePlanValues(['guide.no-yes.api']);
    expect(window.localStorage.getItem('runtime-advisor.plan')).toBe('["guide.no-yes.api"]');
    vi.resetModules();
    const fresh = await import('./plan-store');
    expect(fresh.readPlanValues()).toEqual(['guide.no-yes.api']);
  });

  it('works in memory when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = await import('./plan-store');
    expect(store.readPlanValues()).toEqual([]);
    store.writePlanValues(['guide.no-yes.api', 'guide.yes-no.db']);
    expect(store.readPlanValues()).toEqual(['guide.no-yes.api', 'guide.yes-no.db']);
  });

  it('ignores stored data that is not a plan', async () => {
    window.localStorage.setItem('runtime-advisor.plan', '{"__proto__":{"x":1}}');
    const store = await import('./plan-store');
    expect(store.readPlanValues()).toEqual([]);
  });
});
