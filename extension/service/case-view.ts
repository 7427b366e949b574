import type { CollectionStatus, CustomerCollection } from '../../shared/collection/index.ts';
import type { LogEntry } from '../../shared/log/index.ts';
import { actionWord, channelWord, type LimitationLang } from '../../shared/limitation/limitation-text.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import type { StageId } from '../../shared/stage-id.ts';
import { stageLabel } from '../../shared/labels/index.ts';
import { formatMoney } from '../../shared/templates/format-money.ts';
import type { CaseLine, CaseView } from '../picker/picker-protocol.ts';

/** Rows of history the picker shows, newest first (the count says how many more there are). */
export const HISTORY_LINES = 5;

function locale(lang: LimitationLang): 'zh-CN' | 'en-GB' {
  return lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
}

/** One log row in words: "Friendly reminder · e-mail", "付款承诺 ¥20,000.00 · 2026-11-15前". */
export function caseLine(e: LogEntry, lang: LimitationLang): CaseLine {
  const zh = lang === 'zh-CN';
  const parts: string[] = [e.action === 'reminder' && e.stage ? stageLabel(e.stage, lang) : actionWord(e.action, lang)];
  if (e.amount) parts.push(formatMoney(e.amount, locale(lang)));
  if (e.until) parts.push(zh ? `${e.until}前` : `by ${e.until}`);
  if (e.channel) parts.push(channelWord(e.channel, lang));
  const detail = e.reason ?? e.note;
  return {
    date: e.date, action: e.action, text: parts.join(' · '), row: e.row,
    ...(e.invoices.length > 0 ? { invoices: e.invoices.join(zh ? '、' : ', ') } : {}),
    ...(detail ? { detail: detail.replace(/\s+/g, ' ').trim() } : {}),
    ...(e.by ? { by: e.by } : {}),
  };
}

/**
 * What the picker shows of a customer's case, from the core's derived state (status, why, next
 * step, promise, plan, dispute, pause, the limitation period ending first) and the customer's
 * log rows (the latest first): plain text in the UI language, so the picker only lays it out.
 */
export function caseView(
  key: string, state: CustomerCollection | undefined, entries: readonly LogEntry[], rejected: number, asOf: PlainDate, lang: LimitationLang,
): CaseView {
  const money = (m: Parameters<typeof formatMoney>[0]): string => formatMoney(m, locale(lang));
  const latest = [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.row - a.row));
  const status: CollectionStatus = state?.status ?? 'open';
  const promise = state?.promise;
  const plan = state?.plan;
  const limitation = state?.limitation;
  return {
    key,
    asOf,
    status,
    why: state?.why ?? '',
    nextStage: (state?.nextStage ?? null) as StageId | null,
    nextAction: state?.nextAction ?? null,
    ...(state?.lastContact?.action === 'reminder' && state.lastContact.stage ? { lastStage: state.lastContact.stage } : {}),
    contacts: state?.contacts ?? 0,
    rows: entries.length,
    history: latest.slice(0, HISTORY_LINES).map((e) => caseLine(e, lang)),
    rejected,
    currencies: [...new Set((state?.invoices ?? []).filter((i) => i.receivable.outstanding.minor > 0).map((i) => i.receivable.currency))],
    ...(promise && promise.state !== 'kept'
      ? { promise: { until: promise.until, state: promise.state, ...(promise.amount ? { amount: money(promise.amount) } : {}) } } : {}),
    ...(plan && plan.state !== 'complete'
      ? {
        plan: {
          agreedOn: plan.agreedOn, state: plan.state, paid: plan.instalments.filter((i) => i.paid).length, of: plan.instalments.length,
          ...(plan.next ? { next: { until: plan.next.until, amount: money(plan.next.amount) } } : {}),
          ...(plan.missed ? { missed: { until: plan.missed.until, amount: money(plan.missed.amount) } } : {}),
        },
      } : {}),
    ...(state?.dispute ? { dispute: { since: state.dispute.since, reason: state.dispute.reason } } : {}),
    ...(state?.pause ? { pause: { until: state.pause.until, ...(state.pause.reason ? { reason: state.pause.reason } : {}) } } : {}),
    ...(limitation && limitation.period.daysLeft <= 90
      ? { limitation: { invoice: limitation.invoice, expires: limitation.period.expires, daysLeft: limitation.period.daysLeft, ...(limitation.period.warning ? { warning: limitation.period.warning } : {}) } }
      : {}),
  };
}
