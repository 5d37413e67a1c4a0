import { useEffect, type RefObject } from 'react';

// Why this exists: Recharts' accessibility layer (the chart takes focus, the arrow keys move the
// tooltip from row to row) reads only Left/Right, and in a vertical layout Right moves up the
// rows, because it treats the category axis as running bottom to top. Readers expect Down and
// Right to reach the next row, and would go backwards.
// The charts catch those keys on their way down (capture phase) and dispatch the key Recharts
// understands for the intended direction instead; the replacement is marked so that it passes.
const FORWARD = 'ArrowLeft';
const BACK = 'ArrowRight';
const KEY_MAP: Record<string, string> = {
  ArrowDown: FORWARD,
  ArrowRight: FORWARD,
  ArrowUp: BACK,
  ArrowLeft: BACK,
};
const translated = new WeakSet<Event>();

/** Down/Right go to the next row and Up/Left to the previous one, on the chart inside `ref`. */
export function useRowKeys(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (translated.has(event)) return;
      const mapped = KEY_MAP[event.key];
      const target = event.target;
      if (!mapped || !(target instanceof Element) || !target.matches('.recharts-surface')) return;
      event.preventDefault();
      event.stopPropagation();
      const replacement = new KeyboardEvent('keydown', { key: mapped, bubbles: true });
      translated.add(replacement);
      target.dispatchEvent(replacement);
    };
    element.addEventListener('keydown', onKeyDown, true);
    return () => {
      element.removeEventListener('keydown', onKeyDown, true);
    };
  }, [ref]);
}
