// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../extension/compose/gmail.ts';
import { insertionRange, saveCaret } from '../../../extension/compose/caret.ts';
import { loadFixture } from './load-fixture.ts';

function reply() {
  const doc = loadFixture('gmail-inline-reply.html', [{ template: 'reply', host: '#reply-host' }]);
  const [win] = gmailAdapter.findComposeWindows(doc);
  return { doc, win: win!, boundary: gmailAdapter.protectedStart(win!)! };
}

function caretAt(node: Node, offset: number): Range {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  return range;
}

describe('where a reminder goes in the body', () => {
  it('at the saved caret when it is above the signature', () => {
    const { win, boundary } = reply();
    const firstLine = win.body.firstChild!;
    const range = insertionRange(win.body, caretAt(firstLine, 0), boundary);
    expect(range.startContainer).toBe(firstLine);
  });

  it('after a selection above the signature, never over it (the selected text stays)', () => {
    const { doc, win, boundary } = reply();
    const line = doc.createElement('div');
    line.textContent = 'Hello Zhou Min,';
    win.body.prepend(line);
    const selected = document.createRange();
    selected.selectNodeContents(line);
    const range = insertionRange(win.body, selected, boundary);
    expect(range.collapsed).toBe(true);
    expect([range.startContainer, range.startOffset]).toEqual([line, 1]);
  });

  it('at the top when the caret is inside the signature or the quoted history', () => {
    const { win, boundary } = reply();
    for (const inside of [win.body.querySelector('.gmail_signature div')!, win.body.querySelector('blockquote div')!]) {
      const range = insertionRange(win.body, caretAt(inside.firstChild!, 2), boundary);
      expect([range.startContainer, range.startOffset]).toEqual([win.body, 0]);
    }
  });

  it('at the top when no caret was saved or it is outside the body', () => {
    const { doc, win, boundary } = reply();
    expect(insertionRange(win.body, null, boundary).startContainer).toBe(win.body);
    expect(insertionRange(win.body, caretAt(doc.body, 0), boundary).startContainer).toBe(win.body);
  });

  it('saves the caret only when the selection is in the body', () => {
    const { doc, win } = reply();
    const selection = doc.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(caretAt(win.body.firstChild!, 0));
    expect(saveCaret(win.body)?.startContainer).toBe(win.body.firstChild);
    selection.removeAllRanges();
    selection.addRange(caretAt(doc.querySelector('.a3s')!, 0));
    expect(saveCaret(win.body)).toBeNull();
  });
});
