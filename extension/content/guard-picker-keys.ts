const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;
const PROBE = 'dunning-desk-key-guard-probe';

/** A running key guard: `ensure` puts it back when the page erased the window's listeners. */
export interface KeyGuard {
  ensure(): void;
  stop(): void;
}

/**
 * Keeps keys typed in the extension's UI (picker, notice) away from the page's shortcut
 * handlers. Gmail and Outlook act on single letters ("c" composes, "r" replies) from listeners
 * in the capture phase, which run before anything at the picker's host could stop them. So the
 * guard listens on the window in the capture phase, registered at document_start before any
 * page script: a key whose path goes through one of `ours` stops there, and a copy of it is
 * dispatched at the same target, not composed, so it travels only inside the shadow root, where
 * the picker's own handlers get it (and may cancel the original's default, e.g. Enter). The
 * original's default action (the typed character) still happens.
 */
export function guardPickerKeys(view: Window & typeof globalThis, ours: (node: EventTarget) => boolean): KeyGuard {
  let alive = false;
  const onKey = (event: Event): void => {
    const e = event as KeyboardEvent;
    if (!e.isTrusted) return;
    const path = e.composedPath();
    if (!path.some(ours)) return;
    e.stopImmediatePropagation();
    const target = path[0];
    if (!target) return;
    const copy = new view.KeyboardEvent(e.type, {
      key: e.key, code: e.code, location: e.location, repeat: e.repeat, isComposing: e.isComposing,
      ctrlKey: e.ctrlKey, shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey,
      keyCode: e.keyCode, charCode: e.charCode, which: e.which,
      bubbles: true, cancelable: true, composed: false,
    });
    if (!target.dispatchEvent(copy)) e.preventDefault();
  };
  const onProbe = (): void => {
    alive = true;
  };
  const add = (): void => {
    for (const type of KEY_EVENTS) view.addEventListener(type, onKey, true);
    view.addEventListener(PROBE, onProbe);
  };
  add();
  return {
    // document.open() (how webmail writes a pop-out window) erases the window's listeners:
    // a probe that nobody hears means the guard must be added again.
    ensure() {
      alive = false;
      view.dispatchEvent(new view.CustomEvent(PROBE));
      if (!alive) add();
    },
    stop() {
      for (const type of KEY_EVENTS) view.removeEventListener(type, onKey, true);
      view.removeEventListener(PROBE, onProbe);
    },
  };
}
