/** Which webmail a compose window belongs to. */
export type Webmail = 'gmail' | 'outlook';

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
  /**
   * The Send button, when found (by its shortcut label, else by its place in the window's
   * layout); the Dunning button goes right after it.
   */
  readonly sendButton: HTMLElement | null;
}

/** What gets written into a compose window. `html` and `text` carry the same message. */
export interface ComposeContent {
  readonly html: string;
  readonly text: string;
  readonly subject?: string;
  /** The address to put in To when To is empty. */
  readonly to?: string;
}

/** What an insertion did to each field. */
export interface InsertOutcome {
  readonly body: 'inserted' | 'failed';
  /** `kept`: the user's subject (or a reply's) was left alone. */
  readonly subject: 'set' | 'kept' | 'none';
  /** `kept`: To already had a recipient. */
  readonly recipient: 'set' | 'kept' | 'none';
}

/**
 * The one interface each webmail adapter implements. The DOM is passed in, so adapters run on
 * fixture pages in tests exactly as on the live site.
 */
export interface ComposeAdapter {
  readonly webmail: Webmail;
  /** Every compose window under `root` whose editable body is present. */
  findComposeWindows(root: Document | Element): ComposeWindow[];
  /** The addresses already in the To field (lower case, in order, no duplicates). */
  readRecipients(win: ComposeWindow): string[];
  /** The subject field's text; `undefined` when the window shows no subject field (inline reply). */
  readSubject(win: ComposeWindow): string | undefined;
  /** The subject input, when the window has an editable one. */
  subjectField(win: ComposeWindow): HTMLInputElement | null;
  /** The element to type a new To recipient into. */
  recipientField(win: ComposeWindow): HTMLElement | null;
  /** The first top-level node of the body that must stay below inserted text (signature, quoted history). */
  protectedStart(win: ComposeWindow): Node | null;
}
