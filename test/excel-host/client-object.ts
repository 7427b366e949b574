import { hostError } from './host-error.ts';
import type { HostContext } from './request-context.ts';

/**
 * How a proxy finds its model object at `sync`. Objects returned by methods resolve once, when
 * their creating command runs (so `getUsedRange()` means the used range at that point of the
 * batch, as in Office); navigation properties resolve through their parent each time.
 */
export interface ObjRef<T> {
  readonly id: number;
  /** The model object; throws `ItemNotFound` for a null object, `InvalidObjectPath` before it resolved. */
  target(): T;
  isNull(): boolean;
  /** Whether the command that finds the object has run (so `isNullObject` is known after that sync). */
  resolved(): boolean;
}

/** A scalar property: how it reads from, and (if writable) writes to, the model. */
export interface PropSpec<T> {
  read(t: T): unknown;
  write?(t: T, value: unknown): void;
}

export type Props<T> = Readonly<Record<string, PropSpec<T>>>;

/** Internal hooks every host proxy carries (not part of Office.js). */
export interface HostProxy {
  readonly __ref: ObjRef<unknown>;
  /** Loads `names` now (inside a running `sync`); returns what goes over the wire. */
  __snapshot(names: readonly string[] | undefined): unknown;
}

const NOT_LOADED = (name: string): Error => hostError(
  'PropertyNotLoaded',
  `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
);

/** A ref whose model object is known now (items of a loaded collection). */
export function fixedRef<T>(ctx: HostContext, value: T): ObjRef<T> {
  return { id: ctx.newId(), target: () => value, isNull: () => false, resolved: () => true };
}

/** A ref resolved by a queued method call on the parent (memoized when the command runs). */
export function methodRef<P, T>(
  ctx: HostContext, parent: ObjRef<P>, member: string, args: unknown, compute: (p: P) => T | null,
): ObjRef<T> {
  const id = ctx.newId();
  let state: { done: false } | { done: true; value: T | null } = { done: false };
  ctx.enqueue(parent.id, member, args, () => { state = { done: true, value: compute(parent.target()) }; return undefined; });
  return {
    id,
    target() {
      if (!state.done) throw hostError('InvalidObjectPath', `object from ${member} used before its command ran`);
      if (state.value === null) throw hostError('ItemNotFound', `${member}: the requested item does not exist`);
      return state.value;
    },
    isNull: () => state.done && state.value === null,
    resolved: () => state.done,
  };
}

/** A ref reached through a navigation property of the parent. */
export function navRef<P, T>(ctx: HostContext, parent: ObjRef<P>, compute: (p: P) => T): ObjRef<T> {
  return { id: ctx.newId(), target: () => compute(parent.target()), isNull: () => parent.isNull(), resolved: () => parent.resolved() };
}

function parseLoadOption(option: unknown): string[] | undefined {
  if (option === undefined || option === null) return undefined;
  if (typeof option === 'string') return option.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((o) => parseLoadOption(o) ?? []);
  if (typeof option === 'object') {
    const o = option as Record<string, unknown>;
    if ('select' in o) return parseLoadOption(o.select);
    return Object.entries(o).filter(([, v]) => v === true).map(([k]) => k);
  }
  throw hostError('InvalidArgument', 'load: unsupported option');
}

function snapshotValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => snapshotValue(x));
  return v;
}

/**
 * Builds an Office.js-style client object: scalar props that throw `PropertyNotLoaded`
 * until loaded and synced, setters that queue a command, `load()` and `toJSON()`.
 * `members` adds navigation getters and methods (its property descriptors are copied).
 */
export function clientObject<T>(ctx: HostContext, ref: ObjRef<T>, props: Props<T>, members: object = {}): HostProxy {
  const loaded = new Map<string, unknown>();
  const obj = {} as Record<string, unknown>;
  const snapshot = (names: readonly string[] | undefined): unknown => {
    const wanted = names ?? Object.keys(props);
    const out: Record<string, unknown> = {};
    const isNull = ref.isNull();
    loaded.set('isNullObject', isNull);
    for (const name of wanted) {
      const slash = name.indexOf('/');
      if (slash > 0) {
        const nav = obj[name.slice(0, slash)] as HostProxy | undefined;
        if (!nav || typeof nav.__snapshot !== 'function') throw hostError('InvalidArgument', `cannot load ${name}`);
        out[name.slice(0, slash)] = nav.__snapshot([name.slice(slash + 1)]);
        continue;
      }
      const spec = props[name];
      if (!spec) {
        const nav = obj[name] as HostProxy | undefined;
        if (nav && typeof nav.__snapshot === 'function') { out[name] = nav.__snapshot(undefined); continue; }
        throw hostError('PropertyNotFound', `no property ${name} on this object`);
      }
      const value = isNull ? null : snapshotValue(spec.read(ref.target()));
      loaded.set(name, value);
      out[name] = value;
    }
    return out;
  };
  Object.defineProperty(obj, 'context', { value: ctx, enumerable: false });
  Object.defineProperty(obj, '__ref', { value: ref, enumerable: false });
  Object.defineProperty(obj, '__snapshot', { value: snapshot, enumerable: false });
  Object.defineProperty(obj, 'isNullObject', {
    enumerable: true,
    // Office documents `getItemOrNullObject(…)` + `sync()` + `isNullObject` with no load.
    get() {
      if (loaded.has('isNullObject')) return loaded.get('isNullObject');
      if (ref.resolved()) return ref.isNull();
      throw NOT_LOADED('isNullObject');
    },
  });
  for (const [name, spec] of Object.entries(props)) {
    Object.defineProperty(obj, name, {
      enumerable: true,
      get() { if (!loaded.has(name)) throw NOT_LOADED(name); return loaded.get(name); },
      set(value: unknown) {
        if (!spec.write) throw hostError('InvalidOperation', `${name} is read-only`);
        const write = spec.write;
        const copy = snapshotValue(value);
        ctx.enqueue(ref.id, name, copy, () => { write(ref.target(), copy); return undefined; });
      },
    });
  }
  Object.defineProperties(obj, Object.getOwnPropertyDescriptors(members));
  Object.defineProperty(obj, 'load', {
    value(option?: unknown) {
      const names = parseLoadOption(option);
      ctx.enqueue(ref.id, 'load', names ?? '*', () => snapshot(names));
      return obj;
    },
  });
  Object.defineProperty(obj, 'toJSON', {
    value() { return Object.fromEntries([...loaded.entries()]); },
  });
  return obj as unknown as HostProxy;
}

/** Office.js `ClientResult<T>`: `value` readable after the sync that computed it. */
export function clientResult<T>(ctx: HostContext, ref: ObjRef<unknown>, member: string, args: unknown, compute: () => T): { readonly value: T } {
  let state: { done: false } | { done: true; value: T } = { done: false };
  ctx.enqueue(ref.id, member, args, () => { const value = compute(); state = { done: true, value }; return value; });
  return {
    get value(): T {
      if (!state.done) throw NOT_LOADED('value');
      return state.value;
    },
  };
}

/**
 * A collection proxy: `items` readable after `load`, plus whatever `members` adds
 * (`getItem`, `add`, `getCount`…). Loading `name` on a collection loads it on every item;
 * loading one of `props` (e.g. `count`) loads it on the collection itself (items stay unloaded
 * when nothing else is asked for).
 */
export function clientCollection<T, I>(
  ctx: HostContext, ref: ObjRef<T>, list: (t: T) => readonly I[], makeItem: (r: ObjRef<I>) => HostProxy, members: object = {}, props: Props<T> = {},
): HostProxy {
  let items: HostProxy[] | undefined;
  const loaded = new Map<string, unknown>();
  const obj = {} as Record<string, unknown>;
  const snapshot = (names: readonly string[] | undefined): unknown => {
    const own = names?.filter((n) => Object.hasOwn(props, n)) ?? [];
    const rest = names?.filter((n) => !Object.hasOwn(props, n));
    const out: Record<string, unknown> = {};
    for (const name of own) {
      const value = (props[name] as PropSpec<T>).read(ref.target());
      loaded.set(name, value);
      out[name] = value;
    }
    if (names !== undefined && rest?.length === 0) return out;
    const itemNames = rest?.flatMap((n) => (n === 'items' ? [] : [n.startsWith('items/') ? n.slice(6) : n]));
    const loadedItems = list(ref.target()).map((t) => makeItem(fixedRef(ctx, t)));
    items = loadedItems;
    const snapshots = loadedItems.map((item) => item.__snapshot(itemNames && itemNames.length > 0 ? itemNames : undefined));
    return own.length > 0 ? { ...out, items: snapshots } : snapshots;
  };
  Object.defineProperty(obj, 'context', { value: ctx });
  Object.defineProperty(obj, '__ref', { value: ref });
  Object.defineProperty(obj, '__snapshot', { value: snapshot });
  Object.defineProperty(obj, 'items', {
    enumerable: true,
    get() { if (!items) throw NOT_LOADED('items'); return items; },
  });
  for (const name of Object.keys(props)) {
    Object.defineProperty(obj, name, {
      enumerable: true,
      get() { if (!loaded.has(name)) throw NOT_LOADED(name); return loaded.get(name); },
    });
  }
  Object.defineProperties(obj, Object.getOwnPropertyDescriptors(members));
  Object.defineProperty(obj, 'load', {
    value(option?: unknown) {
      const names = parseLoadOption(option);
      ctx.enqueue(ref.id, 'load', names ?? '*', () => snapshot(names));
      return obj;
    },
  });
  if (!('getCount' in members)) {
    Object.defineProperty(obj, 'getCount', {
      value: () => clientResult(ctx, ref, 'getCount', undefined, () => list(ref.target()).length),
    });
  }
  return obj as unknown as HostProxy;
}

/** The ref behind a proxy passed back into the API (e.g. a Range given to `charts.add`). */
export function refOf<T>(proxy: unknown, what: string): ObjRef<T> {
  const ref = (proxy as Partial<HostProxy> | null)?.__ref;
  if (!ref) throw hostError('InvalidArgument', `${what}: not an object of this host`);
  return ref as ObjRef<T>;
}
