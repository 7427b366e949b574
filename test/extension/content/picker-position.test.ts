import { describe, expect, it } from 'vitest';
import { pickerPosition } from '../../../extension/content/picker-position.ts';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

describe('pickerPosition', () => {
  it('sits left of a compose dialog that leaves room (Gmail, bottom right)', () => {
    expect(pickerPosition(rect(800, 800, 80, 30), rect(704, 460, 560, 400), 1280, 860)).toEqual({ left: '236px', bottom: '8px' });
  });
  it('opens below a button in the upper half when the compose window fills the width (Outlook)', () => {
    expect(pickerPosition(rect(300, 100, 80, 30), rect(200, 60, 1000, 700), 1280, 860)).toEqual({ left: '8px', top: '138px' });
  });
  it('opens above a button in the lower half, inside a narrow window', () => {
    expect(pickerPosition(rect(10, 500, 80, 30), rect(0, 100, 400, 500), 400, 860)).toEqual({ left: '8px', bottom: '368px' });
  });
});
