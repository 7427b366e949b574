// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../../extension/compose/outlook.ts';
import { loadFixture } from './load-fixture.ts';

const newMail = (file = 'outlook-new-mail.html') => loadFixture(file, [{ template: 'compose', host: '#compose-host' }]);

/** The To well as each Outlook build marked it up (Briskine's selector history), applied to the fixture. */
const TO_VARIANTS: ReadonlyArray<readonly [string, (well: HTMLElement) => void, string]> = [
  ['contenteditable without role', () => {}, 'single-line contenteditable'],
  ['role=textbox without dir', (w) => w.setAttribute('role', 'textbox'), 'role=textbox without dir'],
  ['role=presentation contenteditable', (w) => w.setAttribute('role', 'presentation'), 'role=presentation contenteditable'],
  ['a combobox input', (w) => {
    const input = w.ownerDocument.createElement('input');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-label', w.getAttribute('aria-label')!);
    w.replaceWith(input);
  }, 'role=combobox'],
];

describe('outlookAdapter on new mail', () => {
  it('finds the compose body, subject, To well and the Send split button (not the ribbon)', () => {
    const doc = newMail();
    const [win, ...more] = outlookAdapter.findComposeWindows(doc);
    expect(more).toEqual([]);
    expect(win!.body.getAttribute('aria-multiline')).toBe('true');
    expect(win!.root.classList.contains('ms-compose')).toBe(true);
    expect(win!.isReply).toBe(false);
    expect(win!.sendButton?.textContent).toBe('Send');
    expect(win!.signals.send).toBe('shortcut in its tooltip');
    expect(outlookAdapter.readSubject(win!)).toBe('');
    expect(outlookAdapter.readRecipients(win!)).toEqual({ addresses: [], names: [] });
    expect(outlookAdapter.recipientField(win!)?.element.getAttribute('aria-label')).toBe('To');
    expect((outlookAdapter.protectedStart(win!) as Element).id).toBe('Signature');
  });

  it('puts the button after the whole Send split button, outside the ribbon', () => {
    const [win] = outlookAdapter.findComposeWindows(newMail());
    expect(win!.buttonSpot.where).toBe('afterend');
    expect(win!.buttonSpot.element.classList.contains('fui-SplitButton')).toBe(true);
    expect(win!.buttonSpot.element.contains(win!.sendButton)).toBe(true);
    expect(win!.buttonSpot.element.closest('[role="toolbar"]')).toBeNull();
  });

  it.each(TO_VARIANTS)('finds To written as %s, never the ribbon font box, and the subject', (_name, change, signal) => {
    const doc = newMail();
    change(doc.querySelector<HTMLElement>('[data-well="to"]')!);
    const [win] = outlookAdapter.findComposeWindows(doc);
    const to = outlookAdapter.recipientField(win!);
    expect(to?.signal).toBe(signal);
    expect(to?.element.getAttribute('aria-label')).toBe('To');
    expect(outlookAdapter.subjectField(win!)?.element.getAttribute('aria-label')).toBe('Add a subject');
  });

  it('finds a subject that lost its maxlength by its place (the last text input above the body)', () => {
    const doc = newMail();
    doc.querySelector('input[maxlength="255"]')!.removeAttribute('maxlength');
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(outlookAdapter.subjectField(win!)).toEqual({ element: doc.querySelector('.subject input'), signal: 'last text input above the body' });
  });

  it('reads recipients shown by display name only, and by address', () => {
    const doc = newMail();
    doc.querySelector('[data-well="to"]')!.innerHTML =
      '<span class="_EType_RECIPIENT_ENTITY" contenteditable="false"><span class="lpc-hoverTarget">Zhou Min</span></span>' +
      '<span class="_EType_RECIPIENT_ENTITY" contenteditable="false"><span title="li.lei@example.com">Li Lei</span></span>&nbsp;';
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(outlookAdapter.readRecipients(win!)).toEqual({ addresses: ['li.lei@example.com'], names: ['Zhou Min'] });
  });

  it('never takes a recipient well for a body', () => {
    const doc = newMail();
    const bodies = outlookAdapter.findComposeWindows(doc).map((w) => w.body);
    for (const well of doc.querySelectorAll('.well')) expect(bodies).not.toContain(well);
  });
});

describe('outlookAdapter on a reading-pane reply', () => {
  const reply = () => loadFixture('outlook-reading-pane-reply.html', [{ template: 'reply', host: '#reply-host' }]);

  it('ignores read-only message bodies that share the compose body label', () => {
    expect(outlookAdapter.findComposeWindows(loadFixture('outlook-reading-pane-reply.html'))).toEqual([]);
  });

  it('finds the reply in its docking container and reads the display name of the read-only recipient line', () => {
    const [win, ...more] = outlookAdapter.findComposeWindows(reply());
    expect(more).toEqual([]);
    expect(win!.isReply).toBe(true);
    expect(win!.signals.container).toBe('docking container');
    expect(win!.sendButton?.textContent).toBe('发送');
    expect(outlookAdapter.readSubject(win!)).toBeUndefined();
    expect(outlookAdapter.recipientField(win!)).toBeNull();
    expect(outlookAdapter.readRecipients(win!)).toEqual({ addresses: [], names: ['陈静'] });
    expect((outlookAdapter.protectedStart(win!) as Element).id).toBe('Signature');
  });

  it('makes the recipient fields editable by focus before filling them', async () => {
    const doc = reply();
    const [win] = outlookAdapter.findComposeWindows(doc);
    const line = doc.querySelector('[data-readonly-recipients]')!;
    // What Outlook does on focus (the fixture's script does not run here).
    line.addEventListener('focusin', () => line.replaceWith(Object.assign(doc.createElement('div'), { innerHTML: '<div contenteditable="true" aria-label="收件人"></div>' }).firstElementChild!));
    const field = await outlookAdapter.openRecipients(win!);
    expect(field?.element.getAttribute('aria-label')).toBe('收件人');
    expect(field?.signal).toMatch(/made editable by focusin on the docking recipients line/);
  });
});

describe('outlookAdapter finding Send in any UI language', () => {
  it.each([
    ['outlook-new-mail.html', 'compose', '#compose-host', 'Send'],
    ['outlook-reading-pane-reply.html', 'reply', '#reply-host', '发送'],
  ])('%s: by the split button without a shortcut, never the ribbon, recipient buttons or Discard', (file, template, host, label) => {
    const doc = loadFixture(file, [{ template, host }]);
    for (const el of doc.querySelectorAll('[title*="Enter"]')) el.setAttribute('title', el.textContent ?? '');
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(win!.sendButton?.textContent).toBe(label);
    expect(['split button with a send-options menu', 'Fluent split button primary action']).toContain(win!.signals.send);
  });

  it('by its place when it is no split button and names no shortcut', () => {
    const doc = newMail('outlook-new-mail-zh.html');
    doc.querySelector('.send-split .fui-SplitButton__menuButton')!.remove();
    doc.querySelector('.send-split .fui-SplitButton__primaryActionButton')!.classList.remove('fui-SplitButton__primaryActionButton');
    // The menu hidden by a stylesheet class needs layout to be seen as hidden (Chromium test).
    doc.querySelector('.menu-hidden')!.remove();
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(win!.sendButton?.textContent).toBe('发送');
    expect(win!.signals.send).toBe('first control before the body');
  });

  it('has none while the command bar has not rendered: never the "To" or "Cc" button beside a well', () => {
    const doc = newMail();
    doc.querySelector('.compose-bar')!.remove();
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(win!.sendButton).toBeNull();
    expect(win!.signals.send).toBe('not found: compose header');
    // The fixed spot: just above the To row, outside the ribbon and the body.
    expect(win!.buttonSpot).toEqual({ element: doc.querySelector('[data-well="to"]')!.parentElement, where: 'beforebegin' });
  });

  it('takes the key combination, not any label with the word Enter in it', () => {
    const doc = newMail();
    const focus = doc.createElement('button');
    focus.setAttribute('aria-label', 'Enter focus mode');
    focus.title = 'Enter focus mode';
    doc.querySelector('.compose-bar')!.prepend(focus);
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(win!.sendButton?.textContent).toBe('Send');
  });

  it('takes an ARIA key shortcut first', () => {
    const doc = newMail('outlook-new-mail-zh.html');
    const send = doc.createElement('button');
    send.setAttribute('aria-keyshortcuts', 'Control+Enter');
    send.textContent = '立即发送';
    doc.querySelector('.compose-bar')!.append(send);
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(win!.sendButton).toBe(send);
  });
});

describe('outlookAdapter and the Settings signature editor', () => {
  it('gives no button to an editor with the roles of a compose body but no recipients, subject or Send', () => {
    expect(outlookAdapter.findComposeWindows(loadFixture('outlook-settings-signature.html'))).toEqual([]);
  });
});

describe('outlookAdapter with a combobox To field and chips beside it', () => {
  it('reads and fills To through the input', () => {
    document.body.innerHTML = `
      <div class="compose">
        <button type="button" title="Send (Ctrl+Enter)">Send</button>
        <div class="to"><span title="ap@minghua-electronics.example">Zhou Min</span><input role="combobox" aria-label="To" value=""></div>
        <input type="text" maxlength="255" aria-label="Add a subject" value="">
        <div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body"><div><br></div></div>
      </div>`;
    const [win, ...more] = outlookAdapter.findComposeWindows(document);
    expect(more).toEqual([]);
    expect(win!.root.className).toBe('compose');
    expect(win!.isReply).toBe(false);
    expect(outlookAdapter.readRecipients(win!).addresses).toEqual(['ap@minghua-electronics.example']);
    expect(outlookAdapter.recipientField(win!)?.element.tagName).toBe('INPUT');
    expect(outlookAdapter.subjectField(win!)?.element.getAttribute('aria-label')).toBe('Add a subject');
  });
});
