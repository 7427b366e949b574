import type { StageId } from '../../stage-id.ts';
import { SHORT_DETAIL_LEVELS, type ShortDetail, type ShortStageTemplates } from './stage-templates.ts';

// 短信和微信催款话术（为 Dunning Desk 原创撰写）：纯文本，不超过300字，写明金额、发票号（多张时写张数）、
// 期限和付款方式。前期阶段礼貌、不作任何威胁；有催收记录时从“对账”阶段起写明此前联系的日期和方式，
// 没有记录时不声称此前联系过。

type Channel = 'sms' | 'wechat';

const inv = (d: ShortDetail): string => (d.invoices === 'list'
  ? '{{#if multipleInvoices}}{{invoiceCount}}张发票（{{invoices.invoice}}）{{else}}发票{{invoices.invoice}}{{/if}}'
  : '{{#if multipleInvoices}}{{invoiceCount}}张发票{{else}}发票{{invoices.invoice}}{{/if}}');

/** Earlier contacts: “联系” in the courteous stages, “催告” (a demand for payment, 民法典 第195条) later. */
const contacted = (d: ShortDetail): string => (d.history === 'full'
  ? '{{#if history.contacts}}我方曾于{{history.contactList}}与贵司联系。{{/if}}'
  : '{{#if history.contacts}}此前我方已与贵司联系{{history.contactCount}}次（最近一次：{{history.lastContact.date}}，{{history.lastContact.channel}}）。{{/if}}');
const demanded = (d: ShortDetail): string => (d.history === 'full'
  ? '{{#if history.contacts}}我方已于{{history.contactList}}催告付款。{{/if}}'
  : '{{#if history.contacts}}此前我方已催告{{history.contactCount}}次（最近一次：{{history.lastContact.date}}，{{history.lastContact.channel}}）。{{/if}}');
/** A promise to pay whose date has passed (left out of the tersest demands). */
const broken = (d: ShortDetail): string => (d.terse ? '' : '{{#if promise.passed}}贵司曾承诺于{{promise.date}}前付款{{#if promise.amount}}{{promise.amount}}{{/if}}，但我方至今未收到。{{/if}}');
/** A sentence only the less terse levels keep. */
const extra = (d: ShortDetail, text: string): string => (d.terse ? '' : text);

const pay = (d: ShortDetail): string => {
  if (d.pay === 'minimal') return '收款账户见发票，付款时请注明发票号。';
  if (d.pay === 'short') {
    return '{{#if bank.account}}请汇至{{#if bank.accountName}}{{bank.accountName}}{{/if}}账号{{bank.account}}，{{else}}{{#if bank.iban}}请汇至IBAN {{bank.iban}}，{{else}}{{#if paymentLink}}在线付款：{{paymentLink}} {{else}}请汇入发票所列账户，{{/if}}{{/if}}{{/if}}付款时请注明发票号。';
  }
  return '{{#if bank.account}}收款账户：{{#if bank.accountName}}{{bank.accountName}}，{{/if}}{{#if bank.name}}{{bank.name}}，{{/if}}账号{{bank.account}}。{{else}}{{#if bank.iban}}收款账户：{{#if bank.accountName}}{{bank.accountName}}，{{/if}}IBAN {{bank.iban}}{{#if bank.bic}}，SWIFT {{bank.bic}}{{/if}}。{{/if}}{{/if}}'
    + '{{#if paymentLink}}在线付款：{{paymentLink}} {{/if}}'
    + '{{#unless bank.account}}{{#unless bank.iban}}{{#unless paymentLink}}请汇入发票所列账户，{{/unless}}{{/unless}}{{/unless}}付款时请注明发票号。';
};

const sign = (channel: Channel, d: ShortDetail): string => {
  if (channel === 'wechat') {
    return d.sign === 'full'
      ? '{{#if company.name}}{{company.name}}{{#if sender.name}} {{sender.name}}{{/if}}{{else}}{{#if sender.name}}{{sender.name}}{{else}}财务部{{/if}}{{/if}}'
      : '{{#if sender.name}}{{sender.name}}{{else}}{{#if company.name}}{{company.name}}{{else}}财务部{{/if}}{{/if}}';
  }
  // 短信开头的【公司名】即签名；此处给出回电的人和号码。
  return d.sign === 'full'
    ? '{{#if sender.name}}联系人：{{sender.name}}{{#if sender.phone}} {{sender.phone}}{{else}}{{#if company.phone}} {{company.phone}}{{/if}}{{/if}}{{else}}{{#if company.name}}{{#if company.phone}}电话：{{company.phone}}{{/if}}{{else}}财务部{{#if company.phone}} {{company.phone}}{{/if}}{{/if}}{{/if}}'
    : '{{#if sender.phone}}电话：{{sender.phone}}{{else}}{{#if company.phone}}电话：{{company.phone}}{{else}}{{#unless company.name}}财务部{{/unless}}{{/if}}{{/if}}';
};

/** What a stage says; `you` names the customer (贵司 after an SMS greeting that names it). */
const CORES: Readonly<Record<StageId, (d: ShortDetail, you: string) => string>> = {
  courtesy: (d, you) => `温馨提示：${you}的${inv(d)}合计{{totals.outstanding}}{{#if anyOverdue}}，最早一张已于{{oldestDueDate}}到期{{else}}{{#if multipleInvoices}}将自{{oldestDueDate}}起陆续到期{{else}}将于{{oldestDueDate}}到期{{/if}}{{/if}}，烦请安排付款${extra(d, '；如已安排，谢谢并请忽略')}。`,
  friendly: (d, you) => `付款提醒：截至{{asOf}}，${you}的${inv(d)}未付合计{{totals.outstanding}}{{#if allOverdue}}，已过付款期限${extra(d, '（最早到期日{{oldestDueDate}}）')}{{else}}{{#if anyOverdue}}，其中部分已过付款期限${extra(d, '（最早到期日{{oldestDueDate}}）')}{{else}}，将于{{oldestDueDate}}到期{{/if}}{{/if}}。${extra(d, '估计只是一时疏忽，')}烦请{{#if deadline}}于{{deadline}}前{{else}}尽早{{/if}}安排付款${extra(d, '；如已付款，谢谢并请忽略')}。`,
  statement: (d, you) => `对账确认：截至{{asOf}}，我方账上${you}的${inv(d)}余额{{totals.outstanding}}。${contacted(d)}烦请核对{{#if deadline}}并于{{deadline}}前{{else}}并{{/if}}回复确认${extra(d, '，如有差异请告知发票号及原因；余额确认后请安排支付已到期款项')}。`,
  'payment-plan': (d, you) => `截至{{asOf}}，${you}的${inv(d)}未付合计{{totals.outstanding}}。${contacted(d)}${extra(d, '想了解付款遇到了什么情况。')}如一次付清有困难，我们愿意协商分期{{#if plan}}（例如分{{plan.count}}期）{{/if}}，请{{#if deadline}}于{{deadline}}前{{/if}}回复可行的日期和金额。`,
  deadline: (d, you) => `限期付款通知：${demanded(d)}${broken(d)}截至{{asOf}}，${you}的${inv(d)}仍未付款，合计{{totals.outstanding}}。请于{{deadline}}前付清${extra(d, '；如届时无法全额付款，请在该日前与我们联系')}。`,
  'formal-notice': (d, you) => (d.terse
    ? `逾期付款催告：${you}的${inv(d)}已逾期。${demanded(d)}请于{{deadline}}前支付{{totals.total}}{{#if penalty}}（含逾期违约金/利息）{{/if}}。`
    : `逾期付款催告：${you}的${inv(d)}已逾期，截至{{asOf}}未付本金{{totals.outstanding}}{{#if penalty}}，另计逾期违约金/利息{{penalty.total}}{{/if}}。${demanded(d)}${broken(d)}请于{{deadline}}前支付{{totals.total}}；如有异议，请于该日前书面提出。`),
  'final-notice': (d, you) => `最后催告：${demanded(d)}${broken(d)}截至{{asOf}}，${you}的${inv(d)}仍未付款，应付合计{{totals.total}}。如{{deadline}}前仍未收到付款或书面还款方案，我方拟${extra(d, '在合同允许范围内暂停供货、委托催收并')}提起诉讼（或仲裁）。`,
  legal: (d, you) => `${demanded(d)}截至{{asOf}}，${you}的${inv(d)}仍未付款，应付合计{{totals.total}}。如{{deadline}}前仍未付清，我方将委托律师依法提起诉讼或申请仲裁${extra(d, '，追讨欠款{{#if penalty}}、逾期违约金/利息{{/if}}及维权费用')}。`,
  'follow-up': (d, you) => `付款跟进：{{#if promise}}感谢贵司告知将于{{promise.date}}前付款{{#if promise.amount}}{{promise.amount}}{{/if}}。{{/if}}${contacted(d)}截至{{asOf}}，我方尚未收到${you}的${inv(d)}款项，未付合计{{totals.outstanding}}。${d.terse ? '请告知付款日期。' : '如已付款，请告知付款日期；如有变化，请今天告知新的付款日期。'}`,
  // 约定的各期，每期一行；最简略时只写首期和末期。
  'plan-confirmation': (d, you) => `分期付款确认：${you}的${inv(d)}{{#unless plan.coversBalance}}（未付合计{{totals.outstanding}}）{{/unless}}，双方约定分{{plan.count}}期支付，合计{{plan.total}}。${d.terse
    ? '首期{{plan.first.date}}前付{{plan.first.amount}}，末期{{plan.last.date}}前付{{plan.last.amount}}，请按期付款。'
    : '请按期付款，如某期有困难请提前告知：{{#each plan.instalments}}\n第{{instalment.number}}期：{{instalment.date}}前付{{instalment.amount}}{{/each}}'}`,
  'thank-you': (d, you) => `感谢付款：贵司的款项已收到，谢谢！{{#if invoices}}截至{{asOf}}，${you}尚有${inv(d)}未结清，余额{{totals.outstanding}}。{{else}}截至{{asOf}}，账款已全部结清。{{/if}}${extra(d, '期待继续合作。')}`,
};

function body(stage: StageId, channel: Channel, d: ShortDetail): string {
  const payment = stage === 'thank-you' ? '' : `\n${pay(d)}`;
  if (channel === 'sms') {
    return `{{#if company.name}}【{{company.name}}】{{/if}}尊敬的${d.name ? '{{customer.name}}' : '客户'}：${CORES[stage](d, '贵司')}${payment}\n${sign(channel, d)}\n`;
  }
  return `{{#if customer.contact}}{{customer.contact}}您好！{{else}}您好！{{/if}}\n${CORES[stage](d, d.name ? '{{customer.name}}' : '贵司')}${payment}\n${sign(channel, d)}\n`;
}

/** The Chinese short messages, per stage: one body per detail level (SHORT_DETAIL_LEVELS). */
export const ZH_CN_SHORT: Readonly<Record<StageId, ShortStageTemplates>> = Object.fromEntries(
  (Object.keys(CORES) as StageId[]).map((stage): [StageId, ShortStageTemplates] => [stage, {
    sms: SHORT_DETAIL_LEVELS.map((d) => body(stage, 'sms', d)),
    wechat: SHORT_DETAIL_LEVELS.map((d) => body(stage, 'wechat', d)),
  }]),
) as Record<StageId, ShortStageTemplates>;
