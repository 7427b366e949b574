import { validateLogRow, type LogProblem, type NewLogEntry } from '../../shared/log/index.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import type { LogRecordRequest } from '../log/log-protocol.ts';

/**
 * The log row a picker request records, dated `date`, for `customer` as the receivables name
 * them, `by` the sender of the profile: checked by the core's one validator (a promise needs its
 * date, a dispute its reason, an amount its currency…), so the row is one the CLI and the add-in
 * read the same way.
 */
export function logEntryFor(
  request: LogRecordRequest, customer: string, date: PlainDate, by: string | undefined,
): { ok: true; value: NewLogEntry } | { ok: false; problems: readonly LogProblem[] } {
  const text = (v: string | undefined): string => v?.trim() ?? '';
  const checked = validateLogRow({
    date, customer, action: request.action,
    invoices: (request.invoices ?? []).map((i) => i.trim()).filter((i) => i !== '').join(';'),
    stage: request.stage ?? '', channel: request.channel ?? '',
    amount: text(request.amount).replace(/[\s,]/g, ''), currency: text(request.currency).toUpperCase(),
    until: text(request.until), reason: text(request.reason), note: text(request.note), by: text(by),
  }, 0);
  if (!checked.ok) return checked;
  // The row number is where a row sits in a file; a new row has none until it is written.
  const { row, ...entry } = checked.value;
  void row;
  return { ok: true, value: entry };
}
