import { isContactChannel } from '../contact-channel.ts';
import { isCurrencyCode } from '../currency.ts';
import type { Money } from '../money.ts';
import { parsePlainDate } from '../plain-date.ts';
import { isStageId } from '../stage-id.ts';
import type { ReminderHistory } from './reminder-history.ts';

/** Why a history cannot be told: the field (`history.contacts[2].date`), its value and the reason. */
export interface HistoryError {
  readonly code: 'invalid-history';
  readonly field: string;
  readonly value: string;
  readonly message: string;
}

/**
 * Checks a reminder history before a message cites it (it may come from a log file, a workbook
 * or extension storage, so the types alone prove nothing): dates are real `YYYY-MM-DD` dates,
 * channels and stages known ids, amounts positive whole minor units with an ISO currency. The
 * first problem is returned; a message never cites a date or an amount that is not one.
 */
export function checkHistory(history: unknown): { ok: true; value: ReminderHistory } | { ok: false; error: HistoryError } {
  const fail = (field: string, value: unknown, message: string): { ok: false; error: HistoryError } => ({
    ok: false, error: { code: 'invalid-history', field, value: shown(value), message: `${field}: ${message}` },
  });
  if (!isRecord(history)) return fail('history', history, 'is not an object');
  const contacts = history['contacts'];
  if (!Array.isArray(contacts)) return fail('history.contacts', contacts, 'must be a list of contacts (empty when there were none)');
  for (const [i, contact] of contacts.entries()) {
    const at = `history.contacts[${i}]`;
    if (!isRecord(contact)) return fail(at, contact, 'is not a contact');
    if (!isDate(contact['date'])) return fail(`${at}.date`, contact['date'], 'is not a date written YYYY-MM-DD');
    const channel = contact['channel'];
    if (typeof channel !== 'string' || !isContactChannel(channel)) {
      return fail(`${at}.channel`, channel, 'must be email, phone, letter, sms, wechat or visit');
    }
    const stage = contact['stage'];
    if (stage !== undefined && (typeof stage !== 'string' || !isStageId(stage))) return fail(`${at}.stage`, stage, 'is not a stage id');
  }
  const promise = history['promise'];
  if (promise !== undefined) {
    if (!isRecord(promise)) return fail('history.promise', promise, 'is not a promise');
    const bad = moneyProblem(promise['amount']);
    if (bad !== undefined) return fail('history.promise.amount', promise['amount'], bad);
    if (!isDate(promise['until'])) return fail('history.promise.until', promise['until'], 'is not a date written YYYY-MM-DD');
  }
  const plan = history['plan'];
  if (plan !== undefined) {
    if (!isRecord(plan) || !Array.isArray(plan['instalments'])) return fail('history.plan', plan, 'must have a list of instalments');
    for (const [i, instalment] of (plan['instalments'] as unknown[]).entries()) {
      const at = `history.plan.instalments[${i}]`;
      if (!isRecord(instalment)) return fail(at, instalment, 'is not an instalment');
      const bad = moneyProblem(instalment['amount']);
      if (bad !== undefined) return fail(`${at}.amount`, instalment['amount'], bad);
      if (!isDate(instalment['until'])) return fail(`${at}.until`, instalment['until'], 'is not a date written YYYY-MM-DD');
    }
  }
  return { ok: true, value: history as unknown as ReminderHistory };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): boolean {
  return typeof value === 'string' && parsePlainDate(value) !== undefined;
}

function moneyProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'is not an amount of money';
  const { minor, currency } = value as Partial<Money>;
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) return 'has no ISO currency code';
  if (typeof minor !== 'number' || !Number.isSafeInteger(minor)) return 'is not a whole number of minor units';
  if (minor <= 0) return 'must be more than zero';
  return undefined;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
