import { BUTTON_HOST_TAG } from '../compose/place-button.ts';

const BUTTON_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 6px; }
button { font: 600 13px/1 system-ui, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #0b57d0;
  background: #fff; border: 1px solid #0b57d0; border-radius: 16px; padding: 7px 12px; cursor: pointer; }
button:hover, button:focus-visible { background: #e8f0fe; }
`;


/**
 * The "Dunning" button for one compose window: a host element with an open shadow root (so
 * webmail styles do not leak in and tests can reach it). mousedown is cancelled so focus and the
 * caret stay in the editor; `onPress` runs on mousedown (or on a keyboard click) to capture that
 * caret, `onActivate` on click.
 */
export function createDunningButton(
  doc: Document,
  label: string,
  title: string,
  onPress: () => void,
  onActivate: () => void,
): HTMLElement {
  const host = doc.createElement(BUTTON_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BUTTON_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.title = title;
  button.setAttribute('data-testid', 'dunning-insert');
  button.addEventListener('mousedown', (event) => {
    event.preventDefault();
    onPress();
  });
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    // Pressed from the keyboard (Tab to it, Enter or Space: no mousedown, click detail 0): the
    // editor's selection is still where the user left it, so take the caret now.
    if (event.detail === 0) onPress();
    onActivate();
  });
  shadow.append(style, button);
  return host;
}
