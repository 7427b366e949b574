import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerFileStem } from '../../cli/customer-file-stem.ts';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

describe('customerFileStem', () => {
  it.each([
    ['Harrow & Finch Engineering Ltd.', 'Harrow-Finch-Engineering-Ltd'],
    ['上海宏达机电设备有限公司', '上海宏达机电设备有限公司'],
    ['CON', 'CON-customer'],
    ['nul', 'nul-customer'],
    ['Com1', 'Com1-customer'],
    ['LPT9', 'LPT9-customer'],
    ['COM¹', 'COM1-customer'],
    ['aux.', 'aux-customer'],
    ['Acme Ltd. . .', 'Acme-Ltd'],
    ['  ..trailing spaces and dots..  ', 'trailing-spaces-and-dots'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a-b-c-d-e-f-g-h-i-j'],
    ['../../etc/passwd', 'etc-passwd'],
    ['\x1b[31mred\u202E', '31mred'],
    ['***', 'customer'],
    ['', 'customer'],
  ])('%j → %j', (name, stem) => {
    expect(customerFileStem(name, new Set())).toBe(stem);
  });

  it('keeps names apart that differ only in case or punctuation', () => {
    const taken = new Set<string>();
    expect(['Acme Ltd', 'ACME LTD', 'Acme, Ltd.', 'Acme Ltd'].map((n) => customerFileStem(n, taken))).toEqual(['Acme-Ltd', 'ACME-LTD-2', 'Acme-Ltd-3', 'Acme-Ltd-4']);
  });

  it('is a safe, short, unique file name on Linux, macOS and Windows for any name (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { minLength: 1, maxLength: 8 }), (names) => {
      const taken = new Set<string>();
      const stems = names.map((n) => customerFileStem(n, taken));
      for (const stem of stems) {
        expect(stem).toMatch(/^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u);
        expect(WINDOWS_RESERVED.test(stem)).toBe(false);
        // The stem plus our longest suffix stays within 255 bytes.
        expect(new TextEncoder().encode(`${stem}-99-statement-of-account-2026-11-22.csv`).length).toBeLessThanOrEqual(255);
      }
      expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(stems.length);
    }));
  });
});
