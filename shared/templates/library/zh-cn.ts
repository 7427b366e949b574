import type { StageId } from '../../stage-id.ts';
import type { CallScript, StageTemplates, StageText } from './stage-templates.ts';

// 为 Dunning Desk 原创撰写的中文催款话术。前期阶段礼貌、假定对方只是疏忽，不作任何威胁；
// 每条消息都写明客户、发票号、金额、到期日和逾期天数（见发票明细表）。

const THE_INVOICES = '以下{{#if multipleInvoices}}{{invoiceCount}}张{{/if}}发票';

const PAYMENT = `{{#if bank}}
收款账户：
{{#if bank.accountName}}
- 户名：{{bank.accountName}}
{{/if}}
{{#if bank.name}}
- 开户行：{{bank.name}}
{{/if}}
{{#if bank.account}}
- 账号：{{bank.account}}
{{/if}}
{{#if bank.sortCode}}
- Sort code：{{bank.sortCode}}
{{/if}}
{{#if bank.iban}}
- IBAN：{{bank.iban}}
{{/if}}
{{#if bank.bic}}
- SWIFT：{{bank.bic}}
{{/if}}

{{/if}}
{{#if paymentLink}}
也可通过以下链接在线付款：{{paymentLink}}

{{/if}}
请{{#unless bank}}{{#unless paymentLink}}汇入发票上注明的收款账户，并{{/unless}}{{/unless}}在付款附言中注明发票号{{invoices.invoice}}。`;

const SIGNATURE = `{{#if company.name}}
{{company.name}}
{{/if}}
{{#if sender.name}}
{{sender.name}}{{#if sender.title}}（{{sender.title}}）{{/if}}
{{/if}}
{{#unless sender.name}}
{{#unless company.name}}
财务部
{{/unless}}
{{/unless}}
{{#if sender.phone}}
电话：{{sender.phone}}
{{else}}
{{#if company.phone}}
电话：{{company.phone}}
{{/if}}
{{/if}}
{{#if sender.email}}
邮箱：{{sender.email}}
{{/if}}`;

const EMAIL_SIGN_OFF = `{{#if tone.warm}}
再次感谢贵司的支持与配合！
{{/if}}
顺颂商祺

${SIGNATURE}`;

// 中文公函格式：标题、称谓、正文、“此致 敬礼”、落款单位与日期。
const LETTER_SIGN_OFF = `此致
敬礼！

${SIGNATURE}
{{asOf}}`;

// 此前的联系：只有催收记录（history）写明了日期和方式时才提及，并逐一列出（民法典 第195条：催告中断诉讼时效）。
const CONTACTED = '我方曾于{{history.contactList}}就上述款项与贵司联系。';
const DEMANDED = '我方已于{{history.contactList}}催告付款';
// 对方承诺的付款日期已过（例如已违背的付款承诺）。
const BROKEN_PROMISE = `{{#if promise.passed}}
贵司曾承诺于{{promise.date}}前{{#if promise.amount}}支付{{promise.amount}}{{else}}付款{{/if}}，但截至{{asOf}}上述款项仍未结清。

{{/if}}`;

const GREETING = `尊敬的{{customer.name}}{{#if customer.contact}}（{{customer.contact}}）{{/if}}：`;

const TEXTS: Readonly<Record<StageId, StageText>> = {
  courtesy: {
    subject: '温馨提示：发票{{invoices.invoice}}到期付款 – {{customer.name}}',
    heading: '付款提示函',
    payment: true,
    core: `{{#if tone.warm}}感谢贵司一直以来的支持与合作。{{/if}}为方便贵司安排付款，现将{{customer.name}}{{#if contract}}在{{contract}}项下{{/if}}的到期款项提示如下。截至{{asOf}}，我方记录显示${THE_INVOICES}尚未结清：

{{> invoices}}

合计：{{totals.outstanding}}。

如贵司已安排付款，谨此致谢，请忽略本提示。如需发票副本，或发票内容需要更正，请直接回复，我们会尽快处理。`,
  },
  friendly: {
    subject: '付款提醒：发票{{invoices.invoice}} – {{customer.name}}',
    heading: '付款提醒函',
    payment: true,
    core: `{{#if tone.warm}}希望一切顺利。{{/if}}我方记录显示，截至{{asOf}}，{{customer.name}}的${THE_INVOICES}{{#if allOverdue}}已过付款期限，尚未收到款项{{else}}尚未结清{{#if anyOverdue}}，其中部分已过付款期限{{/if}}{{/if}}：

{{> invoices}}

未付合计：{{totals.outstanding}}。

我们理解这可能只是一时疏忽。{{#if tone.firm}}请于近日内安排付款，并告知我方具体付款日期。{{else}}烦请在方便时尽早安排付款。{{/if}}

如贵司已付款，谢谢！请将付款日期及银行回单发给我们，以便核对入账。如对{{#if multipleInvoices}}上述任何一张{{else}}该{{/if}}发票有疑问，请告知我们，我们会立即核查。`,
  },
  statement: {
    subject: '对账单（截至{{asOf}}）– {{customer.name}}',
    heading: '对账函',
    payment: true,
    core: `{{#if tone.warm}}感谢贵司的长期合作。{{/if}}现随附{{customer.name}}截至{{asOf}}的对账单，我方账上全部未结发票明细如下：

{{> invoices}}

余额：{{totals.outstanding}}。

{{#if history.contacts}}
${CONTACTED}

{{/if}}
烦请与贵司账务核对，并{{#if tone.firm}}尽快{{/if}}回复确认余额。如双方数字不一致（例如在途款项、红字发票或折让、未收到或有异议的发票），请告知具体发票号及原因，我们将与贵司逐笔核对。余额确认后，请安排支付已到期的款项。`,
  },
  'payment-plan': {
    subject: '关于{{customer.name}}未付款项的付款安排',
    heading: '付款安排协商函',
    payment: true,
    core: `{{#if tone.warm}}希望贵司经营顺利。{{/if}}{{#if history.contacts}}我方曾于{{history.contactList}}就{{customer.name}}的${THE_INVOICES}与贵司联系，截至{{asOf}}仍未结清：{{else}}{{customer.name}}的${THE_INVOICES}截至{{asOf}}仍未结清：{{/if}}

{{> invoices}}

未付合计：{{totals.outstanding}}。

由于尚未收到款项，我们想了解付款遇到了什么情况：是对发票有疑问、内部审批尚未完成，还是暂时的资金周转困难？烦请告知原因。

{{#if plan}}
如一次性付清确有困难，我们愿意协商分期付款。例如，可按以下{{plan.count}}期支付：

{{> plan}}

如上述日期或金额不合适，请提出贵司可行的方案，我们会尽量配合。
{{else}}
如一次性付清确有困难，我们愿意协商分期付款，请提出贵司可行的付款日期和金额。
{{/if}}
{{#if tone.firm}}

请于一周内回复。
{{/if}}`,
  },
  deadline: {
    subject: '请于{{deadline}}前付款：发票{{invoices.invoice}} – {{customer.name}}',
    heading: '限期付款通知',
    payment: true,
    core: `{{#if history.contacts}}${DEMANDED}，但{{/if}}截至{{asOf}}，{{customer.name}}的${THE_INVOICES}仍未付款：

{{> invoices}}

未付合计：{{totals.outstanding}}。

${BROKEN_PROMISE}请贵司于{{deadline}}前将{{totals.outstanding}}支付至我方账户。

如届时无法全额付款，请在该日期之前与我们联系商议。{{#if tone.firm}}如届时既未收到款项也未收到贵司回复，我方将发出正式催告函{{#if penalty}}，并依约主张逾期付款违约金或利息{{/if}}。{{else}}如贵司近日已付款，谢谢，请忽略本通知。{{/if}}`,
  },
  'formal-notice': {
    subject: '逾期付款催告函：发票{{invoices.invoice}} – {{customer.name}}',
    heading: '逾期付款催告函',
    payment: true,
    core: `我方特此正式通知：{{customer.name}}{{#if contract}}在{{contract}}项下{{/if}}的${THE_INVOICES}已逾期，截至{{asOf}}仍未支付：

{{> invoices}}

{{#if history.contacts}}
${DEMANDED}，贵司至今未付。

{{/if}}
${BROKEN_PROMISE}{{#if penalty}}
根据适用于上述发票的约定或法律规定，逾期付款应承担违约金或利息。依据：{{penalty.basis}}

计算过程如下：

{{> penalty}}

现应付金额：本金{{totals.outstanding}}，另加逾期违约金/利息{{penalty.total}}，合计{{totals.total}}。
{{else}}
现应付金额：{{totals.outstanding}}。我方保留依合同约定及法律规定主张逾期付款利息及损失的权利。
{{/if}}

请于{{deadline}}前支付{{totals.total}}。如对上述金额的任何部分有异议，请在该日期前书面告知，写明发票号及理由{{#if tone.firm}}；无异议的部分仍应按期支付{{/if}}。`,
  },
  'final-notice': {
    subject: '最后催告函：发票{{invoices.invoice}} – {{customer.name}}',
    heading: '最后催告函',
    payment: true,
    core: `{{#if history.contacts}}${DEMANDED}，但{{/if}}截至{{asOf}}，{{customer.name}}{{#if contract}}在{{contract}}项下{{/if}}的${THE_INVOICES}仍未付款：

{{> invoices}}

${BROKEN_PROMISE}{{#if penalty}}
逾期违约金/利息的依据：{{penalty.basis}}

截至目前的计算如下：

{{> penalty}}

{{/if}}
现应付合计：{{totals.total}}。

如我方未能在{{deadline}}前收到{{totals.total}}，且双方未能在该日期前以书面形式约定付款计划，我方拟采取以下措施：

- 在合同允许的范围内，暂停向{{customer.name}}供货及提供服务；
- 委托专业催收机构依法催收；
- 通过诉讼（或合同约定的仲裁）追讨欠款{{#if penalty}}、逾期违约金/利息{{/if}}及相关费用。

我们更希望双方协商解决。如付款延迟另有我们不了解的原因，请在{{deadline}}前与我们联系。`,
  },
  legal: {
    subject: '【草稿·供律师审阅】律师函 – {{customer.name}}',
    heading: '律师函（草稿，供律师审阅，请勿直接发出）',
    payment: false,
    core: `本草稿根据截至{{asOf}}的应收账款记录整理，发出前须由律师核实事实、合同条款及适用法律。

律师函

致：{{customer.name}}

本所受{{#if company.name}}{{company.name}}{{else}}委托人（即开具下列发票的供应方）{{/if}}（以下简称“委托人”）委托，就贵司拖欠委托人款项一事，特致函如下：

一、委托人{{#if contract}}依据{{contract}}{{/if}}向贵司供应货物和/或提供服务，并开具下列发票。{{#if history.contacts}}委托人已于{{history.contactList}}向贵司催告付款，但{{/if}}截至{{asOf}}上述款项仍未支付：

{{> invoices}}

{{#if penalty}}
二、贵司应承担逾期付款的违约责任。依据：{{penalty.basis}}
计算如下：

{{> penalty}}

{{else}}
二、委托人保留依合同约定及法律规定主张逾期付款违约金、利息及损失的权利（《中华人民共和国民法典》第五百七十七条、第五百七十九条）。

{{/if}}
三、请贵司于{{deadline}}前向委托人支付{{totals.total}}。

四、如贵司逾期仍未支付，委托人将依法提起诉讼或申请仲裁，追讨欠款、逾期违约金/利息及维权费用，届时不再另行通知。委托人保留一切权利。

律师审阅要点（发出前删除）：
- 核对合同的争议解决条款（管辖法院或仲裁机构）及适用法律；
- 核对违约金计算、部分付款，以及对方可能提出的抵销或质量异议；
{{#if history.contacts}}
- 第一条所列催告（{{history.contactCount}}次）中断诉讼时效（《民法典》第一百九十五条）：请向委托人收集每次催告的送达凭证（邮件发送记录、快递签收单、通话记录）；
{{else}}
- 未附催告记录：请向委托人核实催告的日期、方式及送达凭证，以判断诉讼时效是否中断（《民法典》第一百八十八条、第一百九十五条）；
{{/if}}
- 约定的违约金过分高于造成的损失的，对方可请求适当减少（《民法典》第五百八十五条；合同编通则解释第六十五条），请评估主张的金额。`,
  },
  'follow-up': {
    subject: '付款跟进：发票{{invoices.invoice}} – {{customer.name}}',
    heading: '付款跟进函',
    payment: true,
    core: `{{#if promise}}
感谢贵司{{#if promise.madeOn}}于{{promise.madeOn}}{{/if}}告知将于{{promise.date}}前{{#if promise.amount}}支付{{promise.amount}}{{else}}付款{{/if}}。{{#if history.contacts}}我方曾于{{history.contactList}}与贵司联系。{{/if}}截至{{asOf}}，我方尚未收到{{customer.name}}${THE_INVOICES}的款项：
{{else}}
{{#if history.contacts}}我方曾于{{history.contactList}}与贵司联系。{{/if}}截至{{asOf}}，我方尚未收到{{customer.name}}${THE_INVOICES}的款项：
{{/if}}

{{> invoices}}

未付合计：{{totals.outstanding}}。

如款项已在途中，谢谢，请将付款日期及银行回单发给我们。如情况有变，请今天告知预计付款日期{{#if tone.firm}}；我们需要一个确定的日期，才能继续按现有条件合作{{/if}}。`,
  },
  'plan-confirmation': {
    subject: '分期付款安排确认 – {{customer.name}}',
    heading: '分期付款确认函',
    payment: true,
    core: `{{#if tone.warm}}感谢贵司与我们坦诚沟通。{{/if}}现就{{customer.name}}的${THE_INVOICES}（截至{{asOf}}未结清）确认双方约定的分期付款安排：

{{> invoices}}

{{#if plan.coversBalance}}
合计{{totals.outstanding}}，分{{plan.count}}期支付：
{{else}}
未付合计{{totals.outstanding}}，其中双方约定分{{plan.count}}期支付{{plan.total}}：
{{/if}}

{{> plan}}

请于每期日期当日或之前付款。如某期付款确有困难，请在该日期前告知，我们一起商量调整。{{#if plan.coversBalance}}最后一期款项到账后，上述账款即全部结清。{{/if}}`,
  },
  'thank-you': {
    subject: '感谢付款 – {{customer.name}}',
    heading: '收款致谢函',
    payment: false,
    core: `{{#if tone.warm}}贵司的款项已收到，衷心感谢对我们工作的支持！{{else}}贵司的款项已收到，并已计入{{customer.name}}账户，谢谢。{{/if}}

{{#if invoices}}
另外提示，截至{{asOf}}，${THE_INVOICES}尚未结清：

{{> invoices}}

余额：{{totals.outstanding}}。
{{else}}
截至{{asOf}}，贵司账款已全部结清。
{{/if}}

期待与贵司继续合作。`,
  },
};

const CALLER = '您好，我是{{#if company.name}}{{company.name}}{{#if sender.name}}的{{sender.name}}{{else}}财务部的同事{{/if}}{{else}}{{#if sender.name}}{{sender.name}}{{else}}财务部的同事{{/if}}{{/if}}。';
const FACTS = `截至{{asOf}}，{{customer.name}}的${THE_INVOICES}尚未结清：

{{> invoices}}

未付合计：{{totals.outstanding}}。`;
// 从“对账”阶段起，通话中可引用的此前联系记录。
const FACTS_WITH_HISTORY = `${FACTS}
{{#if history.contacts}}
此前联系：{{history.contactList}}。
{{/if}}`;
const PAID = '谢谢！能否告诉我付款日期、金额、付款账户和银行流水号？我今天就核对入账，如查不到会再给您回电。';
const WRITE_UP = '当天发一封简短邮件，书面确认双方约定的金额、日期和各自要做的事。';

const CALLS: Readonly<Record<StageId, CallScript>> = {
  courtesy: {
    title: '到期前的温馨提示电话',
    opening: `${CALLER}打电话是想就发票{{invoices.invoice}}做个到期前的提示，确认一下付款安排是否都已就绪。`,
    facts: FACTS,
    questions: ['发票是否已经收到？内容是否准确无误？', '这笔款项是否已排入贵司下一次付款计划？大概哪一天付款？', '审批付款是否还需要我们提供订单号或其他资料？'],
    replies: {
      forgot: '没关系。能否排进下一次付款？我记一下付款日期可以吗？',
      cashFlow: '谢谢您提前告知。分几次支付会不会方便些？我们现在就把日期定下来，我再书面确认。',
      dispute: '谢谢您告诉我。是哪一张发票、具体是什么问题？我今天就转给相关同事处理，两个工作日内给您回复。其余没有问题的款项能否按时支付？',
      paid: PAID,
    },
    nextStep: ['把对方给出的付款日期复述一遍确认。', WRITE_UP],
  },
  friendly: {
    title: '友好提醒电话',
    opening: `${CALLER}打电话是关于发票{{invoices.invoice}}，{{#if allOverdue}}目前已过付款期限{{else}}{{#if anyOverdue}}其中部分已过付款期限{{else}}即将到期{{/if}}{{/if}}。估计只是一时疏忽，想请您帮忙查一下。`,
    facts: FACTS,
    questions: ['发票是否已经收到？', '付款是否已审批？预计哪一天付款？', '发票上是否有需要更正的地方？'],
    replies: {
      forgot: '这种情况很常见。能否安排在本周付款？我记一下日期可以吗？',
      cashFlow: '谢谢您坦诚相告。能否先付一部分，其余约定日期再付？我们现在一起把日期定下来。',
      dispute: '很抱歉给您带来不便。是哪一张发票、哪些项目？我今天就安排核查。没有争议的部分能否先行支付？',
      paid: PAID,
    },
    nextStep: ['约定一个付款日期和金额。', WRITE_UP],
  },
  statement: {
    title: '对账确认电话',
    opening: `${CALLER}打电话是想确认贵司是否已收到我们截至{{asOf}}的对账单，以及数字是否与贵司账务一致。`,
    facts: FACTS_WITH_HISTORY,
    questions: ['{{totals.outstanding}}的余额与贵司账上是否一致？', '是否有未收到或有异议的发票？', '是否有在途款项或红字发票需要我们知道？', '已到期的款项预计何时支付？'],
    replies: {
      forgot: '没关系。余额确认后，已到期的款项能否排进下一次付款？我记一下日期。',
      cashFlow: '明白。我们先把余额核对清楚，之后可以商量分期支付。',
      dispute: '谢谢。是哪一张发票、差额是什么？我对照我方记录核查，如有错误会重新出具对账单。',
      paid: PAID,
    },
    nextStep: ['记录双方确认的余额，以及差异和原因。', WRITE_UP],
  },
  'payment-plan': {
    title: '了解原因并提出分期方案的电话',
    opening: `${CALLER}打电话是关于{{customer.name}}的未付款项，想了解一下付款遇到了什么情况，看看分期付款是否有帮助。`,
    facts: `${FACTS_WITH_HISTORY}
{{#if plan}}

我们可以提供的分期方案：

{{> plan}}
{{/if}}`,
    questions: ['款项还没有支付，是什么原因？', '现在能先付多少？之后每期能付多少？', '贵司内部由谁审批分期付款方案？'],
    replies: {
      forgot: '谢谢。那能否在下一次付款时全额支付？我记一下日期。',
      cashFlow: '{{#if plan}}我们可以按上面的分期方案来，这些日期和金额是否可行？如不可行，贵司希望怎样安排？{{else}}我们可以协商分期，贵司可行的金额和日期是怎样的？{{/if}}',
      dispute: '是哪一张发票、什么问题？我马上安排核查。没有争议的发票能否先付，或纳入分期方案？',
      paid: PAID,
    },
    nextStep: ['约定各期日期和金额，复述确认，当天书面发出分期付款确认函。'],
  },
  deadline: {
    title: '约定最后付款期限的电话',
    opening: `${CALLER}打电话是关于发票{{invoices.invoice}}。{{#if history.contacts}}我们已于{{history.contactList}}提醒过贵司，{{/if}}希望和您约定在{{deadline}}前付款。`,
    facts: FACTS_WITH_HISTORY,
    questions: ['能否确认{{totals.outstanding}}将于{{deadline}}前到账？', '如不能，届时能付多少，余款何时支付？'],
    replies: {
      forgot: '那能否今天或明天就安排支付，赶在{{deadline}}之前？',
      cashFlow: '可以考虑短期分期，但首期款需在{{deadline}}前支付。届时能付多少？',
      dispute: '这是我们第一次听说有异议。请今天书面发来具体情况；没有争议的金额仍请于{{deadline}}前支付。',
      paid: PAID,
    },
    nextStep: ['书面确认金额和付款期限{{deadline}}。', '如到{{deadline}}既未付款也未联系：进入正式催告阶段。'],
  },
  'formal-notice': {
    title: '发出催告函后的电话',
    opening: `${CALLER}打电话是关于发票{{invoices.invoice}}的逾期付款。{{#if history.contacts}}我们已于{{history.contactList}}催告付款，想确认相关函件和消息是否已送达负责的同事。{{else}}特此正式通知贵司上述款项已逾期，也想确认贵司由哪位同事负责处理。{{/if}}`,
    facts: `${FACTS_WITH_HISTORY}
{{#if penalty}}
截至目前的逾期违约金/利息：{{penalty.total}}。依据：{{penalty.basis}}
{{/if}}
{{deadline}}前应付合计：{{totals.total}}。`,
    questions: ['贵司由谁负责处理这份催告函？', '{{totals.total}}能否在{{deadline}}前支付？'],
    replies: {
      forgot: '请现在就安排付款，并把付款凭证发给我们。',
      cashFlow: '如果能在{{deadline}}前书面约定，分期仍然可以商量。首期能付多少？什么时候付？',
      dispute: '请今天就书面提出异议，写明发票号和理由；无争议的金额请于{{deadline}}前支付。',
      paid: PAID,
    },
    nextStep: ['记录通话内容和对方给出的日期。', WRITE_UP],
  },
  'final-notice': {
    title: '采取法律措施前的电话',
    opening: `${CALLER}打电话是关于发票{{invoices.invoice}}{{#if history.contacts}}，我们已于{{history.contactList}}催告付款{{/if}}。在采取进一步措施之前，希望给贵司一个协商解决的机会。`,
    facts: `${FACTS_WITH_HISTORY}
{{#if penalty}}
截至目前的逾期违约金/利息：{{penalty.total}}。
{{/if}}
{{deadline}}前应付合计：{{totals.total}}。`,
    questions: ['{{totals.total}}能否在{{deadline}}前支付？', '如不能，贵司能否在该日期前提出书面还款方案？'],
    replies: {
      forgot: '请今天就安排付款并发来付款凭证，收到后我们即暂停后续措施。',
      cashFlow: '如果能在{{deadline}}前书面约定分期方案并先支付首期款，仍然可以商量。',
      dispute: '请今天书面提交异议的具体内容，我们会认真考虑；无争议的金额仍应于{{deadline}}前支付。',
      paid: PAID,
    },
    nextStep: ['{{deadline}}前收到付款或书面方案：停止升级。否则按最后催告函所列措施办理（在合同允许范围内暂停供货、委托催收、提起诉讼）。', '只陈述事实，在合理时间致电，不向客户以外的任何人透露欠款情况。'],
  },
  legal: {
    title: '律师函阶段的电话（须经律师同意）',
    opening: `${CALLER}打电话是关于发票{{invoices.invoice}}{{#if history.contacts}}，我们已于{{history.contactList}}催告付款{{/if}}。此事现由我方律师处理，具体主张以律师函为准，我无法在电话中讨论，但可以提供我们的收款信息。`,
    facts: `${FACTS_WITH_HISTORY}
主张金额：{{totals.total}}，付款期限：{{deadline}}。`,
    questions: ['函件是否已送达负责人？', '律师应与贵司哪位同事联系？'],
    replies: {
      forgot: '在{{deadline}}前支付{{totals.total}}即可了结此事，请把付款凭证同时发给我们和我方律师。',
      cashFlow: '请在{{deadline}}前将书面方案发给我方律师。',
      dispute: '请书面向我方律师提出异议，我无法在电话中讨论。',
      paid: PAID,
    },
    nextStep: ['当天向律师报告通话情况。'],
  },
  'follow-up': {
    title: '付款承诺跟进电话',
    opening: `${CALLER}{{#if promise}}{{#if promise.madeOn}}{{promise.madeOn}}沟通时，{{/if}}贵司预计在{{promise.date}}前{{#if promise.amount}}支付{{promise.amount}}{{else}}付款{{/if}}，但我们目前还没有收到，所以来电跟进一下。{{else}}来电是想了解发票{{invoices.invoice}}的付款进展。{{/if}}`,
    facts: FACTS_WITH_HISTORY,
    questions: ['款项是否已支付？哪一天、流水号是多少？', '如未支付，新的付款日期是哪天？情况有什么变化？'],
    replies: {
      forgot: '能否今天安排？我记一下日期。',
      cashFlow: '先付一部分，其余约定日期再付，是否可行？我们把日期定下来。',
      dispute: '是哪一张发票、什么问题？我安排核查；其余款项请按约定支付。',
      paid: PAID,
    },
    nextStep: ['约定一个新的日期，复述确认，并书面确认。'],
  },
  'plan-confirmation': {
    title: '分期付款确认电话',
    opening: `${CALLER}打电话是想和您确认一下双方约定的{{customer.name}}分期付款安排。`,
    facts: `${FACTS}

约定的分期：

{{> plan}}`,
    questions: ['每期的日期和金额是否都确认无误？', '由谁负责付款？付款时能否注明发票号？'],
    replies: {
      forgot: '没问题，需要我们在每期付款日前几天发个提醒吗？',
      cashFlow: '如某期付款有困难，请在该日期前告知，我们一起调整。',
      dispute: '是哪一张发票、什么问题？我们在首期付款前先解决，确保方案准确。',
      paid: PAID,
    },
    nextStep: ['当天发出书面分期付款确认函。'],
  },
  'thank-you': {
    title: '收款致谢电话',
    opening: `${CALLER}打电话是想感谢贵司的付款。`,
    facts: `{{#if invoices}}
${FACTS}
{{else}}
截至{{asOf}}，{{customer.name}}的账款已全部结清。
{{/if}}`,
    questions: ['在开票或收款信息方面，有没有我们可以改进、让贵司付款更方便的地方？'],
    replies: {
      forgot: '{{#if invoices}}剩余的发票能否排进下一次付款？{{else}}目前没有未结款项，再次感谢！{{/if}}',
      cashFlow: '以后如有付款困难，请尽早告诉我们，我们一起想办法。',
      dispute: '谢谢告知。是哪一张发票？我安排核查。',
      paid: PAID,
    },
    nextStep: ['记录对方对开票流程的反馈。'],
  },
};

function callBody(c: CallScript): string {
  const bullet = (lines: readonly string[]): string => lines.map((l) => `- ${l}`).join('\n');
  return `电话话术：${c.title} – {{customer.name}}
致电对象：{{#if customer.contact}}{{customer.contact}}，{{/if}}{{customer.name}}财务/应付账款负责人{{#if customer.phone}}，电话{{customer.phone}}{{/if}}

一、开场白
“${c.opening}”

二、需说明的事实
${c.facts}

三、需询问的问题
${bullet(c.questions)}

四、对方常见回应及应答
- “忘记了／疏忽了”：${c.replies.forgot}
- “资金周转困难”：${c.replies.cashFlow}
- “对货物（服务）有争议”：${c.replies.dispute}
- “已经付过了”：${c.replies.paid}

五、约定的下一步
${bullet(c.nextStep)}
`;
}

// 律师函由律师署名，而非催收人员。
const COUNSEL_SIGN_OFF = `${'{{#if company.name}}{{company.name}}{{else}}委托人{{/if}}'}的代理律师（签章）
{{asOf}}

（草稿完）`;

function stageTemplates(stage: StageId): StageTemplates {
  const t = TEXTS[stage];
  const payment = t.payment ? `\n\n${PAYMENT}` : '';
  const legal = stage === 'legal';
  return {
    email: {
      subject: t.subject,
      body: `${legal ? `${t.heading}\n\n` : `${GREETING}\n\n您好！\n\n`}${t.core}${payment}

${legal ? COUNSEL_SIGN_OFF : EMAIL_SIGN_OFF}
`,
    },
    letter: {
      subject: t.subject,
      body: `${t.heading}

${legal ? '' : `${GREETING}\n\n`}${t.core}${payment}

${legal ? COUNSEL_SIGN_OFF : LETTER_SIGN_OFF}
`,
    },
    phone: { body: callBody(CALLS[stage]) },
  };
}

/** The Chinese (zh-CN) library, per stage. */
export const ZH_CN_LIBRARY: Readonly<Record<StageId, StageTemplates>> = Object.fromEntries(
  (Object.keys(TEXTS) as StageId[]).map((stage) => [stage, stageTemplates(stage)]),
) as Record<StageId, StageTemplates>;
