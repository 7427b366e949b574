// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../../extension/compose/outlook.ts';
import type { ComposeWindow } from '../../../extension/compose/compose-window.ts';
import { watchComposeWindows } from '../../../extension/compose/watch-compose-windows.ts';
import { loadFixture } from './load-fixture.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watching for compose windows', () => {
  it('reports a window once its editor mounts, and again when it is gone', async () => {
    const doc = loadFixture('outlook-new-mail.html');
    const added: ComposeWindow[] = [];
    const removed: ComposeWindow[] = [];
    const watcher = watchComposeWindows(doc, outlookAdapter, (w) => added.push(w), (w) => removed.push(w));

    const template = doc.getElementById('compose') as HTMLTemplateElement;
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    const editor = fragment.querySelector('[data-late-body]')!;
    const placeholder = doc.createComment('editor');
    editor.replaceWith(placeholder);
    doc.querySelector('#compose-host')!.append(fragment);
    await tick();
    expect(added).toHaveLength(0);

    placeholder.replaceWith(editor);
    await tick();
    expect(added).toHaveLength(1);
    expect(added[0]!.body).toBe(editor);

    doc.querySelector('.ms-compose')!.append(doc.createElement('span'));
    await tick();
    expect(added).toHaveLength(1);

    doc.querySelector('.ms-compose')!.remove();
    await tick();
    expect(removed.map((w) => w.body)).toEqual([editor]);
    watcher.stop();
  });

  it('drops an editor taken for a compose window once the page shows it is none (Settings signature editor)', async () => {
    const doc = loadFixture('outlook-settings-signature.html');
    const added: ComposeWindow[] = [];
    const removed: ComposeWindow[] = [];
    const watcher = watchComposeWindows(doc, outlookAdapter, (w) => added.push(w), (w) => removed.push(w));
    const signature = doc.querySelector<HTMLElement>('[aria-label="Email signature"]')!;
    // A new mail behind the dialog, its editor not mounted yet: the page holds one editor, the
    // signature's, and the new mail's recipients and Send.
    const fragment = (doc.getElementById('compose') as HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
    const editor = fragment.querySelector('[data-late-body]')!;
    const placeholder = doc.createComment('editor');
    editor.replaceWith(placeholder);
    doc.querySelector('#compose-host')!.append(fragment);
    await tick();
    // For that moment the one editor and the recipients and Send look like one compose window.
    expect(added.map((w) => w.body)).toEqual([signature]);
    // The editor mounts: the signature editor is no compose window after all.
    placeholder.replaceWith(editor);
    await tick();
    expect([...watcher.windows.keys()]).toEqual([editor]);
    expect(removed.map((w) => w.body)).toEqual([signature]);
    expect(added.map((w) => w.body)).toEqual([signature, editor]);
    watcher.stop();
  });

  it('hands on the window found afresh on every scan, with the Send button the webmail re-rendered', async () => {
    const doc = loadFixture('outlook-new-mail.html', [{ template: 'compose', host: '#compose-host' }]);
    const seen: ComposeWindow[] = [];
    const watcher = watchComposeWindows(doc, outlookAdapter, () => {}, () => {}, (w) => seen.push(w));
    const bar = doc.querySelector('.compose-bar')!;
    const fresh = bar.cloneNode(true) as HTMLElement;
    bar.replaceWith(fresh);
    await tick();
    const send = fresh.querySelector('.fui-SplitButton__primaryActionButton');
    expect(send).not.toBeNull();
    expect(seen.at(-1)?.sendButton).toBe(send);
    expect(watcher.windows.get(seen.at(-1)!.body)?.sendButton).toBe(send);
    watcher.stop();
  });
});
