import type { StageId } from '../stage-id.ts';
import { overdueOnly } from './overdue-only.ts';
import type { ReminderInvoice } from './reminder-model.ts';
import type { ReminderModel } from './reminder-model.ts';

/** Stages that demand payment by a date or announce consequences: they list overdue invoices only. */
export const DEMAND_STAGES: readonly StageId[] = ['deadline', 'formal-notice', 'final-notice', 'legal'];

/**
 * The invoices a message of this stage lists (what a `reminder` row records as its invoices):
 * all open ones, or from `deadline` on only those already overdue (see {@link overdueOnly}).
 */
export function messageInvoices(model: ReminderModel, stage: StageId): readonly ReminderInvoice[] {
  return DEMAND_STAGES.includes(stage) ? overdueOnly(model).model.invoices : model.invoices;
}
