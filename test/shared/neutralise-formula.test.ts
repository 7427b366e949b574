import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../shared/neutralise-formula.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1-2', `'+1-2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['Suzhou Meiya Textiles', 'Suzhou Meiya Textiles'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('makes %j safe', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});
