import type { ComposeAdapter, ComposeWindow } from './compose-window.ts';
import { composeRoot } from './compose-root.ts';
import { extractEmails } from './email-address.ts';
import { firstControl } from './first-control.ts';
import { isHidden } from './is-hidden.ts';
import { isReplySubject } from './reply-subject.ts';
import { firstTopLevelMatch } from './top-level-child.ts';

// Gmail anchors on editing semantics, not on class names or English labels: the body is the
// element Gmail marks g_editable, the subject is the input named subjectbox, and the
// recipients live under elements named "to" (a field, hidden inputs, or the chip container).
const BODY = '[g_editable="true"][contenteditable="true"]';
const SUBJECT = 'input[name="subjectbox"]';
const TO = '[name="to"]';
// Send is found by its shortcut where its tooltip names one ("发送 (Ctrl-Enter)", "Send
// (Ctrl-Enter)": Chinese and English Gmail write the key as Enter), or an ARIA key shortcut;
// UI languages that translate the key name (German "Strg-Eingabetaste") fall back to the
// layout: the first button after the body, where Gmail's bottom bar starts with Send.
// The key combination, not the word ("Ctrl-Enter", "⌘Enter" on a Mac).
const SEND_BY_SHORTCUT = ['aria-keyshortcuts', 'data-tooltip', 'aria-label']
  .flatMap((attr) => ['+Enter', '-Enter', '⌘Enter'].map((combo) => `[role="button"][${attr}*="${combo}"]`))
  .join(', ');
const PROTECTED = [
  '.gmail_signature_prefix',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.gmail_quote',
  '.gmail_extra',
  'blockquote',
].join(', ');

function subjectInput(root: HTMLElement): HTMLInputElement | null {
  return root.querySelector<HTMLInputElement>(SUBJECT);
}

function toWindow(body: HTMLElement): ComposeWindow {
  const root = composeRoot(body, BODY, (c) => c.querySelector(TO) !== null || c.querySelector(SUBJECT) !== null);
  const subject = subjectInput(root);
  // An inline reply keeps the subject input hidden (it holds "Re: …"); quoted history marks it too.
  const isReply =
    subject === null ||
    isHidden(subject) ||
    isReplySubject(subject.value) ||
    body.querySelector('.gmail_quote, blockquote') !== null;
  const sendButton = root.querySelector<HTMLElement>(SEND_BY_SHORTCUT) ?? firstControl(root, body, 'after');
  return { webmail: 'gmail', root, body, isReply, sendButton };
}

/** The Gmail adapter (mail.google.com). */
export const gmailAdapter: ComposeAdapter = {
  webmail: 'gmail',

  findComposeWindows(root) {
    const bodies = [...root.querySelectorAll<HTMLElement>(BODY)];
    return bodies.filter((b) => !isHidden(b)).map(toWindow);
  },

  readRecipients(win) {
    const found: string[] = [];
    for (const field of win.root.querySelectorAll<HTMLElement>(TO)) {
      if ('value' in field && typeof field.value === 'string') found.push(...extractEmails(field.value));
      // Recipient chips carry the address in attributes (email, data-hovercard-id) or text.
      for (const chip of field.querySelectorAll('[email], [data-hovercard-id], [data-email]')) {
        for (const attr of ['email', 'data-hovercard-id', 'data-email']) {
          found.push(...extractEmails(chip.getAttribute(attr) ?? ''));
        }
      }
      for (const input of field.querySelectorAll<HTMLInputElement>('input, textarea')) {
        found.push(...extractEmails(input.value));
      }
    }
    return [...new Set(found)];
  },

  readSubject(win) {
    const input = subjectInput(win.root);
    return input && !isHidden(input) ? input.value : undefined;
  },

  subjectField(win) {
    const input = subjectInput(win.root);
    return input && !isHidden(input) ? input : null;
  },

  recipientField(win) {
    for (const field of win.root.querySelectorAll<HTMLElement>(TO)) {
      if ((field.tagName === 'INPUT' || field.tagName === 'TEXTAREA') && !isHidden(field)) return field;
      const inner = field.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, [contenteditable="true"]');
      if (inner && !isHidden(inner)) return inner;
    }
    return null;
  },

  protectedStart(win) {
    return firstTopLevelMatch(win.body, PROTECTED);
  },
};
