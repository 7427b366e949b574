import { main } from './main.ts';
import { nodeIo } from './io.ts';

// `npm start`: the main job. Until the add-in and extension builds are wired in, it shows what
// Dunning Desk does with a real-looking ledger: the aging and penalty report of the sample export.
const io = nodeIo();
io.stdout('Dunning Desk — report of the sample ledger examples/receivables.csv (rule: cn-lpr-1.5x)\n\n');
const code = await main(['report', 'examples/receivables.csv', '--as-of', io.today(), '--rule', 'cn-lpr-1.5x'], io);
process.exitCode = code;
