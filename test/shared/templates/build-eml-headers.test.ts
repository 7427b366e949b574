import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildEml, fold, headerText } from '../../../shared/templates/build-eml.ts';

/** The header block of a message (up to the first empty line), unfolded lines kept as written. */
function headerLines(eml: string): string[] {
  return eml.slice(0, eml.indexOf('\r\n\r\n')).split('\r\n');
}

// Text that breaks headers: controls, bidi overrides, C1, long runs without a space, CJK, emoji,
// encoded-word look-alikes, quotes and specials.
const hostile = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('a', 'Z', '7', ' ', '"', '\\', '<', '>', ',', ';', ':', '=?', '?=', '@', '(', ')') },
    { weight: 2, arbitrary: fc.constantFrom('\r', '\n', '\r\n', '\t', '\x00', '\x1b', '\x7f', '\u0085', '\u009b', '\u2028', '\u202e', '\u2066', '\u200f', '\u061c') },
    { weight: 2, arbitrary: fc.constantFrom('逾期', '付款提醒', 'ü', 'é', '😀', '\u{20bb7}') },
    { weight: 1, arbitrary: fc.constant('x'.repeat(120)) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
  ),
  maxLength: 80,
}).map((s) => s.repeat(1 + (s.length % 3)));

describe('.eml headers under hostile names and subjects (property)', () => {
  it('are 7-bit, never over 998 characters, over 78 only for an address, and say what the text says', async () => {
    await fc.assert(fc.asyncProperty(hostile, hostile, hostile, async (subject, name, filename) => {
      const { eml } = buildEml({
        subject, text: 'body', html: '<p>body</p>',
        to: { name, address: 'accounts@customer.example.com' },
        attachments: [{ filename: `${filename}.csv`, contentType: 'text/csv', content: 'a,b' }],
      });
      for (const line of headerLines(eml)) {
        expect(line).toMatch(/^[\x20-\x7e]*$/);
        expect(line.length).toBeLessThanOrEqual(998);
        expect(line.length).toBeLessThanOrEqual(78);
      }
      const mail = await PostalMime.parse(eml);
      expect(mail.subject ?? '').toBe(headerText(subject));
      const shownName = headerText(name);
      expect(mail.to).toEqual([{ name: shownName, address: 'accounts@customer.example.com' }]);
      expect(mail.headers.map((h) => h.key).sort()).toEqual(['content-type', 'mime-version', 'subject', 'to', 'x-unsent']);
    }), { numRuns: 150 });
  });
});

describe('headerText', () => {
  it.each([
    ['Reminder\r\nBcc: x@y', 'Reminder Bcc: x@y'],
    ['evil\u202Egpj.exe', 'evilgpj.exe'],
    ['\u2066Acme\u2069 Ltd', 'Acme Ltd'],
    ['C1\u0085next\u009bline', 'C1 next line'],
    ['  spaced \t out  ', 'spaced out'],
  ])('%j → %j', (input, expected) => {
    expect(headerText(input)).toBe(expected);
  });
});

describe('fold', () => {
  it('folds at spaces within 78 characters, continuation lines starting with a space', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const folded = fold(`Subject: ${words}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(78);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, ' ')).toBe(`Subject: ${words}`);
  });
});

describe('addresses in headers', () => {
  it.each([
    ['ap@例子.测试', 'ap@xn--fsqu00a.xn--0zwm56d'],
    ['finance@bücher.example', 'finance@xn--bcher-kva.example'],
  ])('an international domain %s is written in punycode', async (address, written) => {
    const { eml, warnings } = buildEml({ to: { address }, subject: 'x', text: 'x', html: 'x' });
    expect(warnings).toEqual([]);
    expect(eml).toContain(`To: ${written}\r\n`);
  });

  it.each(['财务@example.cn', `${'a'.repeat(65)}@example.com`, `a@${'b'.repeat(250)}.com`, 'a@b..com\u202e'])('%s is left out with a warning (no raw 8-bit bytes, no overlong address)', (address) => {
    const { eml, warnings } = buildEml({ to: { address }, subject: 'x', text: 'x', html: 'x' });
    expect(eml).not.toMatch(/^To:/m);
    expect(warnings).toHaveLength(1);
  });
});

describe('attachment names', () => {
  it('a long Chinese name is split into RFC 2231 sections and read back whole', async () => {
    const filename = `${'对账单'.repeat(20)}-2026-11-22.csv`;
    const { eml } = buildEml({ subject: 'x', text: 'x', html: 'x', attachments: [{ filename, contentType: 'text/csv', content: 'a' }] });
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(eml).toContain("filename*0*=UTF-8''");
    const mail = await PostalMime.parse(eml);
    expect(mail.attachments[0]?.filename).toBe(filename);
  });
});
