import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeLines } from '../../cli/terminal-safe.ts';

// What a terminal acts on: C0 controls, DEL, C1 controls, bidi controls, line/paragraph separators.
// eslint-disable-next-line no-control-regex -- control characters are what the test looks for
const ACTED_ON = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** Reads the escapes back (for text that had no backslash of its own). */
function unescape(text: string): string {
  return text.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/g, (_, x: string | undefined, u: string | undefined) => String.fromCharCode(parseInt(x ?? u ?? '', 16)));
}

describe('terminalSafe', () => {
  it.each([
    ['Acme\x1b[2J\x1b[H', 'Acme\\x1b[2J\\x1b[H'],
    ['\x1b]0;pwned\x07', '\\x1b]0;pwned\\x07'],
    ['evil\u202Eexe.txt', 'evil\\u202eexe.txt'],
    ['\u2066isolate\u2069', '\\u2066isolate\\u2069'],
    ['8-bit CSI \u009b31m', '8-bit CSI \\x9b31m'],
    ['two\nlines\r\n', 'two\\x0alines\\x0d\\x0a'],
    ['tab\there', 'tab\\x09here'],
    ['DEL\u007f', 'DEL\\x7f'],
    ['上海宏达机电设备有限公司', '上海宏达机电设备有限公司'],
    ['Müller & Söhne — 😀', 'Müller & Söhne — 😀'],
    ['', ''],
  ])('shows %j as %j', (input, shown) => {
    expect(terminalSafe(input)).toBe(shown);
  });

  it('leaves nothing a terminal acts on, and reads back to the text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      const shown = terminalSafe(s);
      expect(ACTED_ON.test(shown)).toBe(false);
      if (!s.includes('\\')) expect(unescape(shown)).toBe(s);
    }));
  });
});

describe('terminalSafeLines', () => {
  it('keeps line feeds and tabs, shows CRLF as a line end, escapes the rest', () => {
    expect(terminalSafeLines('a\tb\r\nc\rd\x1b[0m\n')).toBe('a\tb\nc\\x0dd\\x1b[0m\n');
  });

  it('leaves nothing a terminal acts on but line feeds and tabs (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      expect(ACTED_ON.test(terminalSafeLines(s).replace(/[\n\t]/g, ''))).toBe(false);
    }));
  });
});
