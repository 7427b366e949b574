// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../extension/compose/gmail.ts';
import { loadFixture } from './load-fixture.ts';

describe('gmailAdapter on the new-message dialog', () => {
  it.each([
    ['gmail-new-message.html', 'Send'],
    ['gmail-new-message-zh.html', '发送'],
  ])('finds one window in %s with its body, subject, To field and Send button', (file, sendLabel) => {
    const doc = loadFixture(file, [{ template: 'compose', host: '#compose-host' }]);
    const [win, ...more] = gmailAdapter.findComposeWindows(doc);
    expect(more).toEqual([]);
    expect(win!.body.getAttribute('g_editable')).toBe('true');
    expect(win!.root.getAttribute('role')).toBe('dialog');
    expect(win!.isReply).toBe(false);
    expect(win!.sendButton?.textContent).toBe(sendLabel);
    expect(gmailAdapter.readSubject(win!)).toBe('');
    expect(gmailAdapter.subjectField(win!)?.name).toBe('subjectbox');
    expect(gmailAdapter.readRecipients(win!)).toEqual([]);
    expect(gmailAdapter.recipientField(win!)?.getAttribute('role')).toBe('combobox');
    expect((gmailAdapter.protectedStart(win!) as Element).className).toBe('gmail_signature_prefix');
  });

  it('finds Send by its place when its label names no shortcut (UI languages that translate the key)', () => {
    const doc = loadFixture('gmail-new-message-zh.html', [{ template: 'compose', host: '#compose-host' }]);
    for (const el of doc.querySelectorAll('[data-tooltip*="Enter"]')) {
      el.setAttribute('data-tooltip', '发送');
      el.setAttribute('aria-label', '发送');
    }
    const [win] = gmailAdapter.findComposeWindows(doc);
    expect(win!.sendButton?.textContent).toBe('发送');
    expect(win!.body.contains(win!.sendButton)).toBe(false);
  });

  it('finds nothing before the editable body has mounted', () => {
    const doc = loadFixture('gmail-new-message.html');
    expect(gmailAdapter.findComposeWindows(doc)).toEqual([]);
  });

  it('reads a recipient typed into the To field', () => {
    const doc = loadFixture('gmail-new-message.html', [{ template: 'compose', host: '#compose-host' }]);
    const [win] = gmailAdapter.findComposeWindows(doc);
    (gmailAdapter.recipientField(win!) as HTMLInputElement).value = 'AP@Minghua-Electronics.example';
    expect(gmailAdapter.readRecipients(win!)).toEqual(['ap@minghua-electronics.example']);
  });

  it('finds two compose windows side by side, each with its own root', () => {
    const doc = loadFixture('gmail-new-message.html', [
      { template: 'compose', host: '#compose-host' },
      { template: 'compose', host: '#compose-host' },
    ]);
    const wins = gmailAdapter.findComposeWindows(doc);
    expect(wins).toHaveLength(2);
    expect(wins[0]!.root).not.toBe(wins[1]!.root);
    expect(wins[0]!.root.contains(wins[1]!.body)).toBe(false);
  });
});

describe('gmailAdapter on an inline reply', () => {
  it('finds the reply, not the received message, and knows it is a reply', () => {
    const doc = loadFixture('gmail-inline-reply.html', [{ template: 'reply', host: '#reply-host' }]);
    const wins = gmailAdapter.findComposeWindows(doc);
    expect(wins).toHaveLength(1);
    const win = wins[0]!;
    expect(win.body.closest('.ip')).not.toBeNull();
    expect(win.isReply).toBe(true);
    expect(gmailAdapter.readSubject(win)).toBeUndefined();
    expect(gmailAdapter.subjectField(win)).toBeNull();
    expect(gmailAdapter.readRecipients(win)).toEqual(['ap@minghua-electronics.example']);
    expect(win.sendButton?.getAttribute('data-tooltip')).toContain('Ctrl-Enter');
  });

  it('protects the signature, which comes before the quoted history', () => {
    const doc = loadFixture('gmail-inline-reply.html', [{ template: 'reply', host: '#reply-host' }]);
    const [win] = gmailAdapter.findComposeWindows(doc);
    const start = gmailAdapter.protectedStart(win!) as Element;
    expect(start.className).toBe('gmail_signature_prefix');
    expect(start.compareDocumentPosition(win!.body.querySelector('.gmail_quote')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
