import type { CliIo } from './io.ts';

/**
 * One `dunning` command, as main.ts lists it. A new command is one entry in main.ts's COMMANDS:
 * its run function parses its arguments with readCommandLine (cli/args) and returns an exit code
 * (cli/args/exit-codes.ts).
 */
export interface CliCommand {
  /** As typed: `report`. */
  readonly name: string;
  /** The synopsis line(s) shown by `dunning --help`. */
  readonly usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
