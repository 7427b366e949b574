import { describe, expect, it } from 'vitest';
import { isSeverityRule, severityRules } from '../../../excel-addin/excel/severity-rules.ts';

describe('severity rules', () => {
  it('builds three custom formulas relative to the first Days overdue cell', () => {
    expect(severityRules(8, 3, { warn: 15, severe: 60 }).map((r) => r.formula)).toEqual([
      '=AND(ISNUMBER($I4),$I4>60)',
      '=AND(ISNUMBER($I4),$I4>15,$I4<=60)',
      '=AND(ISNUMBER($I4),$I4>0,$I4<=15)',
    ]);
  });

  it.each([
    ['=AND(ISNUMBER($I4),$I4>90)', 8, true],
    ['=AND(ISNUMBER($I12),$I12>30,$I12<=90)', 8, true],
    ['=AND(ISNUMBER($AB2),$AB2>0,$AB2<=30)', 27, true],
    // Another column: a rule of a run beside another table, or the user's.
    ['=AND(ISNUMBER($J4),$J4>90)', 8, false],
    ['=MOD(ROW(),2)=0', 8, false],
    ['=AND(ISNUMBER($I4),$I4>90,$K4="disputed")', 8, false],
    ['=$I4>90', 8, false],
  ])('tells %s over column %i as ours: %s', (formula, col, ours) => {
    expect(isSeverityRule(formula, col)).toBe(ours);
  });
});
