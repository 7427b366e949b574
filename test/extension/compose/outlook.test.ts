// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../../extension/compose/outlook.ts';
import { loadFixture } from './load-fixture.ts';

describe('outlookAdapter on new mail', () => {
  it('finds the compose body, subject, To well and Send button', () => {
    const doc = loadFixture('outlook-new-mail.html', [{ template: 'compose', host: '#compose-host' }]);
    const [win, ...more] = outlookAdapter.findComposeWindows(doc);
    expect(more).toEqual([]);
    expect(win!.body.getAttribute('aria-multiline')).toBe('true');
    expect(win!.root.classList.contains('ms-compose')).toBe(true);
    expect(win!.isReply).toBe(false);
    expect(win!.sendButton?.textContent).toBe('Send');
    expect(outlookAdapter.readSubject(win!)).toBe('');
    expect(outlookAdapter.readRecipients(win!)).toEqual([]);
    expect(outlookAdapter.recipientField(win!)?.getAttribute('aria-label')).toBe('To');
    expect((outlookAdapter.protectedStart(win!) as Element).id).toBe('Signature');
  });

  it('never takes a recipient well for a body', () => {
    const doc = loadFixture('outlook-new-mail.html', [{ template: 'compose', host: '#compose-host' }]);
    const bodies = outlookAdapter.findComposeWindows(doc).map((w) => w.body);
    for (const well of doc.querySelectorAll('.well')) expect(bodies).not.toContain(well);
  });
});

describe('outlookAdapter on a reading-pane reply with Chinese labels', () => {
  it('ignores read-only message bodies that share the compose body label', () => {
    const doc = loadFixture('outlook-reading-pane-reply.html');
    expect(outlookAdapter.findComposeWindows(doc)).toEqual([]);
  });

  it('finds the reply, reads the resolved recipient and sees no subject field', () => {
    const doc = loadFixture('outlook-reading-pane-reply.html', [{ template: 'reply', host: '#reply-host' }]);
    const wins = outlookAdapter.findComposeWindows(doc);
    expect(wins).toHaveLength(1);
    const win = wins[0]!;
    expect(win.isReply).toBe(true);
    expect(win.sendButton?.textContent).toBe('发送');
    expect(outlookAdapter.readSubject(win)).toBeUndefined();
    expect(outlookAdapter.readRecipients(win)).toEqual(['finance@hengyuan-foods.example']);
    expect((outlookAdapter.protectedStart(win) as Element).id).toBe('Signature');
  });
});

// The Chinese fixture whose Send names no shortcut, with a menu hidden by a stylesheet class
// before it, runs in Chromium (test/e2e/extension/outlook.e2e.test.ts): hiding by stylesheet
// needs layout, which the fixture DOM here does not have.
describe('outlookAdapter finding Send without a shortcut in its label', () => {
  it.each([
    ['outlook-new-mail.html', 'compose', '#compose-host', 'Send'],
    ['outlook-reading-pane-reply.html', 'reply', '#reply-host', '发送'],
  ])('%s: the first button above the body, not the recipient buttons or Discard', (file, template, host, label) => {
    const doc = loadFixture(file, [{ template, host }]);
    for (const el of doc.querySelectorAll('[title*="Enter"]')) el.setAttribute('title', el.textContent ?? '');
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(win!.sendButton?.textContent).toBe(label);
  });

  it('takes the key combination, not any label with the word Enter in it', () => {
    const doc = loadFixture('outlook-new-mail.html', [{ template: 'compose', host: '#compose-host' }]);
    const focus = doc.createElement('button');
    focus.setAttribute('aria-label', 'Enter focus mode');
    focus.title = 'Enter focus mode';
    doc.querySelector('[role="toolbar"]')!.prepend(focus);
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(win!.sendButton?.textContent).toBe('Send');
  });

  it('takes an ARIA key shortcut before the layout', () => {
    const doc = loadFixture('outlook-new-mail-zh.html', [{ template: 'compose', host: '#compose-host' }]);
    const toolbar = doc.querySelector('[role="toolbar"]')!;
    const send = doc.createElement('button');
    send.setAttribute('aria-keyshortcuts', 'Control+Enter');
    send.textContent = '立即发送';
    toolbar.append(send);
    const [win] = outlookAdapter.findComposeWindows(doc);
    expect(win!.sendButton).toBe(send);
  });
});

describe('outlookAdapter with a combobox To field', () => {
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
    expect(outlookAdapter.readRecipients(win!)).toEqual(['ap@minghua-electronics.example']);
    expect(outlookAdapter.recipientField(win!)?.tagName).toBe('INPUT');
    expect(outlookAdapter.subjectField(win!)?.getAttribute('aria-label')).toBe('Add a subject');
  });
});
