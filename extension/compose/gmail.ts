import type { ComposeAdapter, ComposeWindow, Recipients } from './compose-window.ts';
import { composeRoot } from './compose-root.ts';
import { extractEmails } from './email-address.ts';
import { firstFound, type Found } from './found.ts';
import { headerSpot, precedes, shownMatches, textInputsBefore } from './header-fields.ts';
import { isHidden } from './is-hidden.ts';
import { isShown } from './is-shown.ts';
import { isReplySubject } from './reply-subject.ts';
import { findSendButton, sendGroupEnd, sendInOrAbove } from './send-button.ts';
import { BUTTON_HOST_TAG } from './place-button.ts';
import { firstTopLevelMatch } from './top-level-child.ts';
import { pasteInto, pressKey, typeInto, untype } from './type-into.ts';
import { waitFor } from './wait-for.ts';

// Gmail anchors on editing semantics and on the markers the public projects that insert into
// Gmail rely on (InboxSDK, Briskine, gmail.js), never on English labels: the body is the
// element Gmail marks g_editable, the subject is the input named subjectbox, the recipients
// live under elements named "to" (the chip list and its combobox, or classic fields).
const BODY = '[g_editable="true"][contenteditable="true"]';
const SUBJECT = 'input[name="subjectbox"]';
const TO_AREA = '[name="to"]';
// What only a compose window has (a settings signature editor is g_editable too): recipients,
// their folded summary, or the subject.
const COMPOSE_EVIDENCE = `${TO_AREA}, ${SUBJECT}, .aoD.hl, input[role="combobox"][aria-autocomplete="list"]`;
// The combobox a new recipient is typed into (Gmail's recipient UI since 2021).
const TO_COMBOBOX = 'input[role="combobox"]';
// Recipient chips carry the address in an attribute: data-hovercard-id (chips since 2021),
// email (older chips and names in the message header), data-email.
const CHIP_ADDRESS_ATTRS = ['data-hovercard-id', 'email', 'data-email'];
const CHIP = CHIP_ADDRESS_ATTRS.map((a) => `[${a}]`).join(', ');
// Send signals a compose window's Send answers to (the layout alone may pick another control).
const TRUSTED_SEND = ['shortcut in its tooltip', 'Gmail bottom bar (.IZ .Up)', 'split button with a send-options menu'];
const PROTECTED = [
  '.gmail_signature_prefix',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.gmail_quote',
  '.gmail_extra',
  'blockquote',
].join(', ');

function subjectInput(win: ComposeWindow): Found<HTMLInputElement> | null {
  return firstFound<HTMLInputElement>([
    ['name=subjectbox', () => shownMatches<HTMLInputElement>(win.root, SUBJECT, win.body)[0]],
    // The last plain text input of the header (after the recipients, before the body).
    ['last text input above the body', () => textInputsBefore(win.root, win.body).filter((i) => i.closest(TO_AREA) === null).at(-1)],
  ]);
}

/** The To areas of a window (chip lists, classic fields, hidden inputs), shown or folded away. */
function toAreas(win: ComposeWindow): HTMLElement[] {
  return [...win.root.querySelectorAll<HTMLElement>(TO_AREA)].filter((el) => !win.body.contains(el));
}

/** Addresses of the recipient chips (and classic hidden fields) in To: what Gmail will send to. */
function chipAddresses(win: ComposeWindow): string[] {
  const found: string[] = [];
  for (const area of toAreas(win)) {
    if (area.tagName === 'INPUT' && (area as HTMLInputElement).type === 'hidden') found.push(...extractEmails((area as HTMLInputElement).value));
    for (const chip of [area, ...area.querySelectorAll(CHIP)]) {
      for (const attr of CHIP_ADDRESS_ATTRS) found.push(...extractEmails(chip.getAttribute(attr) ?? ''));
    }
    for (const hidden of area.querySelectorAll<HTMLInputElement>('input[type="hidden"]')) found.push(...extractEmails(hidden.value));
  }
  return [...new Set(found)];
}

/**
 * The element that opens folded recipient rows: Gmail's summary line (`.aoD.hl`), else a
 * focusable element beside the hidden block that holds the To field.
 */
function recipientSummary(win: ComposeWindow): Found<HTMLElement> | null {
  return firstFound<HTMLElement>([
    ['recipients summary (.aoD.hl)', () => shownMatches<HTMLElement>(win.root, '.aoD.hl', win.body)[0]],
    ['focusable line beside the folded recipients', () => {
      const field = win.root.querySelector<HTMLElement>(`${TO_AREA}, ${TO_COMBOBOX}`);
      if (!field) return null;
      let folded: HTMLElement | null = null;
      for (let n: HTMLElement | null = field; n && n !== win.root; n = n.parentElement) if (!isShown(n, win.body)) folded = n;
      if (!folded?.parentElement) return null;
      return [...folded.parentElement.children].find((c): c is HTMLElement => c !== folded && c.hasAttribute('tabindex') && isShown(c, win.body)) ?? null;
    }],
  ]);
}

function toWindow(body: HTMLElement): ComposeWindow | null {
  const recipientsRoot = composeRoot(body, BODY, (c) => c.querySelector(COMPOSE_EVIDENCE) !== null);
  if (recipientsRoot.querySelector(COMPOSE_EVIDENCE) === null) return null;
  const subject = recipientsRoot.querySelector<HTMLInputElement>(SUBJECT);
  // An inline reply keeps the subject input hidden (it holds "Re: …"); quoted history marks it too.
  const isReply = subject === null || isHidden(subject) || isReplySubject(subject.value) || body.querySelector('.gmail_quote, blockquote') !== null;
  const sendIn = (r: HTMLElement) =>
    findSendButton(r, body, 'after', [
      // Gmail's bottom bar: Send is the first button of its first cell (InboxSDK's marker).
      ['Gmail bottom bar (.IZ .Up)', () => shownMatches<HTMLElement>(r, '.IZ .Up [role="button"]:not([aria-haspopup="true"])', body)[0]],
    ]);
  // The container holding the recipients may end above the bottom bar: look further up for Send.
  const { root, send } = sendInOrAbove(recipientsRoot, body, BODY, sendIn, TRUSTED_SEND);
  const win: ComposeWindow = {
    webmail: 'gmail', root, body, isReply, sendButton: send?.element ?? null,
    buttonSpot: { element: body, where: 'beforebegin' },
    signals: { container: 'ancestor with recipients or subject', send: send?.signal ?? 'not found: compose header' },
  };
  const buttonSpot = send
    ? { element: sendGroupEnd(send.element, root, root.querySelector(BUTTON_HOST_TAG) ?? undefined), where: 'afterend' as const }
    : headerSpot(root, body, root.querySelector<HTMLElement>(`.aoD.hl, ${TO_AREA}`));
  return { ...win, buttonSpot };
}

/** The Gmail adapter (mail.google.com). */
export const gmailAdapter: ComposeAdapter = {
  webmail: 'gmail',

  findComposeWindows(root) {
    const bodies = [...root.querySelectorAll<HTMLElement>(BODY)];
    return bodies.filter((b) => !isHidden(b)).map(toWindow).filter((w): w is ComposeWindow => w !== null);
  },

  readRecipients(win): Recipients {
    const addresses = [...chipAddresses(win)];
    const names: string[] = [];
    for (const area of toAreas(win)) {
      // Typed but not yet a chip: still the user's recipient.
      for (const input of area.querySelectorAll<HTMLInputElement>('input:not([type="hidden"]), textarea')) addresses.push(...extractEmails(input.value));
      if (area.tagName === 'TEXTAREA' || (area.tagName === 'INPUT' && (area as HTMLInputElement).type !== 'hidden')) addresses.push(...extractEmails((area as HTMLInputElement).value));
      for (const chip of area.querySelectorAll('[data-name]')) {
        const name = chip.getAttribute('data-name')?.trim();
        if (name && extractEmails(CHIP_ADDRESS_ATTRS.map((a) => chip.getAttribute(a) ?? '').join(' ')).length === 0) names.push(name);
      }
    }
    return { addresses: [...new Set(addresses)], names: [...new Set(names)] };
  },

  readSubject(win) {
    return subjectInput(win)?.element.value;
  },

  subjectField(win) {
    return subjectInput(win);
  },

  recipientField(win) {
    return firstFound<HTMLElement>([
      ['combobox in name=to', () => shownMatches<HTMLElement>(win.root, `${TO_AREA} ${TO_COMBOBOX}, ${TO_AREA} input:not([type="hidden"])`, win.body)[0]],
      ['autocomplete combobox above the body', () => shownMatches<HTMLElement>(win.root, 'input[role="combobox"][aria-autocomplete="list"]', win.body).find((i) => precedes(i, win.body))],
      ['classic name=to field', () => shownMatches<HTMLElement>(win.root, 'textarea[name="to"], input[name="to"]:not([type="hidden"])', win.body)[0]],
    ]);
  },

  async openRecipients(win) {
    const ready = (): Found<HTMLElement> | null => this.recipientField(win);
    const open = ready();
    if (open) return open;
    // Folded into the one-line summary: Gmail opens the rows when the summary gets focus (the
    // public projects focus or click it). Each way is tried in turn until the field shows.
    const summary = recipientSummary(win);
    if (!summary) return null;
    const el = summary.element;
    const view = el.ownerDocument.defaultView ?? window;
    const ways: ReadonlyArray<readonly [string, () => void]> = [
      ['focus', () => el.focus()],
      ['focus event', () => {
        el.dispatchEvent(new view.FocusEvent('focus'));
        el.dispatchEvent(new view.FocusEvent('focusin', { bubbles: true }));
      }],
      ['click', () => el.click()],
    ];
    for (const [how, act] of ways) {
      act();
      const field = await waitFor(win.root, ready, 400);
      if (field) return { element: field.element, signal: `${field.signal}, opened by ${how} on the ${summary.signal}` };
    }
    return null;
  },

  async addRecipient(win, field, address) {
    const wanted = address.toLowerCase();
    const chip = (): boolean => chipAddresses(win).includes(wanted);
    // A paste is what Gmail turns into chips at once (InboxSDK's way).
    if (pasteInto(field, address) && (await waitFor(win.root, chip, 500))) return 'paste';
    untype(field, address);
    // Once more: typed as an edit, then Enter, the key Gmail accepts a recipient on.
    const again = (await this.openRecipients(win))?.element ?? field;
    typeInto(again, address);
    pressKey(again, 'Enter', 13);
    if (await waitFor(win.root, chip, 500)) return 'typed + Enter';
    untype(again, address);
    return null;
  },

  protectedStart(win) {
    return firstTopLevelMatch(win.body, PROTECTED);
  },

  messageStart(win) {
    // With a default font set, Gmail wraps the first line in .gmail_default: text goes in it,
    // so it takes the user's font, unless it lies below the signature or quote.
    const wrapper = win.body.querySelector<HTMLElement>('.gmail_default');
    const guard = this.protectedStart(win);
    if (wrapper && (guard === null || (wrapper.compareDocumentPosition(guard) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) && !(guard?.contains(wrapper) ?? false)) return wrapper;
    return win.body;
  },
};
