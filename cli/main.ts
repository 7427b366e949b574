#!/usr/bin/env -S npx tsx
import { nodeIo, type CliIo } from './io.ts';
import { REPORT_USAGE, runReport } from './commands/report.ts';

const USAGE = `Dunning Desk — get paid for overdue invoices

usage:
  ${REPORT_USAGE}
  dunning calc < cases.json
  dunning remind <file> [--customer <name>|--all] [--stage auto|<id>] [--lang zh-CN|en] ...
  dunning clause --rule <preset> --lang zh-CN|en

Run "dunning <command> --help" for details.
`;

/** Runs one `dunning` command line; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'report':
      return runReport(rest, io);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli/main.ts')) {
  main(process.argv.slice(2), nodeIo()).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`dunning: internal error: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 70; },
  );
}
