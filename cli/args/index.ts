export { EXIT, type ExitCode } from './exit-codes.ts';
export { joinChoices } from './join-choices.ts';
export { dateOption, wholeNumberOption, type OptionResult } from './option-values.ts';
export {
  inputError, parseCommandLine, readCommandLine, usageError,
  type CommandLineSpec, type OptionSpec, type OptionSpecs, type OptionValues, type ParsedCommandLine,
} from './parse-command-line.ts';
