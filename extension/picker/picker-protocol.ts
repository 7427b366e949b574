import type { CollectionStatus } from '../../shared/collection/collection-status.ts';
import type { LogAction } from '../../shared/log/log-action.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { LogRecordRequest } from '../log/log-protocol.ts';
import type { Tone } from '../../shared/templates/stage-tones.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';

// The picker (in a content script or the popup) never runs the core itself: it asks the
// background, which holds the heavy parts (templates, penalties, import). That keeps the
// content script small; these are the messages and their answers, all plain JSON.

/** One open invoice as the picker lists it (already formatted for display). */
export interface InvoiceLine {
  readonly invoice: string;
  readonly dueDate: string;
  readonly daysOverdue: number;
  /** Outstanding amount formatted with its currency ("CNY 10,000.00"). */
  readonly outstanding: string;
}

/** A customer from the imported list with what the picker shows about them. */
export interface CustomerOption {
  readonly key: string;
  readonly name: string;
  readonly emails: readonly string[];
  readonly invoices: readonly InvoiceLine[];
  /** The core's suggestion (null: no reminder is due, e.g. below the minimum balance). */
  readonly suggestedStage: StageId | null;
  /** Total overdue per currency, formatted ("CNY 12,000.00"). */
  readonly overdue: readonly string[];
  /** Contact people named in the list (matched against display names shown in To). */
  readonly contacts?: readonly string[];
  /**
   * Why the stage is suggested: the oldest open invoice's days overdue (negative: days before it
   * falls due) and the first day overdue on which the suggested stage applies.
   */
  readonly suggestedBecause?: { readonly daysOverdue: number; readonly fromDay?: number };
  /**
   * The day the suggested stage becomes due, when that is after as-of (the collection log's
   * days between contacts, a promise not yet due): the stage is the next step, not one to take now.
   */
  readonly suggestedFrom?: string;
}

/** A customer who is not in the list, typed into the picker. */
export interface ManualCustomer {
  readonly name: string;
  readonly email: string;
  readonly invoice: string;
  /** Decimal string ("12000.00"). */
  readonly amount: string;
  readonly currency: string;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
}

/** One row of a customer's history, in words. */
export interface CaseLine {
  readonly date: string;
  readonly action: LogAction;
  /** "Friendly reminder · e-mail", "付款承诺 · ¥20,000.00 · 2026-11-15前 · 电话". */
  readonly text: string;
  readonly invoices?: string;
  /** The reason or note, on one line. */
  readonly detail?: string;
  readonly by?: string;
  readonly row: number;
}

/**
 * A customer's case as the collection log tells it (the core's derived state, in words in the UI
 * language): shown above the stages, and the source of the suggested stage when there is a log.
 */
export interface CaseView {
  readonly key: string;
  readonly asOf: string;
  readonly status: CollectionStatus;
  /** The core's one sentence: why the next step is what it is. */
  readonly why: string;
  readonly nextStage: StageId | null;
  /** The day the next step is due (today or earlier: now). */
  readonly nextAction: string | null;
  /** The stage of the last reminder sent, when the last contact was one (offered again while the next step is not yet due). */
  readonly lastStage?: StageId;
  /** Exchanges with the customer recorded. */
  readonly contacts: number;
  /** Rows the log holds for the customer. */
  readonly rows: number;
  /** The latest rows, newest first. */
  readonly history: readonly CaseLine[];
  /** The customer's rows the log could not read (shown on the options page). */
  readonly rejected: number;
  /** Currencies of the customer's open invoices (the first is offered for a promise). */
  readonly currencies: readonly string[];
  readonly promise?: { readonly until: string; readonly state: 'pending' | 'broken'; readonly amount?: string };
  readonly plan?: {
    readonly agreedOn: string; readonly state: 'on-track' | 'missed'; readonly paid: number; readonly of: number;
    readonly next?: { readonly until: string; readonly amount: string }; readonly missed?: { readonly until: string; readonly amount: string };
  };
  readonly dispute?: { readonly since: string; readonly reason: string };
  readonly pause?: { readonly until: string; readonly reason?: string };
  /** The open invoice whose limitation period ends first, when that is within 90 days (or past). */
  readonly limitation?: { readonly invoice: string; readonly expires: string; readonly daysLeft: number; readonly warning?: string };
}

/** What the picker shows when it opens. */
export interface PickerData {
  readonly asOf: string;
  readonly customers: readonly CustomerOption[];
  /** The customer whose e-mail (or display name, or contact's name) is already in the To field, if any. */
  readonly matchedKey?: string;
  readonly lang: TemplateLang;
  readonly tone: Tone;
  readonly stageTones: Readonly<Record<StageId, readonly Tone[]>>;
  /** Things the user must know (stored data reset or migrated…), already in the UI language. */
  readonly notices: readonly string[];
  /** The case of the customer the picker opens on (matched in To, or the first listed), when there is one. */
  readonly case?: CaseView;
}

/** What the user chose: a listed customer (by key) or one typed in, and stage, language, tone. */
export interface PickerSelection {
  readonly customerKey?: string;
  readonly manual?: ManualCustomer;
  readonly stage: StageId;
  readonly lang: TemplateLang;
  readonly tone: Tone;
  /**
   * How the message goes out: `email` (the default: subject, table, signature) or a short
   * message to copy into a phone or WeChat (`sms`, `wechat`: plain text of at most 300 characters).
   */
  readonly channel?: PickerChannel;
}

/** The channels the picker writes for: e-mail, and the short messages the popup copies. */
export type PickerChannel = 'email' | 'sms' | 'wechat';

/** Whether a value names a channel the picker writes for (requests arrive as plain JSON). */
export function isPickerChannel(value: unknown): value is PickerChannel {
  return value === 'email' || value === 'sms' || value === 'wechat';
}

/** A reference table a figure assumed past its known-until date (`after`): `cnLpr`, `ukBankRate`, `ecbMro`, `deBasiszinssatz`, `cnHolidays`. */
export interface AssumedTable {
  readonly table: string;
  readonly after: string;
}

/** One invoice's late charge in the message, with the rule that produced it (shown beside the figure in the preview). */
export interface PenaltyFigure {
  readonly invoice: string;
  /** As the message's table shows it (penalty owed plus fixed compensation): "£137.60". */
  readonly amount: string;
  /** The rule's id (preset name, `contract 日万分之五`) and its name in the UI language. */
  readonly rule: { readonly id: string; readonly label: string };
  /** Tables the figure rests on past their known-until date; empty when every rate was known. */
  readonly assumed: readonly AssumedTable[];
}

/** A rendered reminder (subject, text, HTML, the address for To) or why it could not be rendered. */
export type RenderReply =
  | {
    readonly ok: true; readonly subject?: string; readonly text: string; readonly html: string; readonly to?: string; readonly warnings: readonly string[];
    /** The log row to record once the message is sent: the stage, the channel, the invoices in the message. */
    readonly record?: LogRecordRequest;
    /** The late charges the message states, each with its rule and any assumed rate (none before the formal notice). */
    readonly figures?: readonly PenaltyFigure[];
  }
  | { readonly ok: false; readonly message: string };

/** The runtime messages the picker sends to the background. */
export type PickerRequest =
  | { readonly type: 'picker-load'; readonly recipients: readonly string[]; readonly names?: readonly string[] }
  | { readonly type: 'picker-render'; readonly selection: PickerSelection }
  | { readonly type: 'picker-case'; readonly customerKey: string };

/** What the picker needs from the outside; the message-backed one is in message-picker-service.ts. */
export interface PickerService {
  /** The list, opened on the customer whose address (or, without one, display name) is in To. */
  load(recipients: readonly string[], names?: readonly string[]): Promise<PickerData>;
  render(selection: PickerSelection): Promise<RenderReply>;
  /** A customer's case from the log (undefined when the service keeps no log). */
  caseFor?(customerKey: string): Promise<CaseView>;
}

/** Whether a runtime message is a picker request (messages come from anywhere in the extension). */
export function isPickerRequest(message: unknown): message is PickerRequest {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return type === 'picker-load' || type === 'picker-render' || type === 'picker-case';
}
