#!/usr/bin/env -S npx tsx
import { nodeIo, type CliIo } from './io.ts';
import type { CliCommand } from './cli-command.ts';
import { EXIT } from './args/exit-codes.ts';
import { fsErrorReason, isFsError } from './fs-error-message.ts';
import { REPORT_USAGE, runReport } from './commands/report.ts';
import { CALC_USAGE, runCalcCommand } from './commands/calc.ts';
import { REMIND_USAGE, runRemind } from './commands/remind.ts';
import { CLAUSE_USAGE, runClause } from './commands/clause.ts';
import { RATES_USAGE, runRates } from './commands/rates.ts';
import { TODAY_USAGE, runToday } from './commands/today.ts';
import { LOG_USAGE, runLog } from './commands/log.ts';

export { nodeIo };


/** Every command, in the order `dunning --help` lists them. A new command is one entry here. */
export const COMMANDS: readonly CliCommand[] = [
  { name: 'report', usage: REPORT_USAGE, run: runReport },
  { name: 'calc', usage: CALC_USAGE.split('\n')[0] ?? 'dunning calc', run: runCalcCommand },
  { name: 'remind', usage: REMIND_USAGE, run: runRemind },
  { name: 'clause', usage: CLAUSE_USAGE, run: runClause },
  { name: 'rates', usage: RATES_USAGE, run: runRates },
  { name: 'today', usage: TODAY_USAGE.split('\n\n')[0] ?? 'dunning today', run: runToday },
  { name: 'log', usage: LOG_USAGE.split('\n\n')[0] ?? 'dunning log', run: runLog },
];

const USAGE = `Dunning Desk — get paid for overdue invoices

usage:
${COMMANDS.map((c) => `  ${c.usage.split('\n').join('\n  ')}`).join('\n')}

Run "dunning <command> --help" for details. Exit codes: 0 done, 1 the input could not be used,
2 a mistake on the command line (see README).
`;

/** Runs one `dunning` command line; returns the exit code (cli/args/exit-codes.ts). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`dunning: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    return reportCrash(e, io, name);
  }
}

/**
 * The last line of defence: nothing a user does should end in a stack trace. A file-system
 * error that escaped a command (a file that vanished, a full disk) is an input/output problem
 * and says so in one line (exit 1); anything else is a bug in dunning, said in one line
 * (exit 70), with the stack only when DUNNING_DEBUG is set.
 */
export function reportCrash(e: unknown, io: Pick<CliIo, 'stderr'>, command?: string): number {
  const who = command === undefined ? 'dunning' : `dunning ${command}`;
  // The reader of our output went away (`dunning report … | head`): nothing to say, nobody to say it to.
  if (isFsError(e) && e.code === 'EPIPE') return EXIT.ok;
  if (isFsError(e)) {
    const path = typeof e.path === 'string' ? ` ${e.path}` : '';
    io.stderr(`${who}: cannot use${path}: ${fsErrorReason(e)}\n`);
    return EXIT.input;
  }
  const debug = typeof process !== 'undefined' && Boolean(process.env.DUNNING_DEBUG);
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`${who}: internal error: ${message.split('\n')[0]} (this is a bug in dunning; DUNNING_DEBUG=1 shows where)\n`);
  if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return EXIT.internal;
}

// Run directly (`tsx cli/main.ts …`); `npm run dunning` goes through cli/dunning.mjs instead.
if (process.argv[1]?.replace(/\\/g, '/').endsWith('cli/main.ts')) {
  const io = nodeIo();
  main(process.argv.slice(2), io).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.exitCode = reportCrash(e, io); },
  );
}
