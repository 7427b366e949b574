// Preloaded (NODE_OPTIONS=--import) into every node process of a benchmarked command: appends
// "<user+system CPU µs> <peak resident KiB>" for the process when it exits.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  appendFileSync(process.env.BENCH_RSS_FILE, `${u.userCPUTime + u.systemCPUTime} ${u.maxRSS}\n`);
});
