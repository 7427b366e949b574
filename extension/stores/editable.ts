/** A stored shape with its readonly modifiers removed, for form bindings (v-model). */
export type Editable<T> = { -readonly [K in keyof T]: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Editable<T[K]> : T[K] };
