import type { Found } from './found.ts';

/** Which webmail a compose window belongs to. */
export type Webmail = 'gmail' | 'outlook';

/** Where the Dunning button goes: after the end of the Send group, or (no Send found) at the top of the compose header. */
export interface ButtonSpot {
  readonly element: HTMLElement;
  readonly where: 'afterend' | 'beforebegin';
}

/**
 * One open compose window (new message, inline reply or pop-out) as found in the page.
 * Plain object over live DOM nodes; it is re-found on every scan, never cached across scans.
 */
export interface ComposeWindow {
  readonly webmail: Webmail;
  /** The container of this compose window: it holds the recipients, subject, body and Send. */
  readonly root: HTMLElement;
  /** The editable message body (a contenteditable element). */
  readonly body: HTMLElement;
  /** A reply or forward: the subject is never touched. */
  readonly isReply: boolean;
  /** The Send button, when found (by its shortcut, the webmail's markers, a split button or its place in the layout). */
  readonly sendButton: HTMLElement | null;
  /** Where the Dunning button goes. */
  readonly buttonSpot: ButtonSpot;
  /** Which signal found the container and Send, for the log ("send: split button…"). */
  readonly signals: Readonly<Record<string, string>>;
}

/** Who is in the To field: addresses (lower case) and the display names shown without an address. */
export interface Recipients {
  readonly addresses: readonly string[];
  readonly names: readonly string[];
}

/** What gets written into a compose window. `html` and `text` carry the same message. */
export interface ComposeContent {
  readonly html: string;
  readonly text: string;
  readonly subject?: string;
  /** The address to put in To when To is empty. */
  readonly to?: string;
}

/**
 * What an insertion did to each field. `kept`: left as it was on purpose (the user's subject or
 * a reply's, a To that already had a recipient); `failed`: the field could not be filled (not
 * found, or the webmail did not take the recipient); `none`: nothing to put there.
 */
export interface InsertOutcome {
  readonly body: 'inserted' | 'failed';
  readonly subject: 'set' | 'kept' | 'failed' | 'none';
  readonly recipient: 'set' | 'kept' | 'failed' | 'none';
  /** The address meant for To and the subject meant for the subject line (for the notice). */
  readonly to?: string;
  readonly subjectText?: string;
  /** Which signal found each field and how the recipient went in, for the log. */
  readonly signals: Readonly<Record<string, string>>;
}

/**
 * The one interface each webmail adapter implements. The DOM is passed in, so adapters run on
 * fixture pages in tests exactly as on the live site. Fields are found by several independent
 * signals tried in turn; each lookup says which signal answered.
 */
export interface ComposeAdapter {
  readonly webmail: Webmail;
  /** Every compose window under `root` whose editable body is present (never a settings editor). */
  findComposeWindows(root: Document | Element): ComposeWindow[];
  /** Who is already in To: addresses (lower case, in order, no duplicates) and names shown without one. */
  readRecipients(win: ComposeWindow): Recipients;
  /** The subject field's text; `undefined` when the window shows no subject field (inline reply). */
  readSubject(win: ComposeWindow): string | undefined;
  /** The subject input, when the window has an editable one. */
  subjectField(win: ComposeWindow): Found<HTMLInputElement> | null;
  /** The element to type a new To recipient into, when it is editable now. */
  recipientField(win: ComposeWindow): Found<HTMLElement> | null;
  /**
   * Makes To editable when the webmail shows it folded or read-only (Gmail's one-line
   * "Recipients" summary, an Outlook reply's recipient line) and returns the field.
   */
  openRecipients(win: ComposeWindow): Promise<Found<HTMLElement> | null>;
  /**
   * Enters one address into To the way the webmail turns it into a recipient, checks that the
   * recipient appeared, and tries a second way once. Resolves to how it went in, or `null` (the
   * text it typed is taken out again).
   */
  addRecipient(win: ComposeWindow, field: HTMLElement, address: string): Promise<string | null>;
  /** The first top-level node of the body that must stay below inserted text (signature, quoted history). */
  protectedStart(win: ComposeWindow): Node | null;
  /** Where text goes with no caret: the start of this node (the body, or Gmail's default-font wrapper of its first line). */
  messageStart(win: ComposeWindow): Node;
}
