import type { StageId } from '../../stage-id.ts';
import type { CallScript, StageTemplates, StageText } from './stage-templates.ts';

// Original text written for Dunning Desk. Early stages assume an oversight and never threaten;
// every message lists the customer, invoice numbers, amounts, due dates and days overdue.

const INVOICES_WORD = '{{#if multipleInvoices}}invoices{{else}}invoice{{/if}}';
const THE_INVOICES = `the following {{#if multipleInvoices}}{{invoiceCount}} invoices{{else}}invoice{{/if}}`;
const THE_INVOICES_CAP = `The following {{#if multipleInvoices}}{{invoiceCount}} invoices{{else}}invoice{{/if}}`;
const REMAIN = '{{#if multipleInvoices}}remain{{else}}remains{{/if}}';

// Earlier contacts are mentioned only when the history records them, each by date and channel:
// a demand for payment is evidence (民法典 第195条 in China; in England it shows the debtor was asked).
const WE_WROTE = '{{#if history.allWritten}}wrote to you{{else}}contacted you{{/if}}';
// A promise to pay whose date has passed.
const BROKEN_PROMISE = `{{#if promise.passed}}
You told us that payment{{#if promise.amount}} of {{promise.amount}}{{/if}} would be made by {{promise.date}}; as of {{asOf}} the invoices above remain unpaid.

{{/if}}`;

const PAYMENT = `{{#if bank}}
Payment details:
{{#if bank.accountName}}
- Account name: {{bank.accountName}}
{{/if}}
{{#if bank.name}}
- Bank: {{bank.name}}
{{/if}}
{{#if bank.account}}
- Account number: {{bank.account}}
{{/if}}
{{#if bank.sortCode}}
- Sort code: {{bank.sortCode}}
{{/if}}
{{#if bank.iban}}
- IBAN: {{bank.iban}}
{{/if}}
{{#if bank.bic}}
- BIC/SWIFT: {{bank.bic}}
{{/if}}

{{/if}}
{{#if paymentLink}}
You can also pay online: {{paymentLink}}

{{/if}}
Please {{#unless bank}}{{#unless paymentLink}}pay to the bank account shown on the invoice and {{/unless}}{{/unless}}quote {{invoices.invoice}} as the payment reference.`;

const SIGNATURE = `{{#if sender.name}}
{{sender.name}}
{{/if}}
{{#if sender.title}}
{{sender.title}}
{{/if}}
{{#if company.name}}
{{company.name}}
{{/if}}
{{#unless sender.name}}
{{#unless company.name}}
Accounts Receivable
{{/unless}}
{{/unless}}
{{#if sender.phone}}
Tel: {{sender.phone}}
{{else}}
{{#if company.phone}}
Tel: {{company.phone}}
{{/if}}
{{/if}}
{{#if sender.email}}
Email: {{sender.email}}
{{/if}}`;

const EMAIL_SIGN_OFF = `{{#if tone.warm}}
With thanks and best wishes,
{{else}}
Kind regards,
{{/if}}
${SIGNATURE}`;

// UK convention: "Yours sincerely" to a named person, "Yours faithfully" after "Dear Sir or Madam".
const LETTER_SIGN_OFF = `{{#if customer.contact}}
Yours sincerely,
{{else}}
Yours faithfully,
{{/if}}
${SIGNATURE}`;

const LETTERHEAD = `{{#if company.name}}
{{company.name}}
{{/if}}
{{#if company.address}}
{{company.address}}
{{/if}}
{{#if company.phone}}
Tel: {{company.phone}}
{{/if}}
{{#if company.email}}
{{company.email}}
{{/if}}
{{#if company.registration}}
Company no. {{company.registration}}
{{/if}}

{{asOf}}

{{customer.name}}
{{#if customer.contact}}
For the attention of: {{customer.contact}}
{{/if}}`;

const TEXTS: Readonly<Record<StageId, StageText>> = {
  courtesy: {
    subject: `Upcoming payment: ${INVOICES_WORD} {{invoices.invoice}} – {{customer.name}}`,
    heading: 'Upcoming payment',
    payment: true,
    core: `{{#if tone.warm}}I hope all is well with you. {{/if}}As a courtesy, here is a short note of what falls due for {{customer.name}}{{#if contract}} under {{contract}}{{/if}}, so that it can go into your next payment run. As of {{asOf}}, our records show ${THE_INVOICES}:

{{> invoices}}

Total: {{totals.outstanding}}.

If payment is already scheduled, thank you, and please ignore this note. If you need a copy of an invoice, or anything on it needs correcting, just reply and we will sort it out straight away.`,
  },
  friendly: {
    subject: `Friendly reminder: ${INVOICES_WORD} {{invoices.invoice}} – {{customer.name}}`,
    heading: 'Payment reminder',
    payment: true,
    core: `{{#if tone.warm}}I hope you are well. {{/if}}Our records show that ${THE_INVOICES} for {{customer.name}} {{#if allOverdue}}{{#if multipleInvoices}}have passed their due dates and remain{{else}}has passed its due date and remains{{/if}} unpaid as of {{asOf}}{{else}}{{#if multipleInvoices}}are open as of {{asOf}}{{#if anyOverdue}}, some of them past their due dates{{/if}}{{else}}is open as of {{asOf}}{{/if}}{{/if}}:

{{> invoices}}

Total outstanding: {{totals.outstanding}}.

We appreciate that this may simply have been overlooked. {{#if tone.firm}}Please arrange payment within the next few days and let us know the date on which it will be made.{{else}}We would be grateful if you could arrange payment at your earliest convenience.{{/if}}

If you have already paid, thank you — please send us the payment date and reference so that we can match it. If there is a query about {{#if multipleInvoices}}any of these invoices{{else}}this invoice{{/if}}, let us know and we will look into it straight away.`,
  },
  statement: {
    subject: 'Statement of account as at {{asOf}} – {{customer.name}}',
    heading: 'Statement of account as at {{asOf}}',
    payment: true,
    core: `{{#if tone.warm}}Thank you for your continued business. {{/if}}Please find below, and attached, the statement of account for {{customer.name}} as at {{asOf}}. It lists every invoice open on our ledger:

{{> invoices}}

Balance: {{totals.outstanding}}.

{{#if history.contacts}}
We contacted you about these invoices {{history.contactList}}.

{{/if}}
Could you please check it against your records and confirm the balance{{#if tone.firm}} by return{{/if}}? If your figures differ — a payment in transit, a credit note, or an invoice you have not received or have queried — please tell us which invoice and why, and we will reconcile it with you. Once the balance is agreed, we would be grateful for payment of the overdue items.`,
  },
  'payment-plan': {
    subject: '{{customer.name}}: can we agree a payment plan?',
    heading: 'Proposal for a payment plan',
    payment: true,
    core: `{{#if tone.warm}}I hope things are going well. {{/if}}{{#if history.contacts}}We contacted you {{history.contactList}} about ${THE_INVOICES} for {{customer.name}}, still open as of {{asOf}}:{{else}}${THE_INVOICES_CAP} for {{customer.name}} {{#if multipleInvoices}}are{{else}}is{{/if}} still open as of {{asOf}}:{{/if}}

{{> invoices}}

Total outstanding: {{totals.outstanding}}.

As we have not yet received payment, we would like to understand what is holding it up. Could you tell us the reason — for example a query on an invoice, an approval still pending, or a temporary cash-flow difficulty?

{{#if plan}}
If paying in one amount is difficult at the moment, we are happy to agree a payment plan. For example, we could accept the balance in {{plan.count}} instalments:

{{> plan}}

If these dates or amounts do not suit you, please propose a schedule that does and we will do our best to agree it.
{{else}}
If paying in one amount is difficult at the moment, we are happy to agree a payment plan: please propose the dates and amounts that would work for you.
{{/if}}
{{#if tone.firm}}

We would appreciate your reply within the next week.
{{/if}}`,
  },
  deadline: {
    subject: 'Payment required by {{deadline}}: {{invoices.invoice}} – {{customer.name}}',
    heading: 'Request for payment by {{deadline}}',
    payment: true,
    core: `{{#if history.contacts}}We ${WE_WROTE} {{history.contactList}} asking for payment. Despite this, ${THE_INVOICES}{{else}}${THE_INVOICES_CAP}{{/if}} for {{customer.name}} ${REMAIN} unpaid as of {{asOf}}:

{{> invoices}}

Total outstanding: {{totals.outstanding}}.

${BROKEN_PROMISE}We ask that payment of {{totals.outstanding}} reaches us by {{deadline}} at the latest.

If you cannot pay the full amount by then, please contact us before that date so that we can discuss it. {{#if tone.firm}}If we have neither received payment nor heard from you by then, we will send a formal notice{{#if penalty}} claiming late-payment interest as the terms allow{{/if}}.{{else}}If you have paid in the last few days, thank you, and please disregard this message.{{/if}}`,
  },
  'formal-notice': {
    subject: 'Formal notice of overdue payment: {{invoices.invoice}} – {{customer.name}}',
    heading: 'FORMAL NOTICE OF OVERDUE PAYMENT',
    payment: true,
    core: `We give you formal notice that ${THE_INVOICES} issued to {{customer.name}}{{#if contract}} under {{contract}}{{/if}} {{#if multipleInvoices}}are{{else}}is{{/if}} overdue and unpaid as of {{asOf}}:

{{> invoices}}

{{#if history.contacts}}
We ${WE_WROTE} {{history.contactList}} asking for payment; the amounts remain unpaid.

{{/if}}
${BROKEN_PROMISE}{{#if penalty}}
Late payment carries a charge under the terms that apply to {{#if multipleInvoices}}these invoices{{else}}this invoice{{/if}}. Basis: {{penalty.basis}}

The charge is calculated as follows:

{{> penalty}}

Amount now due: principal {{totals.outstanding}} plus {{penalty.total}} for late payment, in total {{totals.total}}.
{{else}}
Amount now due: {{totals.outstanding}}. We reserve the right to claim late-payment interest and compensation as the contract and the law provide.
{{/if}}

Please pay {{totals.total}} by {{deadline}}. If you dispute any part of this amount, please tell us in writing by that date, naming the invoice and the reason{{#if tone.firm}}; amounts not disputed should be paid in any case{{/if}}.`,
  },
  'final-notice': {
    subject: 'Final notice before legal action: {{invoices.invoice}} – {{customer.name}}',
    heading: 'FINAL NOTICE BEFORE LEGAL ACTION',
    payment: true,
    core: `{{#if history.contacts}}We ${WE_WROTE} {{history.contactList}} asking for payment{{#if contract}} under {{contract}}{{/if}}. Despite this, ${THE_INVOICES}{{else}}{{#if contract}}We refer to {{contract}}. {{/if}}${THE_INVOICES_CAP}{{/if}} for {{customer.name}} ${REMAIN} unpaid as of {{asOf}}:

{{> invoices}}

${BROKEN_PROMISE}{{#if penalty}}
Basis of the late-payment charge: {{penalty.basis}}

Accrued to date:

{{> penalty}}

{{/if}}
Total now due: {{totals.total}}.

Unless payment of {{totals.total}} is received by {{deadline}}, or a payment plan has been agreed with us in writing by that date, we intend to take the following steps:

- where our contract with you allows it, suspend further deliveries and services to {{customer.name}};
- pass the debt to a collection agency;
- start legal proceedings to recover the debt{{#if penalty}}, the late-payment charge{{/if}} and our costs.

We would much rather settle this without these steps. If there is a reason for the delay that we do not know about, please call us before {{deadline}}.`,
  },
  legal: {
    subject: 'DRAFT for counsel: letter before action – {{customer.name}}',
    heading: 'DRAFT FOR REVIEW BY COUNSEL — NOT TO BE SENT IN THIS FORM',
    payment: false,
    core: `Prepared from our accounts receivable records as of {{asOf}}. Counsel to verify the facts, the contract terms and the applicable law before issue.

Letter before action

Dear {{#if customer.contact}}{{customer.contact}}{{else}}Sir or Madam{{/if}},

We act for {{#if company.name}}{{company.name}}{{else}}our client, the supplier that issued the invoices listed below{{/if}} ("our client") in respect of sums owed to it by {{customer.name}} ("you").

1. Our client supplied goods and/or services to you{{#if contract}} under {{contract}}{{/if}} and issued the following invoices, which remain unpaid as of {{asOf}}{{#if history.contacts}}, although our client asked you for payment {{history.contactList}}{{/if}}:

{{> invoices}}

{{#if penalty}}
2. Our client is entitled to a charge for late payment. Basis: {{penalty.basis}} It is calculated as follows:

{{> penalty}}

{{else}}
2. Our client reserves its right to claim interest and compensation for late payment under the contract and the applicable law.

{{/if}}
3. Our client requires payment of {{totals.total}} by {{deadline}}.

4. If payment is not received by that date, our client intends to issue proceedings against you to recover the debt, interest and costs without further notice. Our client's rights are fully reserved.

Notes for counsel (remove before issue):
- Check the governing law and jurisdiction clause, and any step the contract requires before proceedings (negotiation, mediation, arbitration).
- In England and Wales, where the debtor is an individual or sole trader, the Pre-Action Protocol for Debt Claims applies: enclose the information sheet and reply form and allow 30 days.
- Verify the interest calculation, part payments and any set-off or dispute raised by the debtor.
{{#if history.contacts}}
- Our client's requests for payment ({{history.contactCount}}) are cited in paragraph 1: obtain proof of delivery of each (sent e-mail, recorded-delivery receipt, call log). Under PRC law each demand interrupts the limitation period (Civil Code art. 195); in England and Wales it does not, only an acknowledgment or part payment does (Limitation Act 1980 s.29).
{{else}}
- No record of earlier requests for payment was supplied: ask our client what was sent, when, and with what proof of delivery, before relying on any.
{{/if}}`,
  },
  'follow-up': {
    subject: 'Following up on payment: {{invoices.invoice}} – {{customer.name}}',
    heading: 'Follow-up on your payment',
    payment: true,
    core: `{{#if promise}}
Thank you for letting us know{{#if promise.madeOn}} on {{promise.madeOn}}{{/if}} that payment{{#if promise.amount}} of {{promise.amount}}{{/if}} would be made by {{promise.date}}. {{#if history.contacts}}We contacted you about these invoices {{history.contactList}}. {{/if}}As of {{asOf}}, we have not yet received payment of ${THE_INVOICES} for {{customer.name}}:
{{else}}
{{#if history.contacts}}We contacted you {{history.contactList}} about ${THE_INVOICES} for {{customer.name}}. As of {{asOf}}, we have not yet received payment:{{else}}As of {{asOf}}, we have not yet received payment of ${THE_INVOICES} for {{customer.name}}:{{/if}}
{{/if}}

{{> invoices}}

Total outstanding: {{totals.outstanding}}.

If the payment is already on its way, thank you — please send us the payment date and reference. If something has changed, please let us know today the date on which we can expect it{{#if tone.firm}}: we need a firm date to keep the account on its current terms{{/if}}.`,
  },
  'plan-confirmation': {
    subject: 'Confirmation of the agreed payment plan – {{customer.name}}',
    heading: 'Confirmation of payment plan',
    payment: true,
    core: `{{#if tone.warm}}Thank you for talking this through with us. {{/if}}We are writing to confirm the payment plan agreed for ${THE_INVOICES} of {{customer.name}}, open as of {{asOf}}:

{{> invoices}}

{{#if plan.coversBalance}}
The total of {{totals.outstanding}} will be paid in {{plan.count}} instalments:
{{else}}
Of the {{totals.outstanding}} outstanding, {{plan.total}} will be paid in {{plan.count}} instalments:
{{/if}}

{{> plan}}

Please make each payment on or before its date. If a date becomes difficult, tell us before it passes and we will look at it together.{{#if plan.coversBalance}} Once the last instalment is received, the account will be settled.{{/if}}`,
  },
  'thank-you': {
    subject: 'Thank you for your payment – {{customer.name}}',
    heading: 'Thank you for your payment',
    payment: false,
    core: `{{#if tone.warm}}Thank you very much for your payment to our account for {{customer.name}} — it is much appreciated.{{else}}Thank you for your payment, which we have received and applied to the account of {{customer.name}}.{{/if}}

{{#if invoices}}
For completeness, ${THE_INVOICES} {{#if multipleInvoices}}remain{{else}}remains{{/if}} open as of {{asOf}}:

{{> invoices}}

Balance: {{totals.outstanding}}.
{{else}}
As of {{asOf}}, the account is fully settled.
{{/if}}

We look forward to continuing to work with you.`,
  },
};

const CALLER = `Hello, this is {{#if sender.name}}{{sender.name}}{{else}}the accounts team{{/if}}{{#if company.name}} at {{company.name}}{{/if}}.`;
const FACTS = `As of {{asOf}}, ${THE_INVOICES} for {{customer.name}} {{#if multipleInvoices}}are{{else}}is{{/if}} open:

{{> invoices}}

Total outstanding: {{totals.outstanding}}.`;
// From the statement on, a call can cite the earlier contacts the history records.
const FACTS_WITH_HISTORY = `${FACTS}
{{#if history.contacts}}
Earlier contacts: {{history.contactList}}.
{{/if}}`;
const PAID = 'Thank you. Could you give me the date, the amount and the reference of the payment, and the account it went to? I will match it today and call you back if I cannot find it.';
const WRITE_UP = 'Send a short email the same day confirming what was agreed: amounts, dates and who does what.';

const CALLS: Readonly<Record<StageId, CallScript>> = {
  courtesy: {
    title: 'Courtesy call before the due date',
    opening: `${CALLER} I'm calling about ${INVOICES_WORD} {{invoices.invoice}} — just a courtesy call to check that everything is in order before the due date.`,
    facts: FACTS,
    questions: [`Have you received the ${INVOICES_WORD}, and is everything on {{#if multipleInvoices}}them{{else}}it{{/if}} correct?`, 'Is the payment in your next payment run? On what date?', 'Do you need a purchase order number or anything else from us to approve it?'],
    replies: {
      forgot: 'No problem at all. Could you add it to the next payment run? May I note the date?',
      cashFlow: 'Thank you for telling us early. Would it help to split the amount? We can agree the dates now and I will confirm them in writing.',
      dispute: 'Thank you for telling me. Which invoice is it, and what exactly is the problem? I will pass it to the right person today and come back to you within two working days. Can the rest be paid on time?',
      paid: PAID,
    },
    nextStep: ['Repeat back the payment date you were given.', WRITE_UP],
  },
  friendly: {
    title: 'Friendly reminder call',
    opening: `${CALLER} I'm calling about ${INVOICES_WORD} {{invoices.invoice}}, {{#if allOverdue}}which {{#if multipleInvoices}}are{{else}}is{{/if}} now past due{{else}}{{#if anyOverdue}}some of which are now past due{{else}}which {{#if multipleInvoices}}fall{{else}}falls{{/if}} due soon{{/if}}{{/if}}. I expect it has simply slipped through — could you help me check?`,
    facts: FACTS,
    questions: [`Have you received the ${INVOICES_WORD}?`, 'Has the payment been approved, and on what date will it be made?', 'Is there anything on the invoice that needs correcting?'],
    replies: {
      forgot: 'That happens. Could it go into this week\'s payment run? Which date can I note?',
      cashFlow: 'Thanks for being open about it. Could you pay part now and the rest on an agreed date? Let\'s fix the dates together now.',
      dispute: 'I\'m sorry to hear that. Which invoice and which items? I will have it looked at today. Could the undisputed part be paid in the meantime?',
      paid: PAID,
    },
    nextStep: ['Agree one payment date and the amount.', WRITE_UP],
  },
  statement: {
    title: 'Call to agree the statement of account',
    opening: `${CALLER} I'm calling to check that you received our statement of account as at {{asOf}}, and whether it agrees with your records.`,
    facts: FACTS_WITH_HISTORY,
    questions: ['Does the balance of {{totals.outstanding}} agree with your ledger?', 'Are there invoices you have not received, or have queried?', 'Are there payments in transit or credit notes we should know about?', 'When will the overdue items be paid?'],
    replies: {
      forgot: 'No problem. Once the balance is agreed, could the overdue items go into the next payment run? Which date can I note?',
      cashFlow: 'Understood. Let\'s agree the balance first; then we can talk about paying it in instalments.',
      dispute: 'Thank you. Which invoice, and what is the difference? I will check it against our records and send you a corrected statement if we find an error.',
      paid: PAID,
    },
    nextStep: ['Note the agreed balance and any differences with their reasons.', WRITE_UP],
  },
  'payment-plan': {
    title: 'Call to find the reason and offer a payment plan',
    opening: `${CALLER} I'm calling about the open balance of {{customer.name}}. I'd like to understand what is holding up payment, and see whether a plan would help.`,
    facts: `${FACTS_WITH_HISTORY}
{{#if plan}}

A plan we can offer:

{{> plan}}
{{/if}}`,
    questions: ['What is the reason the invoices have not been paid yet?', 'How much could you pay now, and how much on each later date?', 'Who on your side needs to approve a payment plan?'],
    replies: {
      forgot: 'Thanks. Then could the full amount go into the next payment run? Which date can I note?',
      cashFlow: '{{#if plan}}We can offer the instalments above. Do these dates and amounts work, or what would?{{else}}We can agree instalments. What amounts and dates would work for you?{{/if}}',
      dispute: 'Which invoice and what is the problem? I will have it looked at now; could the undisputed invoices be paid, or put into the plan?',
      paid: PAID,
    },
    nextStep: ['Agree the instalment dates and amounts, read them back, and confirm them in writing the same day (plan confirmation).'],
  },
  deadline: {
    title: 'Call to agree payment by the deadline',
    opening: `${CALLER} I'm calling about ${INVOICES_WORD} {{invoices.invoice}}.{{#if history.contacts}} We contacted you about {{#if multipleInvoices}}them{{else}}it{{/if}} {{history.contactList}}.{{/if}} I'd like to agree payment by {{deadline}}.`,
    facts: FACTS_WITH_HISTORY,
    questions: ['Can you confirm that {{totals.outstanding}} will reach us by {{deadline}}?', 'If not, how much can you pay by then, and when will the rest follow?'],
    replies: {
      forgot: 'Then could it be paid today or tomorrow, well before {{deadline}}?',
      cashFlow: 'We can look at a short plan, but it needs a first payment by {{deadline}}. What can you pay by then?',
      dispute: 'This is the first we have heard of it. Please send the details in writing today; the undisputed amount should still be paid by {{deadline}}.',
      paid: PAID,
    },
    nextStep: ['Confirm in writing: the amount and the date, {{deadline}}.', 'If neither payment nor contact by {{deadline}}: move to the formal notice.'],
  },
  'formal-notice': {
    title: 'Call after the formal notice',
    opening: `${CALLER} I'm calling about the overdue payment of ${INVOICES_WORD} {{invoices.invoice}}.{{#if history.contacts}} We ${WE_WROTE} {{history.contactList}}, and I want to make sure our messages reached the right person.{{else}} This call is our formal notice that payment is overdue, and I'd like to know who is dealing with it on your side.{{/if}}`,
    facts: `${FACTS_WITH_HISTORY}
{{#if penalty}}
Late-payment charge to date: {{penalty.total}}. Basis: {{penalty.basis}}
{{/if}}
Total due by {{deadline}}: {{totals.total}}.`,
    questions: ['Who is dealing with the notice on your side?', 'Will {{totals.total}} be paid by {{deadline}}?'],
    replies: {
      forgot: 'Please arrange payment now and send us the remittance advice.',
      cashFlow: 'A plan is still possible if we agree it in writing before {{deadline}}. What is the first amount you can pay, and when?',
      dispute: 'Please put the dispute in writing today, naming the invoice and the reason; amounts not in dispute are due by {{deadline}}.',
      paid: PAID,
    },
    nextStep: ['Record what was said and the date given.', WRITE_UP],
  },
  'final-notice': {
    title: 'Call before legal action',
    opening: `${CALLER} I'm calling about ${INVOICES_WORD} {{invoices.invoice}}{{#if history.contacts}}, about which we contacted you {{history.contactList}}{{/if}}. Before we take further steps, I want to give you the chance to settle this.`,
    facts: `${FACTS_WITH_HISTORY}
{{#if penalty}}
Late-payment charge to date: {{penalty.total}}.
{{/if}}
Total due by {{deadline}}: {{totals.total}}.`,
    questions: ['Will {{totals.total}} be paid by {{deadline}}?', 'If not, what written proposal can you make before that date?'],
    replies: {
      forgot: 'Please arrange payment today and send us the remittance advice; we hold further steps once it is received.',
      cashFlow: 'A plan is still possible if it is agreed in writing by {{deadline}}, with a first payment now.',
      dispute: 'Please send the details of the dispute in writing today. We will consider them; the undisputed amount is still due by {{deadline}}.',
      paid: PAID,
    },
    nextStep: ['Payment or a written plan by {{deadline}}: stop the escalation. Otherwise take the steps listed in the notice (suspension of supply where the contract allows, collection, legal action).', 'Keep to the facts, call at reasonable hours, and do not discuss the debt with anyone but the customer.'],
  },
  legal: {
    title: 'Call at the lawyer\'s-letter stage (only with counsel\'s agreement)',
    opening: `${CALLER} I'm calling about ${INVOICES_WORD} {{invoices.invoice}}{{#if history.contacts}}, about which we contacted you {{history.contactList}}{{/if}}. The matter is now with our lawyers, so I cannot discuss the claim itself, but I can give you our payment details.`,
    facts: `${FACTS_WITH_HISTORY}
Amount claimed: {{totals.total}}, due by {{deadline}}.`,
    questions: ['Has the letter reached the person responsible?', 'Who should counsel contact on your side?'],
    replies: {
      forgot: 'Payment of {{totals.total}} by {{deadline}} settles the matter; please send the remittance advice to us and to our lawyers.',
      cashFlow: 'Please put any proposal in writing to our lawyers before {{deadline}}.',
      dispute: 'Please set out the dispute in writing to our lawyers; I cannot discuss it on the phone.',
      paid: PAID,
    },
    nextStep: ['Report the call to counsel the same day.'],
  },
  'follow-up': {
    title: 'Follow-up call on a promise to pay',
    opening: `${CALLER} {{#if promise}}You told us{{#if promise.madeOn}} on {{promise.madeOn}}{{/if}} that payment{{#if promise.amount}} of {{promise.amount}}{{/if}} would be made by {{promise.date}}, and I'm calling because we have not received it yet.{{else}}I'm calling about the payment of ${INVOICES_WORD} {{invoices.invoice}}.{{/if}}`,
    facts: FACTS_WITH_HISTORY,
    questions: ['Has the payment been made? On what date and with which reference?', 'If not, what is the new date, and what has changed?'],
    replies: {
      forgot: 'Could it be paid today? Which date can I note?',
      cashFlow: 'Would a part payment now and the rest on a fixed date work? Let\'s agree the dates.',
      dispute: 'Which invoice and what is the problem? I\'ll have it looked at; the rest should be paid as agreed.',
      paid: PAID,
    },
    nextStep: ['Agree one new date, read it back, and confirm it in writing.'],
  },
  'plan-confirmation': {
    title: 'Call to confirm the payment plan',
    opening: `${CALLER} I'm calling to confirm the payment plan we agreed for {{customer.name}}.`,
    facts: `${FACTS}

Agreed instalments:

{{> plan}}`,
    questions: ['Can you confirm each date and amount?', 'Who will make the payments, and will they quote the invoice numbers?'],
    replies: {
      forgot: 'No problem — shall I send a reminder a few days before each date?',
      cashFlow: 'If a date becomes difficult, please tell us before it passes and we will adjust the plan together.',
      dispute: 'Which invoice and what is the problem? Let\'s settle that before the first instalment so the plan is right.',
      paid: PAID,
    },
    nextStep: ['Send the written plan confirmation the same day.'],
  },
  'thank-you': {
    title: 'Thank-you call after payment',
    opening: `${CALLER} I'm calling to thank you for your payment.`,
    facts: `{{#if invoices}}
${FACTS}
{{else}}
As of {{asOf}}, the account of {{customer.name}} is fully settled.
{{/if}}`,
    questions: ['Is there anything we could make easier in our invoicing or payment details?'],
    replies: {
      forgot: '{{#if invoices}}Could the remaining invoices go into your next payment run?{{else}}There is nothing open — thank you again.{{/if}}',
      cashFlow: 'If a later invoice becomes difficult, please tell us early and we will find a way.',
      dispute: 'Thank you for mentioning it. Which invoice? I will have it looked at.',
      paid: PAID,
    },
    nextStep: ['Note any feedback on invoicing.'],
  },
};

function callBody(c: CallScript): string {
  const bullet = (lines: readonly string[]): string => lines.map((l) => `- ${l}`).join('\n');
  return `CALL SCRIPT: ${c.title} – {{customer.name}}
Who to call: {{#if customer.contact}}{{customer.contact}}, {{/if}}accounts payable at {{customer.name}}{{#if customer.phone}}, {{customer.phone}}{{/if}}

1. Opening
"${c.opening}"

2. Facts to state
${c.facts}

3. Questions to ask
${bullet(c.questions)}

4. If they say…
- "We forgot / it was overlooked": ${c.replies.forgot}
- "We have a cash-flow problem": ${c.replies.cashFlow}
- "There is a dispute about the goods": ${c.replies.dispute}
- "We have already paid": ${c.replies.paid}

5. Agreed next step
${bullet(c.nextStep)}
`;
}

// A lawyer's letter is signed by counsel, not by the credit controller.
const COUNSEL_SIGN_OFF = `Yours faithfully,

Counsel for {{#if company.name}}{{company.name}}{{else}}our client{{/if}}

END OF DRAFT — for review by counsel`;

function stageTemplates(stage: StageId): StageTemplates {
  const t = TEXTS[stage];
  const payment = t.payment ? `\n\n${PAYMENT}` : '';
  const legal = stage === 'legal';
  return {
    email: {
      subject: t.subject,
      body: `${legal ? `${t.heading}\n\n` : 'Dear {{#if customer.contact}}{{customer.contact}}{{else}}Accounts Payable team{{/if}},\n\n'}${t.core}${payment}

${legal ? COUNSEL_SIGN_OFF : EMAIL_SIGN_OFF}
`,
    },
    letter: {
      subject: t.subject,
      body: `${LETTERHEAD}

${t.heading}

${legal ? '' : 'Dear {{#if customer.contact}}{{customer.contact}}{{else}}Sir or Madam{{/if}},\n\n'}${t.core}${payment}

${legal ? COUNSEL_SIGN_OFF : LETTER_SIGN_OFF}
`,
    },
    phone: { body: callBody(CALLS[stage]) },
  };
}

/** The English library, per stage. */
export const EN_LIBRARY: Readonly<Record<StageId, StageTemplates>> = Object.fromEntries(
  (Object.keys(TEXTS) as StageId[]).map((stage) => [stage, stageTemplates(stage)]),
) as Record<StageId, StageTemplates>;
