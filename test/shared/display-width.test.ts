import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth } from '../../shared/display-width.ts';

describe('display width', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('苏州美雅纺织')).toBe(12);
    expect(displayWidth('INV-1 ¥12,000.00')).toBe(16);
    expect(displayWidth('（全角）')).toBe(8);
  });
  it('pads to align mixed scripts', () => {
    expect(padToWidth('客户', 6)).toBe('客户  ');
    expect(padToWidth('12.00', 8, 'right')).toBe('   12.00');
  });
});
