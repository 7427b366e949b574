// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { STAGE_TONES } from '../../../shared/templates/stage-tones.ts';
import type { LogRecordRequest, LogService } from '../../../extension/log/log-protocol.ts';
import type { CaseView, PickerData, PickerService } from '../../../extension/picker/picker-protocol.ts';
import { usePickerStore } from '../../../extension/stores/picker-store.ts';
import CaseHistory from '../../../extension/ui/CaseHistory.vue';
import ReminderPicker from '../../../extension/ui/ReminderPicker.vue';

const HENGYUAN_CASE: CaseView = {
  key: 'hengyuan', asOf: '2026-11-22', status: 'waiting', why: 'statement by e-mail on 2026-11-20; next: Offer payment plan on 2026-11-27',
  nextStage: 'payment-plan', nextAction: '2026-11-27', lastStage: 'statement', contacts: 2, rows: 7, rejected: 0, currencies: ['CNY'],
  history: [
    { date: '2026-11-20', action: 'reminder', text: 'Statement · e-mail', invoices: 'INV-2026-0907', by: 'Li Na', row: 8 },
    { date: '2026-11-10', action: 'promise', text: 'promise to pay · CN¥5,000.00 · by 2026-11-15 · phone', detail: '陈静 on the phone', row: 7 },
  ],
  promise: { until: '2026-11-15', state: 'broken', amount: 'CN¥5,000.00' },
  limitation: { invoice: 'INV-2026-0907', expires: '2027-01-10', daysLeft: 49 },
};

const DATA: PickerData = {
  asOf: '2026-11-22', lang: 'en', tone: 'neutral', stageTones: STAGE_TONES, notices: [],
  customers: [
    { key: 'minghua', name: 'Shanghai Minghua Electronics Co. Ltd', emails: [], suggestedStage: 'final-notice', overdue: ['CN¥18,450.50'],
      invoices: [{ invoice: 'INV-2026-0815', dueDate: '2026-08-15', daysOverdue: 99, outstanding: 'CN¥12,000.00' }] },
    { key: 'hengyuan', name: 'Hengyuan Foods (Hangzhou) Ltd', emails: ['finance@hengyuan-foods.example'], suggestedStage: 'formal-notice', overdue: ['CN¥36,800.00'],
      suggestedBecause: { daysOverdue: 76, fromDay: 61 },
      invoices: [{ invoice: 'INV-2026-0907', dueDate: '2026-09-07', daysOverdue: 76, outstanding: 'CN¥36,800.00' }, { invoice: 'INV-2026-0930', dueDate: '2026-09-30', daysOverdue: 53, outstanding: 'CN¥1,000.00' }] },
  ],
  case: { ...HENGYUAN_CASE, key: 'minghua', status: 'open', why: '', nextStage: 'final-notice', rows: 0, contacts: 0, history: [], promise: undefined, limitation: undefined } as CaseView,
};

function services() {
  const recorded: LogRecordRequest[] = [];
  const undone: string[] = [];
  let view = HENGYUAN_CASE;
  const picker: PickerService = {
    load: async () => DATA,
    render: async (s) => ({ ok: true, subject: s.stage, text: s.stage, html: `<p>${s.stage}</p>`, warnings: [] }),
    caseFor: async (key) => (key === 'hengyuan' ? view : { ...HENGYUAN_CASE, key, status: 'open', rows: 0, history: [], nextStage: null }),
  };
  const log: LogService = {
    record: async (r) => {
      recorded.push(r);
      view = { ...view, rows: view.rows + 1, history: [{ date: '2026-11-22', action: r.action, text: `dispute`, detail: r.reason, row: 99 }, ...view.history] };
      return { ok: true, id: 'row-9', summary: 'dispute' };
    },
    undo: async (id) => { undone.push(id); return true; },
  };
  return { picker, log, recorded, undone };
}

async function mountWith() {
  const pinia = createPinia();
  const s = services();
  await usePickerStore(pinia).load(s.picker, [], [], s.log);
  const wrapper = mount(ReminderPicker, { props: { confirmLabel: 'Insert' }, global: { plugins: [pinia] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, ...s };
}

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as unknown as { getMessage: (key: string, subs?: string | string[]) => string }).getMessage = (key, subs) => [key, ...([] as string[]).concat(subs ?? [])].join('|');
  document.body.innerHTML = '';
});

describe('the picker\'s case history', () => {
  it('shows the status, why, the broken promise, the limitation warning and the latest rows above the stages, and takes the log\'s suggestion', async () => {
    const { wrapper } = await mountWith();
    expect(wrapper.find('[data-testid="dunning-history"]').attributes('data-status')).toBe('open');
    expect(wrapper.find('[data-testid="dunning-history-lines"]').exists()).toBe(false);
    await wrapper.find('[data-testid="dunning-customer"][data-key="hengyuan"]').trigger('click');
    await flushPromises();
    const history = wrapper.find('[data-testid="dunning-history"]');
    expect(history.find('[data-testid="dunning-case-status"]').text()).toBe('status_waiting');
    expect(history.find('[data-testid="dunning-case-why"]').text()).toContain('next: Offer payment plan on 2026-11-27');
    expect(history.findAll('.dd-facts li').map((li) => [li.attributes('data-fact'), li.classes('dd-warn')])).toEqual([['promise', true], ['limitation', true]]);
    expect(history.find('[data-fact="limitation"]').text()).toBe('caseLimitation|INV-2026-0907|2027-01-10|49');
    expect(history.findAll('[data-testid="dunning-history-lines"] li').map((li) => li.find('.dd-when').text())).toEqual(['2026-11-20', '2026-11-10']);
    expect(history.text()).toContain('caseMore|5');
    // Above the stages, and the stage the log suggests, explained by the case, not by days overdue.
    const html = wrapper.html();
    expect(html.indexOf('data-testid="dunning-history"')).toBeLessThan(html.indexOf('dunning-stage-courtesy'));
    // The next step is not due before the days between contacts have passed: it is named with
    // its date, and the picker stays on the stage last sent instead of moving the customer on.
    expect(wrapper.find('[data-testid="dunning-stage-statement"]').attributes('aria-checked')).toBe('true');
    expect(wrapper.find('[data-testid="dunning-stage-payment-plan"]').attributes('aria-checked')).toBe('false');
    expect(wrapper.find('[data-testid="dunning-stage-payment-plan"]').attributes('data-suggested')).toBe('later');
    expect(wrapper.find('[data-testid="dunning-suggestion"]').text()).toBe('suggestedFrom|Offer payment plan|2026-11-27');
  });

  it('suggests the log\'s next stage, and moves to it, once its day has come', async () => {
    const pinia = createPinia();
    const s = services();
    const due: PickerService = { ...s.picker, caseFor: async (key) => ({ ...(await s.picker.caseFor!(key)), asOf: '2026-11-27' }) };
    await usePickerStore(pinia).load(due, [], [], s.log);
    const wrapper = mount(ReminderPicker, { props: { confirmLabel: 'Insert' }, global: { plugins: [pinia] }, attachTo: document.body });
    await wrapper.find('[data-testid="dunning-customer"][data-key="hengyuan"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="dunning-stage-payment-plan"]').attributes('aria-checked')).toBe('true');
    expect(wrapper.find('[data-testid="dunning-stage-payment-plan"]').attributes('data-suggested')).toBe('true');
    expect(wrapper.find('[data-testid="dunning-stage-statement"]').attributes('data-suggested')).toBeUndefined();
    expect(wrapper.find('[data-testid="dunning-suggestion"]').text()).toBe('suggestedPlain|Offer payment plan');
  });

  it('records a dispute without inserting anything, shows it, and takes it back', async () => {
    const { wrapper, recorded, undone } = await mountWith();
    await wrapper.find('[data-testid="dunning-customer"][data-key="hengyuan"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-testid="dunning-record-dispute"]').trigger('click');
    const form = wrapper.find('[data-testid="dunning-record-form-dispute"]');
    await form.find('[data-testid="dunning-record-field-reason"]').setValue('goods damaged');
    await form.find('input[value="INV-2026-0930"]').setValue(true);
    await form.find('[data-testid="dunning-record-field-reason"]').trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(recorded).toEqual([{ customerKey: 'hengyuan', action: 'dispute', invoices: ['INV-2026-0930'], reason: 'goods damaged' }]);
    expect(wrapper.emitted('confirm')).toBeUndefined();
    expect(wrapper.find('[data-testid="dunning-record-form-dispute"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="dunning-recorded"]').text()).toContain('recorded|dispute');
    expect(wrapper.find('[data-testid="dunning-history-lines"] li').text()).toContain('goods damaged');
    await wrapper.find('[data-testid="dunning-record-undo"]').trigger('click');
    await flushPromises();
    expect(undone).toEqual(['row-9']);
    expect(wrapper.find('[data-testid="dunning-recorded"]').attributes('data-kind')).toBe('undone');
  });

  it('keeps the stage the user chose when the case arrives later', async () => {
    const pinia = createPinia();
    const s = services();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: PickerService = { ...s.picker, caseFor: async (key) => { await gate; return s.picker.caseFor!(key); } };
    await usePickerStore(pinia).load(slow, [], [], s.log);
    const wrapper = mount(ReminderPicker, { props: { confirmLabel: 'Insert' }, global: { plugins: [pinia] }, attachTo: document.body });
    await wrapper.find('[data-testid="dunning-customer"][data-key="hengyuan"]').trigger('click');
    await wrapper.find('[data-testid="dunning-stage-deadline"]').trigger('click');
    release();
    await flushPromises();
    expect(wrapper.find('[data-testid="dunning-stage-deadline"]').attributes('aria-checked')).toBe('true');
    expect(wrapper.find('[data-testid="dunning-history"]').exists()).toBe(true);
  });

  it('shows what users typed (a note, a dispute\'s reason, who) as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const view: CaseView = {
      ...HENGYUAN_CASE,
      history: [{ date: '2026-11-21', action: 'note', text: 'note', detail: hostile, by: '<script>x()</script>', invoices: '<i>INV</i>', row: 3 }],
      dispute: { since: '2026-11-20', reason: hostile },
    };
    const wrapper = mount(CaseHistory, { props: { view } });
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.find('b').exists()).toBe(false);
    expect(wrapper.find('script').exists()).toBe(false);
    expect(wrapper.find('.dd-detail').text()).toBe(hostile);
    expect(wrapper.find('.dd-by').text()).toContain('<script>x()</script>');
    expect(wrapper.find('[data-fact="dispute"]').text()).toContain(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
