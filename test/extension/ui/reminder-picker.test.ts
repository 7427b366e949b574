// @vitest-environment happy-dom
import { mount, flushPromises } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { STAGE_TONES } from '../../../shared/templates/stage-tones.ts';
import type { PickerData, PickerSelection, PickerService, RenderReply } from '../../../extension/picker/picker-protocol.ts';
import { usePickerStore } from '../../../extension/stores/picker-store.ts';
import ReminderPicker from '../../../extension/ui/ReminderPicker.vue';

const DATA: PickerData = {
  asOf: '2026-11-22',
  lang: 'en',
  tone: 'neutral',
  stageTones: STAGE_TONES,
  notices: ['The stored company profile could not be read and was reset.'],
  customers: [
    { key: 'minghua', name: 'Shanghai Minghua Electronics Co. Ltd', emails: ['ap@minghua-electronics.example'], suggestedStage: 'final-notice', overdue: ['CN¥18,450.50'],
      invoices: [{ invoice: 'INV-2026-0815', dueDate: '2026-08-15', daysOverdue: 99, outstanding: 'CN¥12,000.00' }] },
    { key: 'hengyuan', name: 'Hengyuan Foods (Hangzhou) Ltd', emails: ['finance@hengyuan-foods.example'], suggestedStage: 'formal-notice', overdue: ['CN¥36,800.00'],
      invoices: [{ invoice: 'INV-2026-0907', dueDate: '2026-09-07', daysOverdue: 76, outstanding: 'CN¥36,800.00' }] },
    { key: 'northbridge', name: 'Northbridge Components Ltd', emails: ['accounts@northbridge-components.example'], suggestedStage: 'statement', overdue: ['£4,200.00'],
      invoices: [{ invoice: 'INV-2026-1003', dueDate: '2026-10-03', daysOverdue: 50, outstanding: '£4,200.00' }] },
  ],
};

function fakeService(matchedKey?: string) {
  const renders: PickerSelection[] = [];
  const service: PickerService = {
    load: async () => ({ ...DATA, matchedKey }),
    render: async (selection): Promise<RenderReply> => {
      renders.push(selection);
      const who = selection.manual?.name ?? selection.customerKey;
      return { ok: true, subject: `${selection.stage} for ${who}`, text: `Dear ${who} (${selection.lang}, ${selection.tone})`, html: `<p>${who}</p>`, warnings: [] };
    },
  };
  return { service, renders };
}

async function mountPicker(matchedKey?: string) {
  const pinia = createPinia();
  const { service, renders } = fakeService(matchedKey);
  await usePickerStore(pinia).load(service, []);
  const wrapper = mount(ReminderPicker, { props: { confirmLabel: 'Insert' }, global: { plugins: [pinia] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, renders };
}

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser has no i18n; the picker shows keys, which is what these tests look for.
  (fakeBrowser.i18n as unknown as { getMessage: (key: string) => string }).getMessage = (key) => key;
  document.body.innerHTML = '';
});

describe('ReminderPicker', () => {
  it('opens on the matched customer at its suggested stage with a live preview', async () => {
    const { wrapper } = await mountPicker('hengyuan');
    const selected = wrapper.find('[data-testid="dunning-customer"][aria-selected="true"]');
    expect(selected.text()).toContain('Hengyuan');
    expect(wrapper.find('[data-testid="dunning-stage-formal-notice"]').attributes('aria-checked')).toBe('true');
    expect(wrapper.find('[data-testid="dunning-preview"]').text()).toContain('formal-notice for hengyuan');
    expect(wrapper.text()).toContain('The stored company profile could not be read and was reset.');
  });

  it('searches by invoice number and e-mail, and selects the first match', async () => {
    const { wrapper } = await mountPicker();
    await wrapper.find('[data-testid="dunning-customer-search"]').setValue('INV-2026-1003');
    expect(wrapper.findAll('[data-testid="dunning-customer"]').map((w) => w.attributes('data-key'))).toEqual(['northbridge']);
    await wrapper.find('[data-testid="dunning-customer-search"]').setValue('finance@');
    await flushPromises();
    expect(wrapper.find('[data-testid="dunning-customer"][aria-selected="true"]').attributes('data-key')).toBe('hengyuan');
  });

  it('moves with the arrow keys, changes stage, language and tone, and confirms with Enter', async () => {
    const { wrapper, renders } = await mountPicker();
    const search = wrapper.find('[data-testid="dunning-customer-search"]');
    await search.trigger('keydown', { key: 'ArrowDown' });
    await search.trigger('keydown', { key: 'ArrowDown' });
    await search.trigger('keydown', { key: 'ArrowUp' });
    expect(wrapper.find('[aria-selected="true"]').attributes('data-key')).toBe('hengyuan');
    expect(search.attributes('aria-activedescendant')).toBe(wrapper.find('[aria-selected="true"]').attributes('id'));
    await wrapper.find('[data-testid="dunning-stage-friendly"]').trigger('click');
    await wrapper.find('[data-testid="dunning-language-zh-CN"]').trigger('click');
    await wrapper.find('[data-testid="dunning-tone"]').setValue('warm');
    await flushPromises();
    expect(renders.at(-1)).toEqual({ customerKey: 'hengyuan', stage: 'friendly', lang: 'zh-CN', tone: 'warm' });
    await search.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    const confirmed = wrapper.emitted('confirm');
    expect(confirmed).toHaveLength(1);
    expect(confirmed![0]![0]).toMatchObject({ ok: true, subject: 'friendly for hengyuan', text: 'Dear hengyuan (zh-CN, warm)' });
  });

  it('chooses stage and language with the arrow keys, one Tab stop per group, and inserts with Enter on a chip', async () => {
    const { wrapper, renders } = await mountPicker('northbridge');
    const tabStops = () => wrapper.findAll('[role="radio"]').filter((w) => w.attributes('tabindex') === '0').map((w) => w.attributes('data-testid'));
    expect(tabStops()).toEqual(['dunning-stage-statement', 'dunning-language-en']);

    await wrapper.find('[data-testid="dunning-language-en"]').trigger('keydown', { key: 'ArrowRight' });
    await flushPromises();
    expect(wrapper.find('[data-testid="dunning-language-zh-CN"]').attributes('aria-checked')).toBe('true');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('dunning-language-zh-CN');

    await wrapper.find('[data-testid="dunning-stage-statement"]').trigger('keydown', { key: 'ArrowLeft' });
    await flushPromises();
    expect(tabStops()).toEqual(['dunning-stage-friendly', 'dunning-language-zh-CN']);
    expect(renders.at(-1)).toMatchObject({ customerKey: 'northbridge', stage: 'friendly', lang: 'zh-CN' });

    await wrapper.find('[data-testid="dunning-language-zh-CN"]').trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(wrapper.emitted('confirm')).toHaveLength(1);
    expect(wrapper.emitted('confirm')![0]![0]).toMatchObject({ subject: 'friendly for northbridge' });
  });

  it('inserts what was chosen last, even when Enter comes before its preview has arrived', async () => {
    const pinia = createPinia();
    const slow: PickerService = {
      load: async () => DATA,
      // Each render answers later than the one before, as a busy background might.
      render: (selection) => new Promise((resolve) => setTimeout(() => resolve({ ok: true, subject: selection.customerKey, text: `${selection.customerKey}`, html: '', warnings: [] }), selection.customerKey === 'northbridge' ? 30 : 1)),
    };
    await usePickerStore(pinia).load(slow, []);
    const wrapper = mount(ReminderPicker, { props: { confirmLabel: 'Insert' }, global: { plugins: [pinia] }, attachTo: document.body });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(wrapper.find('[data-testid="dunning-preview"]').text()).toContain('minghua');
    const search = wrapper.find('[data-testid="dunning-customer-search"]');
    await search.setValue('northbridge');
    await search.trigger('keydown', { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(wrapper.emitted('confirm')).toHaveLength(1);
    expect(wrapper.emitted('confirm')![0]![0]).toMatchObject({ subject: 'northbridge' });
  });

  it('selects what a search typed while the list was still loading shows', async () => {
    const pinia = createPinia();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { service } = fakeService('minghua');
    const store = usePickerStore(pinia);
    const loading = store.load({ ...service, load: async (r) => { await gate; return service.load(r); } }, []);
    store.query = 'northbridge';
    release();
    await loading;
    await flushPromises();
    expect(store.customers.map((c) => c.key)).toEqual(['northbridge']);
    expect(store.selectedKey).toBe('northbridge');
  });

  it('keeps the tone to those the stage allows', async () => {
    const { wrapper } = await mountPicker('minghua');
    await wrapper.find('[data-testid="dunning-stage-legal"]').trigger('click');
    const options = wrapper.findAll('[data-testid="dunning-tone"] option').map((o) => o.attributes('value'));
    expect(options).toEqual(['neutral']);
  });

  it('closes on Escape', async () => {
    const { wrapper } = await mountPicker();
    await wrapper.find('[data-testid="dunning-customer-search"]').trigger('keydown', { key: 'Escape' });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('takes a customer typed in', async () => {
    const { wrapper, renders } = await mountPicker();
    await wrapper.find('[data-testid="dunning-manual"]').trigger('click');
    await wrapper.find('[data-testid="dunning-manual-name"]').setValue('Wuxi Lianfa Machinery');
    await wrapper.find('[data-testid="dunning-manual-amount"]').setValue('5600.00');
    await flushPromises();
    expect(renders.at(-1)?.manual).toMatchObject({ name: 'Wuxi Lianfa Machinery', amount: '5600.00', currency: 'CNY' });
    expect(wrapper.find('[data-testid="dunning-preview"]').text()).toContain('Wuxi Lianfa Machinery');
  });

  it('cannot confirm before a customer is chosen', async () => {
    const pinia = createPinia();
    const service: PickerService = { load: async () => ({ ...DATA, customers: [] }), render: async () => ({ ok: false, message: 'x' }) };
    await usePickerStore(pinia).load(service, []);
    const wrapper = mount(ReminderPicker, { props: { confirmLabel: 'Insert' }, global: { plugins: [pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-testid="dunning-insert-confirm"]').attributes('disabled')).toBeDefined();
    await wrapper.find('[data-testid="dunning-customer-search"]').trigger('keydown', { key: 'Enter' });
    expect(wrapper.emitted('confirm')).toBeUndefined();
  });
});
