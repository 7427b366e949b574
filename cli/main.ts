#!/usr/bin/env -S npx tsx
import { nodeIo, type CliIo } from './io.ts';

export { nodeIo };
import { REPORT_USAGE, runReport } from './commands/report.ts';
import { runCalc } from './commands/calc.ts';
import { REMIND_USAGE, runRemind } from './commands/remind.ts';
import { CLAUSE_USAGE, runClause } from './commands/clause.ts';

const USAGE = `Dunning Desk — get paid for overdue invoices

usage:
  ${REPORT_USAGE}
  dunning calc < cases.json
  ${REMIND_USAGE.split('\n').join('\n  ')}
  ${CLAUSE_USAGE.split('\n').join('\n  ')}

Run "dunning <command> --help" for details.
`;

const CALC_USAGE = `dunning calc < cases.json

Reads one case or an array of cases (JSON) on stdin and prints the results:
  { "principal": "100000.00", "currency": "CNY", "dueDate": "2024-03-31", "asOf": "2024-06-30",
    "payments": [ { "date": "2024-05-01", "amount": "50000.00" } ],
    "rule": { "kind": "daily-rate", "rate": "0.0005" } }
Rule kinds: none, fixed, per-day-amount, daily-rate, monthly-rate, annual-rate, cn-lpr,
uk-late-payment, eu-late-payment (see README). A case that cannot be computed gives
{ "error": { "field", "message" } } in its place; the others still compute.
`;

/** Runs one `dunning` command line; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'report':
      return runReport(rest, io);
    case 'remind':
      return runRemind(rest, io);
    case 'clause':
      return runClause(rest, io);
    case 'calc': {
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(CALC_USAGE);
        return 0;
      }
      const result = runCalc(new TextDecoder().decode(io.readFile('-')));
      io.stdout(result.stdout);
      return result.exitCode;
    }
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

// Run directly (`tsx cli/main.ts …`); `npm run dunning` goes through cli/dunning.mjs instead.
if (process.argv[1]?.replace(/\\/g, '/').endsWith('cli/main.ts')) {
  main(process.argv.slice(2), nodeIo()).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`dunning: internal error: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 70; },
  );
}
