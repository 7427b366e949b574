import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { StageId } from '../../shared/stage-id.ts';
import { reminderHistoryFor } from '../../shared/collection/index.ts';
import { customerKey, type Channel } from '../../shared/templates/index.ts';
import { paneOperations as ops } from '../excel/pane-operations.ts';
import { customerListJson } from '../export/customer-list-json.ts';
import { mailtoLink, reminderForCustomer, suggestedStageFor, type PaneReminder } from '../reminder/reminder-for-customer.ts';
import { openInvoiceLines, type OpenInvoiceLine } from '../reminder/open-invoice-lines.ts';
import { useLogStore } from './log.ts';
import { useUiStore } from './ui.ts';
import { useWorkbookStore } from './workbook.ts';

/** The reminder for the customer of the selected row. */
export const useReminderStore = defineStore('reminder', () => {
  const ui = useUiStore();
  const workbook = useWorkbookStore();
  const log = useLogStore();
  const customer = ref('');
  const email = ref<string | undefined>(undefined);
  const stage = ref<StageId | null>(null);
  const channel = ref<Channel>('email');
  const invoices = ref<OpenInvoiceLine[]>([]);
  const rendered = ref<PaneReminder | null>(null);
  /** Why the log suggests the stage (the core's sentence), when the workbook has a log. */
  const why = ref('');
  /** When the log's next step falls after as-of: its day (the stage is still offered, to prepare it). */
  const nextOn = ref<string | null>(null);

  const mailto = computed(() => (rendered.value ? mailtoLink(email.value, rendered.value.subject, rendered.value.text) : ''));

  function render(): void {
    const r = workbook.resolved();
    if (!r) return;
    if (!customer.value || !stage.value) { rendered.value = null; return; }
    // With a log, the letter cites what it records (contacts by date and channel, the promise, the
    // plan); without one, it claims no earlier contact (reminderHistoryFor gives undefined).
    const history = reminderHistoryFor(log.exists ? log.entries : undefined, customer.value, r.asOf, log.customerState(customer.value));
    const out = reminderForCustomer(workbook.receivables, customer.value, stage.value, channel.value, ui.lang, r, history);
    if (!out.ok) { rendered.value = null; ui.fail({ code: out.error.code, detail: out.error.message }); return; }
    rendered.value = out.value;
  }

  /** Picks the customer of the selected row, suggests the stage and renders the reminder. */
  const fromSelection = (): Promise<void> => ui.run(async () => {
    const r = workbook.resolved();
    if (!r) return;
    const loc = await workbook.ensureLocation();
    if (!loc) return;
    const row = await ops.selectedRow(loc);
    if (row === undefined) { ui.fail({ code: 'no-row' }); return; }
    if (!(await workbook.readAll())) return;
    if (!(await log.load())) return;
    const hit = workbook.receivables.find((x) => x.row === row || x.rows?.includes(row));
    if (!hit) { ui.fail({ code: 'no-row' }); return; }
    customer.value = hit.customer;
    const key = customerKey(hit.customer);
    const mine = workbook.receivables.filter((x) => customerKey(x.customer) === key && x.outstanding.minor > 0);
    email.value = mine.find((x) => x.email)?.email;
    invoices.value = openInvoiceLines(mine, r);
    suggest(r);
    if (!stage.value) { rendered.value = null; ui.fail({ code: 'no-open-invoices' }); return; }
    render();
  });

  /**
   * The stage to show: with a log, the core's next stage for the customer (the stage after the
   * last one sent, never beyond days overdue; held while a promise or plan runs; at least a
   * deadline after a broken promise), and why; without one, the most advanced stage by days overdue.
   */
  function suggest(r: NonNullable<ReturnType<typeof workbook.resolved>>): void {
    const state = log.exists ? log.customerState(customer.value) : undefined;
    why.value = state?.why ?? '';
    nextOn.value = state?.nextAction && state.nextAction > r.asOf ? state.nextAction : null;
    stage.value = state?.nextStage ?? suggestedStageFor(workbook.receivables, customer.value, r);
  }

  /** After a row was recorded: the log's new suggestion and history for the same customer (or `stage`, when given). */
  function afterRecord(next?: StageId): void {
    const r = workbook.resolved();
    if (!r || !customer.value) return;
    if (next) { stage.value = next; why.value = ''; nextOn.value = null; } else suggest(r);
    if (stage.value) render(); else rendered.value = null;
  }

  // The letter follows the pane's language, as every other text of the pane does (and the log's "why").
  watch(() => ui.lang, () => {
    if (!rendered.value) return;
    log.derive();
    why.value = log.exists ? log.customerState(customer.value)?.why ?? '' : '';
    render();
  });

  function choose(next: { stage?: StageId; channel?: Channel }): void {
    if (next.stage) stage.value = next.stage;
    if (next.channel) channel.value = next.channel;
    render();
  }

  /**
   * The customer list for the browser extension, as JSON text: reads the table first (so the
   * list is the sheet as it is now, whether or not anything was read before). Empty when it
   * cannot (the error is shown).
   */
  async function exportJson(): Promise<string> {
    let out = '';
    await ui.run(async () => {
      const r = workbook.resolved();
      if (!r) return;
      if (!(await workbook.readAll())) return;
      const loc = workbook.location;
      if (!loc) return;
      const json = customerListJson(workbook.receivables, loc, r);
      out = JSON.stringify(json, null, 2);
      ui.say('exported', { n: json.receivables.length });
    });
    return out;
  }

  return { customer, email, stage, channel, invoices, rendered, why, nextOn, mailto, fromSelection, choose, render, afterRecord, exportJson };
});
