// A process that appends rows to a log as fast as it can (test/cli/log.test.ts runs several at once).
import { appendToLog } from '../../cli/log-file.ts';
import { plainDate } from '../../shared/plain-date.ts';

const [path, who, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  const note = `${who} row ${i} ${'x'.repeat(200 + (i % 7) * 50)}`;
  const done = appendToLog(path as string, [{ date: plainDate('2026-11-20'), customer: `Worker ${who}`, invoices: [`W-${i}`], action: 'note', note }]);
  if (!done.ok) {
    process.stderr.write(done.message);
    process.exit(1);
  }
}
