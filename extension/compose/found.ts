/**
 * An element of a compose window with the signal that found it. Adapters try several
 * independent signals in turn (a role, an attribute, a position) and say which one answered,
 * so that when the live site changes its markup the log shows which signal stopped working.
 */
export interface Found<T extends Element = HTMLElement> {
  readonly element: T;
  readonly signal: string;
}

/** One way of finding an element: its name (logged) and the lookup. */
export type Signal<T extends Element> = readonly [name: string, find: () => T | null | undefined];

/**
 * The first signal that finds an element, tried in order, with its name.
 *
 * @example
 * firstFound([['name=subjectbox', () => root.querySelector('input[name=subjectbox]')], ['position', () => lastTextInput(root)]])
 */
export function firstFound<T extends Element>(signals: ReadonlyArray<Signal<T>>): Found<T> | null {
  for (const [signal, find] of signals) {
    const element = find();
    if (element) return { element, signal };
  }
  return null;
}
