// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../extension/compose/gmail.ts';
import { loadFixture } from './load-fixture.ts';

const newMessage = (file = 'gmail-new-message.html') => loadFixture(file, [{ template: 'compose', host: '#compose-host' }]);

describe('gmailAdapter on the new-message dialog', () => {
  it.each([
    ['gmail-new-message.html', 'Send'],
    ['gmail-new-message-zh.html', '发送'],
  ])('finds one window in %s with its body, subject, To field and Send button', (file, sendLabel) => {
    const doc = newMessage(file);
    const [win, ...more] = gmailAdapter.findComposeWindows(doc);
    expect(more).toEqual([]);
    expect(win!.body.getAttribute('g_editable')).toBe('true');
    expect(win!.root.contains(doc.querySelector('input[name="subjectbox"]'))).toBe(true);
    expect(win!.root.contains(win!.sendButton)).toBe(true);
    expect(win!.isReply).toBe(false);
    expect(win!.sendButton?.textContent).toBe(sendLabel);
    expect(win!.signals.send).toBe('shortcut in its tooltip');
    expect(gmailAdapter.readSubject(win!)).toBe('');
    expect(gmailAdapter.subjectField(win!)?.element.name).toBe('subjectbox');
    expect(gmailAdapter.readRecipients(win!)).toEqual({ addresses: [], names: [] });
    expect(gmailAdapter.recipientField(win!)?.element.getAttribute('role')).toBe('combobox');
    expect((gmailAdapter.protectedStart(win!) as Element).className).toBe('gmail_signature_prefix');
  });

  it('puts the button after the whole Send group, never between Send and "More send options"', () => {
    const [win] = gmailAdapter.findComposeWindows(newMessage());
    const { element, where } = win!.buttonSpot;
    expect(where).toBe('afterend');
    expect(element.contains(win!.sendButton)).toBe(true);
    expect(element.querySelector('[aria-haspopup="true"]')?.getAttribute('aria-label')).toBe('More send options');
    expect(element.closest('[role="toolbar"]')).toBeNull();
  });

  it.each([
    ['a tooltip that translates the key name (German)', (doc: Document) => {
      for (const el of doc.querySelectorAll('.aoO')) for (const a of ['data-tooltip', 'aria-label']) el.setAttribute(a, 'Senden (Strg + Eingabetaste)');
    }, 'Gmail bottom bar (.IZ .Up)'],
    ['no tooltip and no bottom-bar classes', (doc: Document) => {
      for (const el of doc.querySelectorAll('.aoO')) for (const a of ['data-tooltip', 'aria-label']) el.removeAttribute(a);
      for (const el of doc.querySelectorAll('.IZ, .Up')) el.classList.remove('IZ', 'Up');
    }, 'split button with a send-options menu'],
    ['no tooltip, no classes, no send-options menu', (doc: Document) => {
      for (const el of doc.querySelectorAll('.aoO')) for (const a of ['data-tooltip', 'aria-label']) el.removeAttribute(a);
      for (const el of doc.querySelectorAll('.IZ, .Up')) el.classList.remove('IZ', 'Up');
      doc.querySelector('.hG')!.remove();
    }, 'first control after the body'],
  ])('finds Send with %s, never Undo in the formatting toolbar', (_case, change, signal) => {
    const doc = newMessage('gmail-new-message-zh.html');
    change(doc);
    const [win] = gmailAdapter.findComposeWindows(doc);
    expect(win!.sendButton?.textContent).toBe('发送');
    expect(win!.signals.send).toBe(signal);
    expect(win!.body.contains(win!.sendButton)).toBe(false);
  });

  it('finds Send in a bottom bar outside the block that holds the recipients, and widens the window to it', () => {
    const doc = newMessage();
    // The bar moved out of the block holding recipients, subject and body.
    doc.querySelector('.M9')!.after(doc.querySelector('.aDh')!);
    const [win] = gmailAdapter.findComposeWindows(doc);
    expect(win!.sendButton?.textContent).toBe('Send');
    expect(win!.signals.send).toBe('shortcut in its tooltip');
    expect(win!.root.contains(win!.sendButton)).toBe(true);
    expect(win!.root.getAttribute('role')).toBe('dialog');
  });

  it('falls back to the top of the compose header when there is no Send at all', () => {
    const doc = newMessage();
    doc.querySelector('table.IZ')!.remove();
    doc.querySelector('.aX')!.remove();
    doc.querySelector('.aYF [role="button"]')!.remove();
    const [win] = gmailAdapter.findComposeWindows(doc);
    expect(win!.sendButton).toBeNull();
    expect(win!.buttonSpot.where).toBe('beforebegin');
    expect(win!.body.contains(win!.buttonSpot.element)).toBe(false);
  });

  it('has no Send when only the Send group is missing: not the formatting toggle, not Discard draft', () => {
    const doc = newMessage();
    for (const cell of doc.querySelectorAll('.IZ .Up')) cell.replaceChildren();
    const [win] = gmailAdapter.findComposeWindows(doc);
    expect(win!.sendButton).toBeNull();
    expect(win!.signals.send).toBe('not found: compose header');
    // The fixed spot: at the top of the header, before the recipients (summary or rows).
    expect(win!.buttonSpot).toEqual({ element: doc.querySelector('.aoD.hl'), where: 'beforebegin' });
  });

  it('finds nothing before the editable body has mounted', () => {
    expect(gmailAdapter.findComposeWindows(loadFixture('gmail-new-message.html'))).toEqual([]);
  });

  it('gives no button to an editor that is not a compose window (the settings signature editor)', () => {
    document.body.innerHTML = '<div role="main"><table><tr><td>Signature</td><td><div class="Am aiL" g_editable="true" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Signature"></div></td></tr></table><button>Save Changes</button></div>';
    expect(gmailAdapter.findComposeWindows(document)).toEqual([]);
  });

  it('reads a recipient typed into the To field', () => {
    const [win] = gmailAdapter.findComposeWindows(newMessage());
    (gmailAdapter.recipientField(win!)!.element as HTMLInputElement).value = 'AP@Minghua-Electronics.example';
    expect(gmailAdapter.readRecipients(win!).addresses).toEqual(['ap@minghua-electronics.example']);
  });

  it('starts the message inside the .gmail_default wrapper of the first line (the user\'s default font)', () => {
    const [win] = gmailAdapter.findComposeWindows(newMessage());
    expect((gmailAdapter.messageStart(win!) as Element).className).toBe('gmail_default');
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

describe('gmailAdapter on an inline reply with its recipients folded', () => {
  const reply = () => loadFixture('gmail-inline-reply.html', [{ template: 'reply', host: '#reply-host' }]);

  it('finds the reply, not the received message, knows it is a reply and reads the folded chip', () => {
    const wins = gmailAdapter.findComposeWindows(reply());
    expect(wins).toHaveLength(1);
    const win = wins[0]!;
    expect(win.body.closest('.ip')).not.toBeNull();
    expect(win.isReply).toBe(true);
    expect(gmailAdapter.readSubject(win)).toBeUndefined();
    expect(gmailAdapter.subjectField(win)).toBeNull();
    expect(gmailAdapter.readRecipients(win).addresses).toEqual(['ap@minghua-electronics.example']);
    // Folded: the To box is not editable until the summary opens the rows.
    expect(gmailAdapter.recipientField(win)).toBeNull();
    expect(win.sendButton?.getAttribute('data-tooltip')).toContain('Ctrl-Enter');
  });

  it('opens the folded rows from the summary and then finds the To box', async () => {
    const doc = reply();
    const [win] = gmailAdapter.findComposeWindows(doc);
    // What Gmail does when the summary gets focus (the fixture's script does not run here).
    doc.querySelector('.aoD.hl')!.addEventListener('focus', () => {
      (doc.querySelector('.fX') as HTMLElement).style.display = '';
    });
    const field = await gmailAdapter.openRecipients(win!);
    expect(field?.element.getAttribute('aria-label')).toBe('To recipients');
    expect(field?.signal).toMatch(/opened by focus.* on the recipients summary/);
  });

  it('protects the signature, which comes before the quoted history', () => {
    const [win] = gmailAdapter.findComposeWindows(reply());
    const start = gmailAdapter.protectedStart(win!) as Element;
    expect(start.className).toBe('gmail_signature_prefix');
    expect(start.compareDocumentPosition(win!.body.querySelector('.gmail_quote')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
