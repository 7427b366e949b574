// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { focusedWindow } from '../../../extension/compose/focused-window.ts';
import { gmailAdapter } from '../../../extension/compose/gmail.ts';
import { loadFixture } from './load-fixture.ts';

describe('focusedWindow (where the shortcut opens the picker)', () => {
  it('is the window holding the focus, the only window when focus is elsewhere, else none', () => {
    const doc = loadFixture('gmail-new-message.html', [
      { template: 'compose', host: '#compose-host' },
      { template: 'compose', host: '#compose-host' },
    ]);
    const entries = gmailAdapter.findComposeWindows(doc).map((win) => ({ win }));
    expect(entries).toHaveLength(2);
    entries[1]!.win.root.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.focus();
    expect(focusedWindow(doc, entries)).toBe(entries[1]);
    (doc.activeElement as HTMLElement).blur();
    expect(focusedWindow(doc, entries)).toBeUndefined();
    expect(focusedWindow(doc, entries.slice(0, 1))).toBe(entries[0]);
  });
});
