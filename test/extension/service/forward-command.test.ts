import { describe, expect, it } from 'vitest';
import { forwardCommand, OPEN_PICKER_MESSAGE } from '../../../extension/service/forward-command.ts';

describe('forwardCommand', () => {
  it('sends open-picker to the tab the shortcut was pressed in', async () => {
    const sent: Array<[number, unknown]> = [];
    expect(await forwardCommand('open-picker', { id: 7 }, async (id, m) => void sent.push([id, m]))).toBe(true);
    expect(sent).toEqual([[7, OPEN_PICKER_MESSAGE]]);
  });

  it('ignores other commands and tabs without an id', async () => {
    const sent: unknown[] = [];
    expect(await forwardCommand('_execute_action', { id: 7 }, async (...a) => void sent.push(a))).toBe(false);
    expect(await forwardCommand('open-picker', {}, async (...a) => void sent.push(a))).toBe(false);
    expect(await forwardCommand('open-picker', undefined, async (...a) => void sent.push(a))).toBe(false);
    expect(sent).toEqual([]);
  });

  it('treats a tab without the content script (any other site) as nothing to do', async () => {
    expect(await forwardCommand('open-picker', { id: 3 }, async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); })).toBe(false);
  });
});
