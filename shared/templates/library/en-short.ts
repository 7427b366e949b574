import type { StageId } from '../../stage-id.ts';
import { SHORT_DETAIL_LEVELS, type ShortDetail, type ShortStageTemplates } from './stage-templates.ts';

// Text messages and WeChat messages, written for Dunning Desk: plain text of at most 300
// characters with the amount, the invoice numbers (their count when there are many), the date
// and how to pay. Early stages never threaten. With a history, messages from the statement on
// cite the earlier contacts; without one, no message claims there were any.

type Channel = 'sms' | 'wechat';

const ARE = '{{#if multipleInvoices}}are{{else}}is{{/if}}';
const REMAIN = '{{#if multipleInvoices}}remain{{else}}remains{{/if}}';

/** The invoices: `invoices INV-1, INV-2 and INV-3 for Acme Ltd`, or `12 invoices for Acme Ltd`. */
const inv = (d: ShortDetail, capital = false): string => {
  const word = capital ? 'Invoice' : 'invoice';
  const which = d.invoices === 'list'
    ? `{{#if multipleInvoices}}${word}s {{invoices.invoice}}{{else}}${word} {{invoices.invoice}}{{/if}}`
    : `{{#if multipleInvoices}}{{invoiceCount}} invoices{{else}}${word} {{invoices.invoice}}{{/if}}`;
  return `${which}${d.name ? ' for {{customer.name}}' : ''}`;
};

const contacted = (d: ShortDetail): string => (d.history === 'full'
  ? '{{#if history.contacts}}We contacted you about this {{history.contactList}}. {{/if}}'
  : '{{#if history.contacts}}Last contact: {{history.lastContact.date | short}} ({{history.lastContact.channel}}). {{/if}}');
/** A demand for payment already made: evidence that matters for the limitation period. */
const demanded = (d: ShortDetail): string => (d.history === 'full'
  ? '{{#if history.contacts}}We {{#if history.allWritten}}wrote to you{{else}}contacted you{{/if}} {{history.contactList}}. {{/if}}'
  : '{{#if history.contacts}}Last reminder: {{history.lastContact.date | short}} ({{history.lastContact.channel}}). {{/if}}');
/** A promise to pay whose date has passed (left out of the tersest demands). */
const broken = (d: ShortDetail): string => (d.terse ? '' : '{{#if promise.passed}}You promised {{#if promise.amount}}{{promise.amount}} {{/if}}by {{promise.date | short}}; not yet received. {{/if}}');
/** A sentence only the less terse levels keep. */
const extra = (d: ShortDetail, text: string): string => (d.terse ? '' : text);

const pay = (d: ShortDetail): string => {
  if (d.pay === 'minimal') return 'Bank details are on the invoice.';
  const quote = ' (quote the invoice numbers).';
  if (d.pay === 'short') {
    return `{{#if bank.account}}Pay to {{#if bank.sortCode}}{{bank.sortCode}} {{/if}}{{bank.account}}{{else}}{{#if bank.iban}}Pay to IBAN {{bank.iban}}{{else}}{{#if paymentLink}}Pay online: {{paymentLink}}{{else}}Pay to the account on the invoice{{/if}}{{/if}}{{/if}}${quote}`;
  }
  const online = '{{#if paymentLink}} or online: {{paymentLink}}{{/if}}';
  return `{{#if bank.account}}Pay to {{#if bank.accountName}}{{bank.accountName}}, {{/if}}{{#if bank.sortCode}}{{bank.sortCode}} {{/if}}{{bank.account}}${online}`
    + `{{else}}{{#if bank.iban}}Pay to {{#if bank.accountName}}{{bank.accountName}}, {{/if}}IBAN {{bank.iban}}{{#if bank.bic}} BIC {{bank.bic}}{{/if}}${online}`
    + `{{else}}{{#if paymentLink}}Pay online: {{paymentLink}}{{else}}Pay to the account on the invoice{{/if}}{{/if}}{{/if}}${quote}`;
};

const sign = (channel: Channel, d: ShortDetail): string => {
  if (channel === 'wechat') {
    return d.sign === 'full'
      ? '{{#if sender.name}}{{sender.name}}{{#if company.name}}, {{company.name}}{{/if}}{{else}}{{#if company.name}}{{company.name}}{{else}}Accounts team{{/if}}{{/if}}'
      : '{{#if sender.name}}{{sender.name}}{{else}}{{#if company.name}}{{company.name}}{{else}}Accounts team{{/if}}{{/if}}';
  }
  // The company opens a text message; the signature says whom to call back.
  return d.sign === 'full'
    ? '{{#if sender.name}}{{sender.name}}{{#if sender.phone}}, tel {{sender.phone}}{{else}}{{#if company.phone}}, tel {{company.phone}}{{/if}}{{/if}}{{else}}{{#if company.name}}{{#if company.phone}}Tel {{company.phone}}{{/if}}{{else}}Accounts team{{#if company.phone}}, tel {{company.phone}}{{/if}}{{/if}}{{/if}}'
    : '{{#if sender.phone}}Tel {{sender.phone}}{{else}}{{#if company.phone}}Tel {{company.phone}}{{else}}{{#unless company.name}}Accounts team{{/unless}}{{/if}}{{/if}}';
};

const CORES: Readonly<Record<StageId, (d: ShortDetail) => string>> = {
  courtesy: (d) => `Reminder: ${inv(d)} ({{totals.outstanding}}) {{#if multipleInvoices}}fall due from{{else}}{{#if anyOverdue}}fell{{else}}falls{{/if}} due on{{/if}} {{oldestDueDate | short}}.${extra(d, ' If payment is already scheduled, thank you.')}`,
  friendly: (d) => `Friendly reminder: ${inv(d)} ({{totals.outstanding}}) {{#if allOverdue}}${ARE} past due{{else}}{{#if anyOverdue}}are open, some past due{{else}}${ARE} due from {{oldestDueDate | short}}{{/if}}{{/if}}. Could you pay {{#if deadline}}by {{deadline | short}}{{else}}soon{{/if}}?${extra(d, ' If already paid, thank you.')}`,
  statement: (d) => `Statement at {{asOf | short}}: ${inv(d)}, balance {{totals.outstanding}}. ${contacted(d)}Please confirm it{{#if deadline}} by {{deadline | short}}{{/if}}${extra(d, ' or tell us what differs')}.`,
  'payment-plan': (d) => `${inv(d, true)} ({{totals.outstanding}}) ${ARE} still open. ${contacted(d)}${extra(d, 'Is something holding up payment? ')}We can agree instalments: please propose a plan{{#if deadline}} by {{deadline | short}}{{/if}}.`,
  deadline: (d) => `${inv(d, true)} ({{totals.outstanding}}) ${ARE} overdue. ${demanded(d)}${broken(d)}Please pay by {{deadline | short}}${extra(d, ', or call us before then')}.`,
  'formal-notice': (d) => (d.terse
    ? `Formal notice: ${inv(d)} ${ARE} overdue. ${demanded(d)}Please pay {{totals.total}}{{#if penalty}} (incl. late-payment charge){{/if}} by {{deadline | short}}.`
    : `Formal notice: ${inv(d)} ${ARE} overdue: {{totals.outstanding}}{{#if penalty}} plus {{penalty.total}} late-payment charge{{/if}}. ${demanded(d)}${broken(d)}Please pay {{totals.total}} by {{deadline | short}}; any dispute in writing by then.`),
  'final-notice': (d) => `Final notice: ${inv(d)} ${REMAIN} unpaid: {{totals.total}}. ${demanded(d)}${broken(d)}Unless paid by {{deadline | short}} or a plan is agreed in writing, we intend to take legal action.`,
  legal: (d) => `${inv(d, true)} ${REMAIN} unpaid: {{totals.total}}. ${demanded(d)}Unless paid by {{deadline | short}}, we intend to instruct lawyers to sue for it{{#if penalty}} with interest{{/if}} and costs.`,
  'follow-up': (d) => `{{#if promise}}You expected to pay {{#if promise.amount}}{{promise.amount}} {{/if}}by {{promise.date | short}}. {{/if}}${contacted(d)}${inv(d, true)} ({{totals.outstanding}}) ${ARE} still unpaid. ${d.terse ? 'When will you pay?' : 'If paid, please send the date and reference; if not, when will you pay?'}`,
  // The agreed instalments, one a line; the tersest level gives the first and the last.
  'plan-confirmation': (d) => `Payment plan agreed for ${inv(d)}{{#unless plan.coversBalance}} ({{totals.outstanding}} open){{/unless}}: {{plan.count}} instalments, {{plan.total}} in all. ${d.terse
    ? 'First {{plan.first.amount}} by {{plan.first.date | short}}, last by {{plan.last.date | short}}. Please pay each on time.'
    : 'Please pay each by its date:{{#each plan.instalments}}\n{{instalment.number}}. {{instalment.amount}} by {{instalment.date | short}}{{/each}}'}`,
  'thank-you': (d) => `Thank you for your payment. {{#if invoices}}${inv(d, true)} ${REMAIN} open: {{totals.outstanding}}.{{else}}Your account is fully settled.{{/if}}${extra(d, ' We look forward to working with you again.')}`,
};

function body(stage: StageId, channel: Channel, d: ShortDetail): string {
  const payment = stage === 'thank-you' ? '' : `\n${pay(d)}`;
  const opening = channel === 'sms'
    ? '{{#if company.name}}{{company.name}}: {{/if}}'
    : '{{#if customer.contact}}Hello {{customer.contact}},{{else}}Hello,{{/if}}\n';
  return `${opening}${CORES[stage](d)}${payment}\n${sign(channel, d)}\n`;
}

/** The English short messages, per stage: one body per detail level (SHORT_DETAIL_LEVELS). */
export const EN_SHORT: Readonly<Record<StageId, ShortStageTemplates>> = Object.fromEntries(
  (Object.keys(CORES) as StageId[]).map((stage): [StageId, ShortStageTemplates] => [stage, {
    sms: SHORT_DETAIL_LEVELS.map((d) => body(stage, 'sms', d)),
    wechat: SHORT_DETAIL_LEVELS.map((d) => body(stage, 'wechat', d)),
  }]),
) as Record<StageId, ShortStageTemplates>;
