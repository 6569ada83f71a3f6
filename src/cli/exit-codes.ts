/** The CLI's exit codes, as documented in the README. */
export const EXIT = {
  /** Nothing to fail on. */
  clean: 0,
  /** Findings that `--fail-on` or `--max-warnings` fail on. */
  findings: 1,
  /**
   * Bad usage or configuration, a report that cannot be written, or baseline entries that no
   * longer occur: the one-line message on stderr says which.
   */
  usage: 2,
  /** Files could not be read or analysed: stderr names them, stdout has the rest. */
  incomplete: 2,
  /** A fault of ours: one line on stderr, the stack with `DEBUG=wrapper-pitfalls`. */
  internal: 2,
} as const;
