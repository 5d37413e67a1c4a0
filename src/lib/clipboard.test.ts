import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPY_TIMEOUT_MS, copyText } from './clipboard';

afterEach(() => {
  vi.useRealTimers();
});

describe('copyText', () => {
  it('says copied only when the browser confirms the write', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    await expect(copyText('hello', { clipboard: { writeText } })).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it('falls back to the manual copy when the write is refused, or there is no clipboard', async () => {
    const writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    await expect(copyText('x', { clipboard: { writeText } })).resolves.toBe('unavailable');
    await expect(copyText('x', { clipboard: undefined })).resolves.toBe('unavailable');
    const throws = () => {
      throw new TypeError('no');
    };
    await expect(copyText('x', { clipboard: { writeText: throws } })).resolves.toBe('unavailable');
  });

  it('falls back to the manual copy when the write never settles', async () => {
    vi.useFakeTimers();
    const never = () => new Promise<void>(() => undefined);
    let outcome: string | undefined;
    void copyText('x', { clipboard: { writeText: never } }).then((result) => {
      outcome = result;
    });
    await vi.advanceTimersByTimeAsync(COPY_TIMEOUT_MS - 1);
    // Still waiting: a slow write that confirms in time still counts as copied.
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBe('unavailable');
  });

  it('a write confirmed just before the time-out counts as copied', async () => {
    vi.useFakeTimers();
    const slow = () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, COPY_TIMEOUT_MS - 10);
      });
    const result = copyText('x', { clipboard: { writeText: slow } });
    await vi.advanceTimersByTimeAsync(COPY_TIMEOUT_MS);
    await expect(result).resolves.toBe('copied');
  });
});
