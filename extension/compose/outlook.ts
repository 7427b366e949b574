import type { ComposeAdapter, ComposeWindow } from './compose-window.ts';
import { composeRoot } from './compose-root.ts';
import { extractEmails } from './email-address.ts';
import { firstControl } from './first-control.ts';
import { isHidden } from './is-hidden.ts';
import { isReplySubject } from './reply-subject.ts';
import { firstTopLevelMatch } from './top-level-child.ts';

// Outlook on the web: the compose body is the multi-line editable textbox. Read-only message
// bodies in the reading pane carry the same aria-label ("Message body", "邮件正文") but are not
// contenteditable, so anchoring on editing semantics keeps them out.
const BODY = 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]';
// Recipient wells (To, Cc, Bcc) are single-line editable textboxes, To first; some Outlook
// builds use a combobox input instead.
const WELL = '[contenteditable="true"][role="textbox"]:not([aria-multiline="true"]), input[role="combobox"]';
// Send is found by its shortcut where its title names one ("发送 (Ctrl+Enter)") or an ARIA key
// shortcut; without one (a UI language that translates the key name, a build without the
// tooltip) by the layout: the first button before the body, where Outlook's compose bar
// starts with Send, above the recipient rows.
// The key combination, not the word: "Enter focus mode" is no Send button.
const SEND_BY_SHORTCUT = ['aria-keyshortcuts', 'title', 'aria-label']
  .flatMap((attr) => ['+Enter', '-Enter', '⌘Enter'].map((combo) => `button[${attr}*="${combo}"]`))
  .join(', ');
// Outlook's subject input is limited to 255 characters; it is the only such text input.
const SUBJECT = 'input[maxlength="255"]';
const PROTECTED = [
  '#Signature',
  '[id$="_Signature"]',
  '#appendonsend',
  '#divRplyFwdMsg',
  '[id$="_divRplyFwdMsg"]',
  'blockquote',
].join(', ');

function subjectInput(root: HTMLElement): HTMLInputElement | null {
  const input = root.querySelector<HTMLInputElement>(SUBJECT);
  return input && !isHidden(input) && !input.closest(WELL) ? input : null;
}

function toWindow(body: HTMLElement): ComposeWindow {
  const root = composeRoot(body, BODY, (c) => c.querySelector(WELL) !== null && c.querySelector('button') !== null);
  const subject = subjectInput(root);
  // A reading-pane reply has no subject field; quoted history (divRplyFwdMsg) marks it too.
  const isReply =
    subject === null ||
    isReplySubject(subject.value) ||
    body.querySelector('#divRplyFwdMsg, [id$="_divRplyFwdMsg"], #appendonsend') !== null;
  const sendButton = root.querySelector<HTMLElement>(SEND_BY_SHORTCUT) ?? firstControl(root, body, 'before');
  return { webmail: 'outlook', root, body, isReply, sendButton };
}

/** The Outlook on the web adapter (outlook.office.com, office365.com, live.com, cloud.microsoft). */
export const outlookAdapter: ComposeAdapter = {
  webmail: 'outlook',

  findComposeWindows(root) {
    const bodies = [...root.querySelectorAll<HTMLElement>(BODY)];
    return bodies.filter((b) => !isHidden(b) && b.closest(WELL) === null).map(toWindow);
  },

  readRecipients(win) {
    const field = win.root.querySelector<HTMLElement>(WELL);
    if (!field) return [];
    // A combobox input keeps resolved recipients as chips beside it, in its parent.
    const well = field.tagName === 'INPUT' ? (field.parentElement ?? field) : field;
    // Resolved recipients show a name; the address sits in a title or aria-label of the chip.
    const found = extractEmails(well.textContent ?? '');
    if (field.tagName === 'INPUT') found.push(...extractEmails((field as HTMLInputElement).value));
    for (const el of well.querySelectorAll(':not(input)[title], :not(input)[aria-label], [data-email]')) {
      for (const attr of ['title', 'aria-label', 'data-email']) found.push(...extractEmails(el.getAttribute(attr) ?? ''));
    }
    return [...new Set(found)];
  },

  readSubject(win) {
    return subjectInput(win.root)?.value;
  },

  subjectField(win) {
    return subjectInput(win.root);
  },

  recipientField(win) {
    return win.root.querySelector<HTMLElement>(WELL);
  },

  protectedStart(win) {
    return firstTopLevelMatch(win.body, PROTECTED);
  },
};
