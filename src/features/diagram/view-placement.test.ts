// The diagram's placement maths, shared by the canvas and the build's first paint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constrainView, contentHeight, viewLimits } from './view-placement';

const size = fc.double({ min: 50, max: 4000, noNaN: true });

describe('the diagram’s placement', () => {
  it('sizes the panel to the drawing’s shape: never above its own size, never below readable', () => {
    fc.assert(
      fc.property(size, size, size, (width, height, room) => {
        const wanted = contentHeight(width, height, room, 0.75);
        expect(wanted).toBeLessThanOrEqual(Math.ceil(height));
        expect(wanted).toBeGreaterThanOrEqual(Math.floor(height * 0.75));
        if (room >= width) expect(wanted).toBe(Math.ceil(height));
      }),
    );
  });

  it('keeps the scale within its limits and a fitted drawing centred', () => {
    fc.assert(
      fc.property(
        size,
        size,
        size,
        size,
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (width, height, roomW, roomH, k) => {
          const limits = viewLimits(width, height, roomW, roomH, 3);
          const view = constrainView({ x: 0, y: 0, k }, roomW, roomH, limits);
          expect(view.k).toBeGreaterThanOrEqual(limits.minScale);
          expect(view.k).toBeLessThanOrEqual(limits.maxScale);
          const fit = Math.min(roomW / width, roomH / height, 3);
          const centred = {
            x: roomW / 2 - (width / 2) * fit,
            y: roomH / 2 - (height / 2) * fit,
            k: fit,
          };
          const kept = constrainView(centred, roomW, roomH, limits);
          expect(kept.x).toBeCloseTo(centred.x, 6);
          expect(kept.y).toBeCloseTo(centred.y, 6);
        },
      ),
    );
  });

  it('brings a drawing dragged far away back into the panel', () => {
    const limits = viewLimits(600, 400, 300, 300, 3);
    const view = constrainView({ x: 5000, y: -5000, k: 1 }, 300, 300, limits);
    expect(view.x).toBeLessThanOrEqual(300);
    expect(view.y + 400).toBeGreaterThanOrEqual(0);
  });
});
