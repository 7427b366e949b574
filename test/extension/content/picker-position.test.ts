import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PICKER_WIDTH, pickerPosition } from '../../../extension/content/picker-position.ts';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

const px = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number.parseFloat(v));

/** The box the picker can take at most: its edges from the CSS the function gives. */
function box(css: Record<string, string>, vw: number, vh: number) {
  const left = px(css.left)!;
  const width = px(css.width) ?? PICKER_WIDTH;
  const maxHeight = px(css.maxHeight)!;
  const top = css.top !== undefined ? px(css.top)! : vh - px(css.bottom)! - maxHeight;
  return { left, right: left + width, top, bottom: top + maxHeight, maxHeight, vw, vh };
}

describe('pickerPosition', () => {
  it.each([
    ['left of a Gmail dialog at the bottom right', rect(800, 680, 80, 30), rect(704, 320, 560, 400), 1280, 720, { left: '236px', bottom: '8px', maxHeight: '704px' }],
    ['below a button in the upper half of a full-width Outlook compose', rect(300, 100, 80, 30), rect(200, 60, 1000, 700), 1366, 768, { left: '8px', top: '138px', maxHeight: '622px' }],
    ['above a button in the lower half (a reading-pane reply)', rect(900, 600, 80, 30), rect(300, 300, 1000, 468), 1366, 768, { left: '520px', bottom: '176px', maxHeight: '584px' }],
    ['against the bottom edge for a button scrolled below the window', rect(900, 1400, 80, 30), rect(300, 900, 1000, 600), 1280, 720, { left: '520px', bottom: '8px', maxHeight: '704px' }],
    ['narrower than the picker in a small pop-out', rect(10, 500, 80, 30), rect(0, 100, 400, 500), 400, 600, { left: '8px', bottom: '108px', maxHeight: '484px', width: '384px' }],
  ])('%s', (_name, button, compose, vw, vh, expected) => {
    expect(pickerPosition(button, compose, vw, vh)).toEqual(expected);
  });

  it('keeps the picker inside the window on every side, at least 320 px tall where the window allows', () => {
    const viewport = fc.constantFrom([1280, 720], [1366, 768], [700, 600], [900, 700], [1920, 1080], [420, 500]);
    const r = fc.record({ x: fc.integer({ min: -200, max: 2000 }), y: fc.integer({ min: -300, max: 2000 }), w: fc.integer({ min: 20, max: 1200 }), h: fc.integer({ min: 20, max: 900 }) });
    fc.assert(
      fc.property(viewport, r, r, ([vw, vh], b, c) => {
        const css = pickerPosition(rect(b.x, b.y, Math.min(b.w, 120), 30), rect(c.x, c.y, c.w, c.h), vw, vh);
        const p = box(css, vw, vh);
        expect(p.left).toBeGreaterThanOrEqual(8);
        expect(p.right).toBeLessThanOrEqual(vw - 8 + 0.5);
        expect(p.top).toBeGreaterThanOrEqual(8 - 0.5);
        expect(p.bottom).toBeLessThanOrEqual(vh - 8 + 0.5);
        expect(p.maxHeight).toBeGreaterThanOrEqual(Math.min(320, vh - 16));
      }),
    );
  });
});
