import { CONTACT_CHANNELS, isContactChannel } from '../contact-channel.ts';
import { isCurrencyCode } from '../currency.ts';
import { compareDates, type PlainDate } from '../plain-date.ts';
import { isStageId, STAGE_IDS, type StageId } from '../stage-id.ts';
import { LOG_ACTIONS, type LogAction } from './log-action.ts';
import { logCellText, parseLogDate, type LogCell } from './log-cell.ts';
import type { LogColumn } from './log-columns.ts';
import type { LogEntry } from './log-entry.ts';
import type { LogProblem, LogProblemCode } from './log-problem.ts';
import { parseLogAmount } from './parse-log-amount.ts';

/** The cells of one row by log column; columns a log does not have are simply absent. */
export type LogRowCells = Readonly<Partial<Record<LogColumn, LogCell>>>;

const NEEDS_UNTIL: ReadonlySet<LogAction> = new Set(['promise', 'plan', 'pause']);
const NEEDS_AMOUNT: ReadonlySet<LogAction> = new Set(['plan', 'payment']);

/** Splits the `invoices` cell: numbers separated by `;` (or the full-width `；`), blanks and repeats dropped. */
export function splitInvoices(text: string): string[] {
  if (text === '') return [];
  if (text.indexOf(';') === -1 && text.indexOf('；') === -1) return [text];
  const seen = new Set<string>();
  for (const part of text.split(/[;；]/)) {
    const invoice = part.trim();
    if (invoice !== '') seen.add(invoice);
  }
  return [...seen];
}

function problem(problems: LogProblem[], row: number, column: LogColumn, value: string, code: LogProblemCode, reason: string): void {
  problems.push({ code, row, column, value, reason });
}

function dateCell(problems: LogProblem[], row: number, column: LogColumn, cell: LogCell, text: string, required: boolean): PlainDate | undefined {
  if (text === '') {
    if (required) problem(problems, row, column, text, 'required', column === 'date' ? 'is empty: give the day it happened (YYYY-MM-DD)' : 'is empty');
    return undefined;
  }
  const d = parseLogDate(cell);
  if (d.ok) return d.value;
  problem(problems, row, column, text, 'invalid-date', d.reason);
  return undefined;
}

/**
 * Validates one row of the collection log (the one validator for CSV files, the Excel table and
 * rows typed into `dunning log add`). Required: `date`, `customer`, `action`; `stage` for a
 * reminder; `until` for a promise, plan or pause (not before `date`); `amount` for a plan
 * instalment or payment; `reason` for a dispute; `currency` with any amount. Ids must be known
 * (actions, stages, channels of DESIGN.md); amounts exact to the currency's minor digits.
 * Every problem of the row is reported, each with its column.
 *
 * @example
 * validateLogRow({ date: '2026-11-03', customer: 'Acme', action: 'promise', amount: '20000', currency: 'CNY', until: '2026-11-15' }, 7)
 * // → { ok: true, value: { row: 7, date: '2026-11-03', action: 'promise', amount: { minor: 2000000, currency: 'CNY' }, … } }
 */
export function validateLogRow(
  cells: LogRowCells, row: number, extra?: Readonly<Record<string, string>>,
): { ok: true; value: LogEntry } | { ok: false; problems: LogProblem[] } {
  const problems: LogProblem[] = [];
  const dateText = logCellText(cells.date);
  const customer = logCellText(cells.customer);
  const actionText = logCellText(cells.action).toLowerCase();
  const stageText = logCellText(cells.stage).toLowerCase();
  const channelText = logCellText(cells.channel).toLowerCase();
  const amountText = logCellText(cells.amount);
  const currencyText = logCellText(cells.currency).toUpperCase();
  const untilText = logCellText(cells.until);
  const reason = logCellText(cells.reason);

  const day = dateCell(problems, row, 'date', cells.date, dateText, true);
  if (customer === '') problem(problems, row, 'customer', customer, 'required', 'is empty: give the customer as named in the receivables');
  // Ids are kept as the contract's own strings, not the cell's copies: 100,000 rows share a
  // dozen strings, and comparing them later is comparing pointers (npm run bench, collection log).
  let action: LogAction | undefined;
  const actionAt = (LOG_ACTIONS as readonly string[]).indexOf(actionText);
  if (actionText === '') problem(problems, row, 'action', actionText, 'required', `is empty: give one of ${LOG_ACTIONS.join(', ')}`);
  else if (actionAt < 0) problem(problems, row, 'action', logCellText(cells.action), 'unknown-action', `is not an action; use one of ${LOG_ACTIONS.join(', ')}`);
  else action = LOG_ACTIONS[actionAt];

  if (stageText !== '' && !isStageId(stageText)) problem(problems, row, 'stage', logCellText(cells.stage), 'unknown-stage', `is not a stage; use one of ${STAGE_IDS.join(', ')}`);
  else if (stageText === '' && action === 'reminder') problem(problems, row, 'stage', stageText, 'required', 'is empty: a reminder names the stage that was sent');
  if (channelText !== '' && !isContactChannel(channelText)) problem(problems, row, 'channel', logCellText(cells.channel), 'unknown-channel', `is not a channel; use one of ${CONTACT_CHANNELS.join(', ')}`);

  const currencyOk = currencyText === '' || isCurrencyCode(currencyText);
  if (!currencyOk) problem(problems, row, 'currency', logCellText(cells.currency), 'invalid-currency', 'is not a currency code such as CNY, EUR or USD');
  let amount: LogEntry['amount'];
  if (amountText !== '') {
    if (currencyText === '') problem(problems, row, 'currency', currencyText, 'required', 'is empty: an amount needs its currency (CNY, EUR, …)');
    else if (currencyOk) {
      const a = parseLogAmount(cells.amount, currencyText);
      if (a.ok) amount = a.value;
      else problem(problems, row, 'amount', amountText, 'invalid-amount', a.reason);
    }
  } else if (action !== undefined && NEEDS_AMOUNT.has(action)) {
    problem(problems, row, 'amount', amountText, 'required', action === 'plan' ? 'is empty: each instalment of a plan has its amount' : 'is empty: give the amount received');
  }

  const needsUntil = action !== undefined && NEEDS_UNTIL.has(action);
  const until = dateCell(problems, row, 'until', cells.until, untilText, needsUntil);
  if (needsUntil && until !== undefined && day !== undefined && compareDates(until, day) < 0) {
    problem(problems, row, 'until', untilText, 'until-before-date', `is before the row's date ${day}`);
  }
  if (action === 'dispute' && reason === '') problem(problems, row, 'reason', reason, 'required', 'is empty: say what the customer disputes');

  if (problems.length > 0 || day === undefined || action === undefined) return { ok: false, problems };
  const note = logCellText(cells.note);
  const by = logCellText(cells.by);
  const entry: { -readonly [K in keyof LogEntry]: LogEntry[K] } = { row, date: day, customer, invoices: splitInvoices(logCellText(cells.invoices)), action };
  if (stageText !== '') entry.stage = STAGE_IDS[STAGE_IDS.indexOf(stageText as StageId)];
  if (channelText !== '') entry.channel = CONTACT_CHANNELS[(CONTACT_CHANNELS as readonly string[]).indexOf(channelText)];
  if (amount !== undefined) entry.amount = amount;
  if (currencyText !== '') entry.currency = currencyText;
  if (until !== undefined) entry.until = until;
  if (reason !== '') entry.reason = reason;
  if (note !== '') entry.note = note;
  if (by !== '') entry.by = by;
  if (extra !== undefined && Object.keys(extra).length > 0) entry.extra = extra;
  return { ok: true, value: entry };
}
