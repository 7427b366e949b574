import { describe, expect, it } from 'vitest';
import { pickerPosition } from '../../../extension/content/picker-position.ts';

const rect = (left: number, top: number, width = 80, height = 30) =>
  ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

describe('pickerPosition', () => {
  it('opens above a button in the lower half (Gmail dialog at the bottom)', () => {
    expect(pickerPosition(rect(800, 800), 1280, 860)).toEqual({ left: '440px', bottom: '68px' });
  });
  it('opens below a button in the upper half (Outlook toolbar)', () => {
    expect(pickerPosition(rect(300, 100), 1280, 860)).toEqual({ left: '8px', top: '138px' });
  });
  it('stays inside a narrow window', () => {
    expect(pickerPosition(rect(10, 500), 400, 860)).toEqual({ left: '8px', bottom: '368px' });
  });
});
