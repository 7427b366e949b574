import type { ComposeAdapter, ComposeWindow, Recipients } from './compose-window.ts';
import { composeRoot } from './compose-root.ts';
import { extractEmails } from './email-address.ts';
import { COMMAND_BAR, CONTROL, formattingBar } from './first-control.ts';
import { firstFound, type Found, type Signal } from './found.ts';
import { headerSpot, precedes, shownMatches, textInputsBefore } from './header-fields.ts';
import { isHidden } from './is-hidden.ts';
import { isReplySubject } from './reply-subject.ts';
import { BUTTON_HOST_TAG } from './place-button.ts';
import { findSendButton, sendGroupEnd, sendInOrAbove } from './send-button.ts';
import { firstTopLevelMatch } from './top-level-child.ts';
import { pressKey, typeInto, untype } from './type-into.ts';
import { waitFor } from './wait-for.ts';

// Outlook on the web: the compose body is the multi-line editable box. Read-only message bodies
// in the reading pane carry the same label ("Message body", "邮件正文") but are not editable.
const BODY = '[contenteditable="true"][aria-multiline="true"]';
// Microsoft changes the recipient well's markup often: Briskine's selector for it changed four
// times since 2024 ([role=combobox], [role=textbox]:not([dir]), [role=presentation]
// [contenteditable], [contenteditable=true]:not([aria-multiline=true])). Each is one signal,
// tried in turn; what they share (single-line, editable, above the subject and the body) is
// checked for all of them.
const WELL_SIGNALS: ReadonlyArray<readonly [string, string]> = [
  ['role=combobox', '[role="combobox"]'],
  ['role=textbox without dir', '[role="textbox"][contenteditable="true"]:not([dir]):not([aria-multiline="true"])'],
  ['role=presentation contenteditable', '[role="presentation"][contenteditable="true"]'],
  ['single-line contenteditable', '[contenteditable="true"]:not([aria-multiline="true"])'],
];
const ANY_WELL = WELL_SIGNALS.map(([, s]) => s).join(', ');
const REPLY_MARKERS = '#divRplyFwdMsg, [id$="_divRplyFwdMsg"], #appendonsend';
const PROTECTED = ['#Signature', '[id$="_Signature"]', '#appendonsend', '#divRplyFwdMsg', '[id$="_divRplyFwdMsg"]', 'blockquote'].join(', ');
// Send signals that only a compose window has (a settings page's Save button is no split
// button and names no send shortcut).
const STRONG_SEND = ['shortcut in its tooltip', 'split button with a send-options menu', 'Fluent split button primary action'];
const SEND_EXTRA: ReadonlyArray<(root: HTMLElement, body: HTMLElement) => Signal<HTMLElement>> = [
  (root, body) => ['Fluent split button primary action', () => shownMatches<HTMLElement>(root, '.fui-SplitButton__primaryActionButton', body).find((b) => formattingBar(b) === null && precedes(b, body))],
];

/** Editable recipient wells above the body (To first), by the first signal that finds any. */
function wells(root: HTMLElement, body: HTMLElement): { readonly elements: HTMLElement[]; readonly signal: string } | null {
  const subject = root.querySelector('input[maxlength="255"]');
  for (const [signal, selector] of WELL_SIGNALS) {
    const found = shownMatches<HTMLElement>(root, selector, body).filter(
      (el) =>
        precedes(el, body) &&
        (subject === null || precedes(el, subject)) &&
        el.closest(COMMAND_BAR) === null &&
        el.getAttribute('aria-readonly') !== 'true' &&
        !(el as HTMLInputElement).readOnly &&
        (el.tagName === 'INPUT' || el.isContentEditable || el.getAttribute('contenteditable') === 'true') &&
        // The outermost editable: a chip's inner editable span is part of its well.
        (el.parentElement?.closest('[contenteditable="true"]') ?? null) === null,
    );
    if (found.length > 0) return { elements: found, signal };
  }
  return null;
}

function toField(win: ComposeWindow): Found<HTMLElement> | null {
  const found = wells(win.root, win.body);
  return found ? { element: found.elements[0]!, signal: found.signal } : null;
}

/**
 * An Outlook reply shows its recipients as a read-only line until it is focused (the editable
 * wells appear then): Briskine's marker, else the first focusable non-control line above the
 * body that holds text.
 */
function readOnlyRecipients(root: HTMLElement, body: HTMLElement): Found<HTMLElement> | null {
  const plain = (el: HTMLElement): boolean => !el.matches(`${CONTROL}, [contenteditable], input, [role="textbox"], [role="combobox"]`) && el.querySelector(`${CONTROL}, input`) === null;
  return firstFound<HTMLElement>([
    ['docking recipients line', () => shownMatches<HTMLElement>(root, '[id*="docking_InitVisiblePart"] div[tabindex]:nth-child(2):not([role="button"])', body).find(plain)],
    ['focusable line above the body', () => shownMatches<HTMLElement>(root, 'div[tabindex], span[tabindex]', body).find((el) => precedes(el, body) && plain(el) && el.closest(COMMAND_BAR) === null && (el.textContent ?? '').trim() !== '')],
  ]);
}

function subjectInput(win: ComposeWindow): Found<HTMLInputElement> | null {
  // Not a recipient box: no combobox, nothing inside a well.
  const notInWell = (i: HTMLInputElement): boolean => i.getAttribute('role') !== 'combobox' && (i.parentElement?.closest(ANY_WELL) ?? null) === null;
  return firstFound<HTMLInputElement>([
    ['maxlength=255', () => shownMatches<HTMLInputElement>(win.root, 'input[maxlength="255"]', win.body).find(notInWell)],
    ['last text input above the body', () => textInputsBefore(win.root, win.body).filter(notInWell).at(-1)],
  ]);
}

/** What is typed in a well and not (yet) a recipient: an input's value, or text outside the chips. */
function typedOutsideChips(field: HTMLElement): string {
  if (field.tagName === 'INPUT') return (field as HTMLInputElement).value;
  let text = '';
  const walker = field.ownerDocument.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('[contenteditable="false"]') == null) text += n.textContent ?? '';
  }
  return text;
}

/** The element holding a well's recipients (a combobox input keeps its chips beside it). */
function wellContainer(field: HTMLElement): HTMLElement {
  return field.tagName === 'INPUT' ? (field.parentElement ?? field) : field;
}

/** Recipients shown as chips (resolved) in a well or a read-only line: addresses, and names shown alone. */
function chipsIn(container: HTMLElement, skip: Element | null): Recipients {
  const addresses: string[] = [];
  const names: string[] = [];
  const chips = [...container.querySelectorAll<HTMLElement>('[contenteditable="false"], [title], [aria-label], [data-email], [data-lpc-hover-target-id], [role="button"], [role="option"]')].filter(
    (el) => el !== skip && !el.contains(skip) && el.tagName !== 'INPUT',
  );
  // The outermost chips only: a chip's inner spans say the same again.
  for (const chip of chips.filter((c) => !chips.some((o) => o !== c && o.contains(c)))) {
    const fromAttrs = [chip, ...chip.querySelectorAll('[title], [aria-label], [data-email]')].flatMap((el) =>
      ['title', 'aria-label', 'data-email'].flatMap((a) => extractEmails(el.getAttribute(a) ?? '')),
    );
    const text = (chip.textContent ?? '').replace(/\u00a0/g, ' ').trim();
    const fromText = extractEmails(text);
    if (fromAttrs.length + fromText.length > 0) addresses.push(...fromAttrs, ...fromText);
    else if (text !== '') names.push(text.replace(/[;,；，]\s*$/, ''));
  }
  return { addresses, names };
}

function toWindow(body: HTMLElement): ComposeWindow | null {
  const hasRecipients = (c: HTMLElement): boolean => wells(c, body) !== null || readOnlyRecipients(c, body) !== null;
  const onlyThisBody = (c: HTMLElement | null): HTMLElement | null => (c && c.querySelectorAll(BODY).length === 1 ? c : null);
  const container = firstFound<HTMLElement>([
    ['pop-out form (data-app-section=Form_Content)', () => onlyThisBody(body.closest<HTMLElement>('[data-app-section="Form_Content"]'))],
    ['docking container', () => onlyThisBody(body.closest<HTMLElement>('[id*="docking_InitVisiblePart"]'))],
    ['ancestor with recipients and a button', () => {
      const c = composeRoot(body, BODY, (n) => hasRecipients(n) && n.querySelector(CONTROL) !== null);
      return c !== body.parentElement || hasRecipients(c) ? c : null;
    }],
  ]);
  // The "To" and "Cc" buttons sit beside their wells: they label a recipient field, never Send.
  const labelsAWell = (r: HTMLElement) => {
    const fields = wells(r, body)?.elements ?? [];
    return (c: HTMLElement): boolean => fields.some((f) => c.parentElement?.contains(f) ?? false);
  };
  const sendIn = (r: HTMLElement) => findSendButton(r, body, 'before', SEND_EXTRA.map((s) => s(r, body)), labelsAWell(r));
  const { root, send } = sendInOrAbove(container?.element ?? body.parentElement ?? body, body, BODY, sendIn, STRONG_SEND);
  const isReply = body.querySelector(REPLY_MARKERS) !== null;
  const field = wells(root, body);
  // A compose window has recipients, quoted history or a real Send button; the Settings
  // signature editor (same roles as a compose body) has none of them.
  if (!field && !isReply && !(send && STRONG_SEND.includes(send.signal))) return null;
  const subject = root.querySelector<HTMLInputElement>('input[maxlength="255"]') ?? textInputsBefore(root, body).at(-1) ?? null;
  const reply = isReply || subject === null || isReplySubject(subject.value);
  const host = root.querySelector<HTMLElement>(BUTTON_HOST_TAG) ?? undefined;
  const firstWell = field ? field.elements[0]! : (readOnlyRecipients(root, body)?.element ?? null);
  return {
    webmail: 'outlook',
    root,
    body,
    isReply: reply,
    sendButton: send?.element ?? null,
    buttonSpot: send ? { element: sendGroupEnd(send.element, root, host), where: 'afterend' } : headerSpot(root, body, firstWell),
    signals: { container: container?.signal ?? 'body parent', send: send?.signal ?? 'not found: compose header' },
  };
}

/** The Outlook on the web adapter (outlook.office.com, office365.com, live.com, cloud.microsoft). */
export const outlookAdapter: ComposeAdapter = {
  webmail: 'outlook',

  findComposeWindows(root) {
    const bodies = [...root.querySelectorAll<HTMLElement>(BODY)];
    return bodies
      .filter((b) => !isHidden(b) && b.parentElement?.closest(BODY) == null)
      .map(toWindow)
      .filter((w): w is ComposeWindow => w !== null);
  },

  readRecipients(win) {
    const field = toField(win);
    if (!field) {
      const line = readOnlyRecipients(win.root, win.body);
      if (!line) return { addresses: [], names: [] };
      const chips = chipsIn(line.element, null);
      // A bare line ("To: Zhou Min; Li Lei"): the names after the label.
      if (chips.addresses.length + chips.names.length === 0) {
        const text = (line.element.textContent ?? '').replace(/^[^:：]*[:：]/, '');
        return { addresses: extractEmails(text), names: text.split(/[;,；，]/).map((s) => s.trim()).filter((s) => s !== '' && extractEmails(s).length === 0) };
      }
      return { addresses: [...new Set(chips.addresses)], names: [...new Set(chips.names)] };
    }
    const container = wellContainer(field.element);
    const chips = chipsIn(container, field.element.tagName === 'INPUT' ? field.element : null);
    // Typed but not resolved yet: the user's recipient all the same.
    const typed = field.element.tagName === 'INPUT' ? (field.element as HTMLInputElement).value : (field.element.textContent ?? '');
    return { addresses: [...new Set([...chips.addresses, ...extractEmails(typed)])], names: [...new Set(chips.names)] };
  },

  readSubject(win) {
    return subjectInput(win)?.element.value;
  },

  subjectField(win) {
    return subjectInput(win);
  },

  recipientField(win) {
    return toField(win);
  },

  async openRecipients(win) {
    const ready = (): Found<HTMLElement> | null => toField(win);
    const open = ready();
    if (open) return open;
    // A reply's recipient line becomes editable wells when it gets focus (Briskine fires focusin).
    const line = readOnlyRecipients(win.root, win.body);
    if (!line) return null;
    const el = line.element;
    const view = el.ownerDocument.defaultView ?? window;
    const ways: ReadonlyArray<readonly [string, () => void]> = [
      ['focusin', () => el.dispatchEvent(new view.FocusEvent('focusin', { bubbles: true }))],
      ['focus', () => el.focus()],
      ['click', () => el.click()],
    ];
    for (const [how, act] of ways) {
      act();
      const field = await waitFor(win.root, ready, 500);
      if (field) return { element: field.element, signal: `${field.signal}, made editable by ${how} on the ${line.signal}` };
    }
    return null;
  },

  async addRecipient(win, field, address) {
    const wanted = address.toLowerCase();
    const current = (): HTMLElement => toField(win)?.element ?? field;
    const chipCount = (): number => {
      const f = current();
      const chips = chipsIn(wellContainer(f), f.tagName === 'INPUT' ? f : null);
      return chips.addresses.length + chips.names.length;
    };
    const before = chipCount();
    // Resolved: a new recipient appeared and the typed address is gone from the text. Outlook
    // shows a known contact by display name only, so the chip need not show the address.
    const resolved = (): boolean => {
      const f = current();
      const chips = chipsIn(wellContainer(f), f.tagName === 'INPUT' ? f : null);
      const typed = typedOutsideChips(f).toLowerCase();
      return chips.addresses.includes(wanted) || (chipCount() > before && !typed.includes(wanted));
    };
    // Outlook resolves what was typed into a recipient on the separator.
    typeInto(field, address);
    typeInto(field, ';');
    if (await waitFor(win.root, resolved, 800)) return 'typed + ;';
    untype(field, `${address};`);
    untype(field, address);
    const again = (await this.openRecipients(win))?.element ?? field;
    typeInto(again, address);
    pressKey(again, 'Enter', 13);
    if (await waitFor(win.root, resolved, 800)) return 'typed + Enter';
    untype(again, address);
    return null;
  },

  protectedStart(win) {
    return firstTopLevelMatch(win.body, PROTECTED);
  },

  messageStart(win) {
    return win.body;
  },
};
