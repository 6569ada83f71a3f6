// @ts-check
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { compilerPart } from './typescript-sections.mjs';

/**
 * @typedef {{ functionName: string, url: string, lineNumber: number, columnNumber: number }}
 *   CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} CpuProfile
 *
 * @typedef {object} ProfileSummary
 * @property {number} totalMs every sample, idle included
 * @property {{ part: string, ms: number, underAnalysisMs: number }[]} parts self time by part
 *   of the program, with the share spent below a function of our analysis core
 * @property {{ name: string, source: string, inclusiveMs: number, selfMs: number }[]} own
 *   our functions, by inclusive time
 * @property {{ name: string, ms: number }[]} checker TypeScript checker functions, by self time
 */

const ANALYSIS = 'wrapper-pitfalls analysis (src/core)';
const ADAPTERS = 'wrapper-pitfalls CLI, rules and report';

/**
 * Where a CPU profile's time went: self time by part of the program (our analysis, TypeScript's
 * checker, parser and binder, ts-morph, ESLint, the garbage collector…), our own functions by
 * the time of all they call, and the checker functions with the most self time.
 *
 * @param {CpuProfile} profile
 * @param {{ root: string, sectionOf: (file: string, line: number) => string | undefined }} context
 *   the repository, whose `dist/` is our code, and the TypeScript bundle's sections
 * @returns {ProfileSummary}
 */
export function summarizeProfile(profile, { root, sectionOf }) {
  const dist = `${path.join(root, 'dist')}${path.sep}`;
  const core = `${path.join(root, 'dist/core')}${path.sep}`;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);

  /** @type {Map<number, number>} */
  const selfMicros = new Map();
  let totalMicros = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
    totalMicros += delta;
  });

  /** @param {CallFrame} frame */
  const fileOf = (frame) =>
    frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;

  /** @param {CallFrame} frame */
  const partOf = (frame) => {
    const file = fileOf(frame);
    if (frame.functionName === '(garbage collector)') return 'garbage collector';
    if (frame.functionName === '(idle)') return 'idle (waiting)';
    if (file.startsWith(core)) return ANALYSIS;
    if (file.startsWith(dist)) return ADAPTERS;
    if (file.endsWith(`${path.sep}typescript.js`)) {
      const source = sectionOf(file, frame.lineNumber);
      return source ? compilerPart(source) : 'TypeScript, other (utilities, core)';
    }

    if (/[\\/]@?ts-morph[\\/]/.test(file)) return 'ts-morph';
    if (/[\\/]@typescript-eslint[\\/]/.test(file))
      return 'typescript-eslint (parser, typescript-estree)';
    if (file.includes(`${path.sep}node_modules${path.sep}`)) return 'ESLint and other packages';

    return 'Node.js and V8 (module loading, native code)';
  };

  // What lies above each node, computed once from the root down: whether a function of our
  // analysis core is there, and which of our functions are (each once, however deep it recurses).
  const sourceOf = ownSourceMapper(dist);
  /** @type {Map<string, { name: string, source: string, inclusiveMs: number, selfMs: number }>} */
  const own = new Map();
  /** @typedef {{ underAnalysis: boolean, ownAbove: readonly string[], ownKey?: string }} Above */
  /** @type {Map<number, Above>} */
  const context = new Map();
  const roots = profile.nodes.filter((node) => !parents.has(node.id));
  const pending = roots.map((node) => ({
    node,
    underAnalysis: false,
    ownAbove: /** @type {readonly string[]} */ ([]),
  }));
  while (pending.length > 0) {
    const { node, underAnalysis, ownAbove } = /** @type {(typeof pending)[number]} */ (
      pending.pop()
    );
    const frame = node.callFrame;
    const file = fileOf(frame);
    let ownKey;
    let ownHere = ownAbove;
    if (file.startsWith(dist)) {
      ownKey = `${file}:${frame.lineNumber}:${frame.columnNumber}`;
      if (!own.has(ownKey)) {
        own.set(ownKey, {
          name: frame.functionName || '(anonymous)',
          source: sourceOf(file, frame.lineNumber, frame.columnNumber),
          inclusiveMs: 0,
          selfMs: 0,
        });
      }

      if (!ownAbove.includes(ownKey)) ownHere = [...ownAbove, ownKey];
    }

    const below = underAnalysis || file.startsWith(core);
    context.set(node.id, { underAnalysis: below, ownAbove: ownHere, ownKey });
    for (const child of node.children ?? []) {
      pending.push({
        node: /** @type {ProfileNode} */ (nodes.get(child)),
        underAnalysis: below,
        ownAbove: ownHere,
      });
    }
  }

  /** @type {Map<string, { ms: number, underAnalysisMs: number }>} */
  const parts = new Map();
  /** @type {Map<string, number>} */
  const checker = new Map();
  for (const [id, micros] of selfMicros) {
    const ms = micros / 1000;
    const node = /** @type {ProfileNode} */ (nodes.get(id));
    const { underAnalysis, ownAbove, ownKey } = /** @type {Above} */ (context.get(id));
    const part = partOf(node.callFrame);
    const entry = parts.get(part) ?? { ms: 0, underAnalysisMs: 0 };
    entry.ms += ms;
    if (underAnalysis) entry.underAnalysisMs += ms;
    parts.set(part, entry);

    if (part === 'TypeScript checker') {
      const name = node.callFrame.functionName || '(anonymous)';
      checker.set(name, (checker.get(name) ?? 0) + ms);
    }

    for (const key of ownAbove) {
      const function_ = /** @type {{ inclusiveMs: number, selfMs: number }} */ (own.get(key));
      function_.inclusiveMs += ms;
      if (key === ownKey) function_.selfMs += ms;
    }
  }

  return {
    totalMs: totalMicros / 1000,
    parts: [...parts].map(([part, entry]) => ({ part, ...entry })).sort((x, y) => y.ms - x.ms),
    own: [...own.values()]
      .filter((entry) => entry.inclusiveMs > 0)
      .sort((x, y) => y.inclusiveMs - x.inclusiveMs),
    checker: [...checker].map(([name, ms]) => ({ name, ms })).sort((x, y) => y.ms - x.ms),
  };
}

/**
 * Maps a position in `dist/` back to its TypeScript source through the build's source maps,
 * as `src/core/flows/origins.ts:42`.
 *
 * @param {string} dist
 */
function ownSourceMapper(dist) {
  /** @type {Map<string, SourceMap | undefined>} */
  const maps = new Map();
  const root = path.dirname(dist);

  return (/** @type {string} */ file, /** @type {number} */ line, /** @type {number} */ column) => {
    if (!maps.has(file)) {
      const mapFile = `${file}.map`;
      maps.set(
        file,
        fs.existsSync(mapFile)
          ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')))
          : undefined,
      );
    }

    const entry = /** @type {{ originalSource?: string, originalLine?: number }} */ (
      maps.get(file)?.findEntry(line, column) ?? {}
    );
    if (!entry.originalSource || entry.originalLine === undefined) return path.relative(root, file);

    const source = entry.originalSource.startsWith('file://')
      ? fileURLToPath(entry.originalSource)
      : path.resolve(path.dirname(file), entry.originalSource);
    return `${path.relative(root, source)}:${entry.originalLine + 1}`;
  };
}
