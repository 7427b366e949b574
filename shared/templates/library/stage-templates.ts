/** The source of one message: subject (absent for call scripts) and body. */
export interface TemplateSource {
  readonly subject?: string;
  readonly body: string;
}

/** A stage's templates in one language, per channel. */
export interface StageTemplates {
  readonly email: TemplateSource;
  readonly phone: TemplateSource;
  readonly letter: TemplateSource;
}

/** What a stage says, before it is framed as an email or a letter. */
export interface StageText {
  readonly subject: string;
  /** Letter heading line (a formal title). */
  readonly heading: string;
  /** Paragraphs between greeting and payment details. */
  readonly core: string;
  /** Whether "how to pay" follows the core (not for thank-you, legal drafts carry their own). */
  readonly payment: boolean;
}

/** What a call at this stage covers. */
export interface CallScript {
  readonly title: string;
  readonly opening: string;
  readonly facts: string;
  readonly questions: readonly string[];
  readonly replies: { readonly forgot: string; readonly cashFlow: string; readonly dispute: string; readonly paid: string };
  readonly nextStep: readonly string[];
}

/** How much a short message spells out; the library tries the most detailed level first. */
export interface ShortDetail {
  /** Every invoice number, or their count when there are several. */
  readonly invoices: 'list' | 'count';
  /** Every earlier contact by date and channel, or the last one and their number. */
  readonly history: 'full' | 'short';
  /** Bank details and payment link; one way to pay; or "as on the invoice". */
  readonly pay: 'full' | 'short' | 'minimal';
  /** Name and phone, or the phone alone. */
  readonly sign: 'full' | 'short';
  /** Whether the customer's name is written out (the message goes to the customer's own phone). */
  readonly name: boolean;
  /**
   * Only what the message is for: the total alone (said to include the charge), no broken promise
   * in a demand, no closing courtesies.
   */
  readonly terse: boolean;
}

/**
 * The detail levels of a short message, most detailed first: a message that would be longer
 * than the channel allows drops, in this order, the dates of every earlier contact (the last
 * is kept), the invoice numbers (their count is kept), the bank's name and the sender's name,
 * the bank details ("as on the invoice"), the customer's name, then everything but the demand
 * itself (the split into principal and late-payment charge, a broken promise, closing courtesies).
 */
export const SHORT_DETAIL_LEVELS: readonly ShortDetail[] = [
  { invoices: 'list', history: 'full', pay: 'full', sign: 'full', name: true, terse: false },
  { invoices: 'list', history: 'short', pay: 'full', sign: 'full', name: true, terse: false },
  { invoices: 'count', history: 'short', pay: 'full', sign: 'full', name: true, terse: false },
  { invoices: 'count', history: 'short', pay: 'short', sign: 'short', name: true, terse: false },
  { invoices: 'count', history: 'short', pay: 'minimal', sign: 'short', name: true, terse: false },
  { invoices: 'count', history: 'short', pay: 'minimal', sign: 'short', name: false, terse: false },
  { invoices: 'count', history: 'short', pay: 'minimal', sign: 'short', name: false, terse: true },
];

/** A stage's short messages in one language: one body per detail level, most detailed first. */
export interface ShortStageTemplates {
  readonly sms: readonly string[];
  readonly wechat: readonly string[];
}
