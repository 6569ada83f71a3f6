// @ts-check

/**
 * The files of one synthetic package that the analysis has real work on: two interfaces, a
 * concrete class of each, two decorator classes and a wrapping factory that stand in for them,
 * three silent gates on the concrete classes, and the wiring that makes wrappers and hands them,
 * through a relay, to the gates, its own and those of a peer package. Each package yields six
 * findings: every gate's `instanceof` check and the gate itself.
 */

/**
 * @typedef {import('./package-names.mjs').PackageNames} PackageNames
 * @typedef {{ path: string, text: string }} GeneratedFile
 */

/**
 * @param {PackageNames} pkg
 * @param {PackageNames | undefined} peer the package whose wrappers this one also feeds
 * @returns {GeneratedFile[]}
 */
export function pitfallFiles(pkg, peer) {
  return [
    contracts(pkg),
    bufferedSink(pkg),
    arraySource(pkg),
    countingSink(pkg),
    tracingSource(pkg),
    sinkFactories(pkg),
    gates(pkg),
    relay(pkg),
    wiring(pkg, peer),
  ].map(({ name, text }) => ({ path: `${pkg.folder}/${name}`, text }));
}

/** @param {PackageNames} pkg */
function contracts({ type }) {
  const kind = type.toLowerCase();
  return {
    name: 'contracts.ts',
    text: `/** One record the ${kind} pipeline moves. */
export interface ${type}Entry {
  readonly kind: '${kind}';
  readonly id: string;
  readonly amount: number;
  readonly tags: readonly string[];
}

/** Where ${kind} entries go. */
export interface ${type}Sink {
  readonly label: string;
  write(entry: ${type}Entry): void;
  flush(): Promise<number>;
}

/** Where ${kind} entries come from. */
export interface ${type}Source {
  readonly size: number;
  read(): ${type}Entry | undefined;
}

/** How one ${kind} run is set up. */
export interface ${type}Options {
  readonly label: string;
  readonly prefix: string;
  readonly counted: boolean;
  readonly traced: boolean;
  readonly entries: readonly ${type}Entry[];
  readonly log: (line: string) => void;
}
`,
  };
}

/** @param {PackageNames} pkg */
function bufferedSink({ type }) {
  return {
    name: 'buffered-sink.ts',
    text: `import type { ${type}Entry, ${type}Sink } from './contracts.js';

/** Keeps entries in memory until they are flushed. */
export class ${type}BufferedSink implements ${type}Sink {
  readonly #pending: ${type}Entry[] = [];

  constructor(readonly label: string) {}

  get pending(): number {
    return this.#pending.length;
  }

  write(entry: ${type}Entry): void {
    this.#pending.push(entry);
  }

  async flush(): Promise<number> {
    const count = this.#pending.length;
    this.#pending.length = 0;
    return count;
  }

  /** Hands over at most \`limit\` entries and forgets them. */
  drain(limit: number): ${type}Entry[] {
    return this.#pending.splice(0, limit);
  }
}
`,
  };
}

/** @param {PackageNames} pkg */
function arraySource({ type }) {
  return {
    name: 'array-source.ts',
    text: `import type { ${type}Entry, ${type}Source } from './contracts.js';

/** Reads entries from a list, in order. */
export class ${type}ArraySource implements ${type}Source {
  #next = 0;

  constructor(private readonly entries: readonly ${type}Entry[]) {}

  get size(): number {
    return this.entries.length;
  }

  read(): ${type}Entry | undefined {
    const entry = this.entries[this.#next];
    if (entry !== undefined) this.#next++;
    return entry;
  }

  /** Starts over from the first entry. */
  reset(): void {
    this.#next = 0;
  }
}
`,
  };
}

/** @param {PackageNames} pkg */
function countingSink({ type }) {
  return {
    name: 'counting-sink.ts',
    text: `import type { ${type}Entry, ${type}Sink } from './contracts.js';

/** Counts what goes through to the sink it wraps. */
export class ${type}CountingSink implements ${type}Sink {
  #count = 0;

  constructor(private readonly inner: ${type}Sink) {}

  get label(): string {
    return \`\${this.inner.label} (counted)\`;
  }

  get count(): number {
    return this.#count;
  }

  write(entry: ${type}Entry): void {
    this.#count++;
    this.inner.write(entry);
  }

  flush(): Promise<number> {
    return this.inner.flush();
  }
}
`,
  };
}

/** @param {PackageNames} pkg */
function tracingSource({ type }) {
  return {
    name: 'tracing-source.ts',
    text: `import type { ${type}Entry, ${type}Source } from './contracts.js';

/** Logs each entry read from the source it wraps. */
export class ${type}TracingSource implements ${type}Source {
  constructor(
    private readonly inner: ${type}Source,
    private readonly log: (line: string) => void,
  ) {}

  get size(): number {
    return this.inner.size;
  }

  read(): ${type}Entry | undefined {
    const entry = this.inner.read();
    if (entry !== undefined) this.log(\`read \${entry.id}\`);
    return entry;
  }
}
`,
  };
}

/** @param {PackageNames} pkg */
function sinkFactories({ type }) {
  return {
    name: 'sink-factories.ts',
    text: `import type { ${type}Sink } from './contracts.js';

/** A sink that writes every entry to \`sink\` with \`prefix\` before its id. */
export function with${type}Prefix(sink: ${type}Sink, prefix: string): ${type}Sink {
  return {
    label: \`\${prefix}\${sink.label}\`,
    write: (entry) => sink.write({ ...entry, id: \`\${prefix}\${entry.id}\` }),
    flush: () => sink.flush(),
  };
}
`,
  };
}

/** @param {PackageNames} pkg */
function gates({ type }) {
  return {
    name: 'gates.ts',
    text: `import { ${type}ArraySource } from './array-source.js';
import { ${type}BufferedSink } from './buffered-sink.js';
import type { ${type}Sink, ${type}Source } from './contracts.js';

/** Frees the memory a buffered sink holds. */
export function drain${type}(sink: ${type}Sink, limit: number): void {
  if (sink instanceof ${type}BufferedSink) {
    sink.drain(limit);
  }
}

/** Starts the source over, so that the next run reads it again. */
export function rewind${type}(source: ${type}Source): void {
  if (!(source instanceof ${type}ArraySource)) return;
  source.reset();
}

/** How many entries wait in the sink. */
export function pending${type}(sink: ${type}Sink): number {
  if (sink instanceof ${type}BufferedSink) {
    return sink.pending;
  }

  return 0;
}
`,
  };
}

/** @param {PackageNames} pkg */
function relay({ type }) {
  return {
    name: 'relay.ts',
    text: `import type { ${type}Entry, ${type}Sink } from './contracts.js';
import { drain${type} } from './gates.js';

/** Writes the entries to the sink, then frees what it buffered. */
export function relay${type}(sink: ${type}Sink, entries: readonly ${type}Entry[]): number {
  for (const entry of entries) sink.write(entry);
  drain${type}(sink, entries.length);
  return entries.length;
}
`,
  };
}

/**
 * @param {PackageNames} pkg
 * @param {PackageNames | undefined} peer
 */
function wiring({ type }, peer) {
  const peerImports = peer
    ? `import type { ${peer.type}Options } from '../${peer.folder}/contracts.js';
import { relay${peer.type} } from '../${peer.folder}/relay.js';
import { open${peer.type}Sink } from '../${peer.folder}/wiring.js';
`
    : '';
  const peerRun = peer
    ? `
/** Runs the pipeline, and hands the ${peer.type.toLowerCase()} entries on as well. */
export function share${type}(options: ${type}Options, peer: ${peer.type}Options): number {
  const sent = run${type}(options);
  const peerSink = open${peer.type}Sink(peer.label, peer.counted);
  return sent + relay${peer.type}(peerSink, peer.entries);
}
`
    : '';
  return {
    name: 'wiring.ts',
    text: `${peerImports}import { ${type}ArraySource } from './array-source.js';
import { ${type}BufferedSink } from './buffered-sink.js';
import type { ${type}Entry, ${type}Options, ${type}Sink, ${type}Source } from './contracts.js';
import { ${type}CountingSink } from './counting-sink.js';
import { pending${type}, rewind${type} } from './gates.js';
import { relay${type} } from './relay.js';
import { with${type}Prefix } from './sink-factories.js';
import { ${type}TracingSource } from './tracing-source.js';

/** The sink a run writes to: counted when the caller wants numbers. */
export function open${type}Sink(label: string, counted: boolean): ${type}Sink {
  const base = new ${type}BufferedSink(label);
  return counted ? new ${type}CountingSink(base) : base;
}

/** The entries of a run, traced when the caller asks for it. */
export function open${type}Source(options: ${type}Options): ${type}Source {
  const source = new ${type}ArraySource(options.entries);
  if (options.traced) {
    return new ${type}TracingSource(source, options.log);
  }

  return source;
}

/** Reads every entry, writes it to the sink, and says how many still wait there. */
export function run${type}(options: ${type}Options): number {
  const sink = open${type}Sink(options.label, options.counted);
  const source = open${type}Source(options);
  const entries: ${type}Entry[] = [];
  let entry = source.read();
  while (entry !== undefined) {
    entries.push(entry);
    entry = source.read();
  }

  relay${type}(sink, entries);
  rewind${type}(source);
  const prefixed = with${type}Prefix(sink, options.prefix);
  return pending${type}(prefixed);
}
${peerRun}`,
  };
}
