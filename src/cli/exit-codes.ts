/** The CLI's exit codes, as documented in the README. */
export const EXIT = {
  /** No finding. */
  clean: 0,
  /** At least one finding. */
  findings: 1,
  /** Bad usage or configuration: the one-line message on stderr says which. */
  usage: 2,
} as const;
