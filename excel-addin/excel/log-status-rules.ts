import { STATUS_LABELS } from '../../shared/labels/index.ts';
import { columnLetters } from './column-letters.ts';
import { OWNED_COLUMNS, type OwnedColumn } from './owned-columns.ts';

/** One conditional-format rule over one owned column: a custom formula, its fill and font colour. */
export interface LogStatusRule {
  /** Which owned column the rule covers. */
  readonly key: OwnedColumn['key'];
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

/** Days before a limitation period ends from which it is marked (DESIGN.md: warnings from 90 days before). */
export const LIMITATION_WARNING_DAYS = 90;

/** Statuses marked as broken word: a promise broken, an instalment missed. */
const BROKEN = ['broken-promise', 'plan-missed'] as const;

function offsetOf(key: OwnedColumn['key']): number {
  return OWNED_COLUMNS.findIndex((c) => c.key === key);
}

function brokenLabels(): string[] {
  return BROKEN.flatMap((s) => Object.values(STATUS_LABELS).map((words) => words[s]));
}

/** Excel text literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The two rules the collection log adds to the owned columns: a broken promise or missed
 * instalment marked red on its Status cell (the label in either language, so a sheet flagged in
 * Chinese and re-flagged in English keeps its marks), and a limitation period that ends within
 * 90 days of the day the workbook is open (`TODAY()`, so the mark stays true tomorrow) on its
 * Limitation expires cell. Formulas are relative to the first data row, like the severity rules.
 */
export function logStatusRules(ownedColumn: number, firstDataRow: number): LogStatusRule[] {
  const status = `$${columnLetters(ownedColumn + offsetOf('status'))}${firstDataRow + 1}`;
  const expires = `$${columnLetters(ownedColumn + offsetOf('limitationExpires'))}${firstDataRow + 1}`;
  return [
    { key: 'status', formula: `=OR(${brokenLabels().map((l) => `${status}=${literal(l)}`).join(',')})`, fill: '#F4CCCC', fontColor: '#9C0006' },
    { key: 'limitationExpires', formula: `=AND(ISNUMBER(${expires}),${expires}-TODAY()<${LIMITATION_WARNING_DAYS})`, fill: '#FFC7CE', fontColor: '#9C0006' },
  ];
}

/**
 * Whether a custom rule is one of {@link logStatusRules} for owned columns starting at
 * `ownedColumn`, applied from column `appliedColumn` (whatever row it starts on): how a re-run
 * tells its own rules (replaced) from the user's (never touched).
 */
export function isLogStatusRule(formula: string, ownedColumn: number, appliedColumn: number): boolean {
  return logStatusRules(ownedColumn, 0).some((rule) => {
    const col = ownedColumn + offsetOf(rule.key);
    if (col !== appliedColumn) return false;
    const pattern = rule.formula.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(new RegExp(`\\\\\\$${columnLetters(col)}1(?!\\d)`, 'g'), `\\$${columnLetters(col)}\\d+`);
    return new RegExp(`^${pattern}$`).test(formula);
  });
}
