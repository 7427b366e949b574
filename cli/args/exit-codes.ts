/**
 * What a `dunning` command's exit status means (README, "Exit codes"). Scripts and scheduled
 * jobs branch on these, so they are a contract:
 * - `ok` (0): done.
 * - `input` (1): the input could not be used — a file that cannot be read, nothing readable in
 *   it, every row rejected, an import that stopped, stdin that is not JSON, a case that could not
 *   be computed. One plain line on stderr says why.
 * - `usage` (2): the command line is wrong — an unknown option, a missing or bad value, an output
 *   path that is an input or a directory. The message names the option.
 * - `internal` (70, EX_SOFTWARE): a bug in dunning itself, reported in one line (the stack only
 *   with DUNNING_DEBUG=1).
 */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
