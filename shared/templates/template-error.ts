/** Why a template cannot be used. */
export type TemplateErrorCode =
  | 'unclosed-tag' // `{{` without `}}`
  | 'unclosed-block' // `{{#if}}` / `{{#each}}` without its `{{/…}}`
  | 'unexpected-close' // `{{/if}}` that closes nothing, or the wrong block
  | 'unexpected-else'
  | 'bad-tag' // not a placeholder, block or partial
  | 'unknown-placeholder'
  | 'unknown-formatter'
  | 'wrong-formatter' // `| money` on a date, …
  | 'unknown-partial'
  | 'not-a-list' // `{{#each}}` over a single value
  | 'not-printable' // a flag or an object printed as text
  | 'missing-value' // the path exists but this message has no value for it
  | 'empty-template';

/** One problem, located by 1-based line and column (UTF-16 code units) of the offending `{{`. */
export interface TemplateError {
  readonly code: TemplateErrorCode;
  /** The placeholder, block or formatter concerned (`customer.nmae`, `#each`, `mony`). */
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** Which part of a user template: `subject` or `body`. */
  readonly part?: 'subject' | 'body';
}
