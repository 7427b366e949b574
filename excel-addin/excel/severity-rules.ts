import { columnLetters } from './column-letters.ts';

/** Days overdue from which rows are marked amber and red. */
export interface SeverityThresholds {
  readonly warn: number;
  readonly severe: number;
}

/** Amber from 31 days overdue, red from 91: the usual 30/90-day escalation points of credit control. */
export const DEFAULT_SEVERITY: SeverityThresholds = { warn: 30, severe: 90 };

/** Fills of the severity rules: light red, amber, yellow (readable with black text). */
const FILLS = { severe: '#F4CCCC', warn: '#FCE4D6', overdue: '#FFF2CC' } as const;

/** One conditional-format rule: a custom formula and the fill it applies. */
export interface SeverityRule {
  readonly formula: string;
  readonly fill: string;
}

/**
 * The three rules that mark overdue rows by severity, as custom formulas relative to the first
 * data row of the Days overdue column (`$I4`): one rule each over the whole owned block rather
 * than a fill per cell, so the marks follow the numbers when the user sorts or edits.
 */
export function severityRules(daysColumn: number, firstDataRow: number, t: SeverityThresholds = DEFAULT_SEVERITY): SeverityRule[] {
  const days = `$${columnLetters(daysColumn)}${firstDataRow + 1}`;
  return [
    { formula: `=AND(ISNUMBER(${days}),${days}>${t.severe})`, fill: FILLS.severe },
    { formula: `=AND(ISNUMBER(${days}),${days}>${t.warn},${days}<=${t.severe})`, fill: FILLS.warn },
    { formula: `=AND(ISNUMBER(${days}),${days}>0,${days}<=${t.warn})`, fill: FILLS.overdue },
  ];
}

/**
 * Whether a custom rule's formula is one of the add-in's severity rules over the Days overdue
 * column `daysColumn` (whatever the row it starts on and the thresholds it was made with).
 * This is how a re-run tells its own rules (to replace) from the user's (never touched).
 */
export function isSeverityRule(formula: string, daysColumn: number): boolean {
  const col = columnLetters(daysColumn);
  return new RegExp(`^=AND\\(ISNUMBER\\(\\$${col}\\d+\\),\\$${col}\\d+>\\d+(?:,\\$${col}\\d+<=\\d+)?\\)$`).test(formula);
}
