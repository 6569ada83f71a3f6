#!/usr/bin/env node
// Scans the real code bases installed as pinned dev dependencies and prints, per corpus, the
// file count, the findings and the wall time: the record kept in docs/benchmarks.md.
// Usage: npm run scan:real [-- corpus...]   (corpora: the *.tsconfig.json in bench/corpora)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corporaDir = path.join(root, 'bench/corpora');
const available = readdirSync(corporaDir)
  .filter((name) => name.endsWith('.tsconfig.json'))
  .map((name) => name.replace('.tsconfig.json', ''))
  .sort();
const wanted = process.argv.slice(2);
const corpora = wanted.length > 0 ? wanted : available;

let failed = false;
for (const corpus of corpora) {
  if (!available.includes(corpus)) {
    console.error(`scan-real: no corpus "${corpus}" (have: ${available.join(', ')})`);
    process.exit(2);
  }

  const tsconfig = path.relative(root, path.join(corporaDir, `${corpus}.tsconfig.json`));
  const args = ['dist/cli/main.js', 'scan', '--project', tsconfig, '--format', 'json'];
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  if (run.status !== 0 && run.status !== 1) {
    failed = true;
    console.error(`${corpus}: exit ${run.status ?? run.signal}\n${run.stderr}`);
    continue;
  }

  const results = JSON.parse(run.stdout);
  const findings = results.flatMap((result) =>
    result.messages.map((message) => ({ file: path.relative(root, result.filePath), ...message })),
  );
  console.log(`## ${corpus}`);
  console.log(`command: node ${args.join(' ')}`);
  console.log(`files: ${results.length}, findings: ${findings.length}, wall time: ${seconds.toFixed(2)} s`);
  for (const finding of findings) {
    console.log(`- ${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}: ${finding.message}`);
  }
}

process.exit(failed ? 1 : 0);
