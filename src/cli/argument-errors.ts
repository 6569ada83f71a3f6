/**
 * The one line for a command line `util.parseArgs` rejects, in the CLI's own words: Node's
 * messages run to several sentences and suggest `--` tricks that do not apply here.
 */
export function argumentErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;

  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    return `unknown option ${unknown[1]} (see --help)`;
  }

  const option = /^Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const problem = message.includes('argument missing') ? 'needs a value' : 'takes no value';
    return `${option} ${problem} (see --help)`;
  }

  return `${message.split('\n')[0] ?? message} (see --help)`;
}
