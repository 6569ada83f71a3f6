import fs from 'node:fs';
import path from 'node:path';

import { analysisFor } from '../core/index.js';
import type { Finding } from '../core/index.js';
import type { ScanReport } from '../report/scan-report.js';
import type { LoadedProject } from './load-project.js';
import { UsageError } from './usage-error.js';

/**
 * Analyses every source file of the project and gathers the findings, in file order. `files`
 * limits the report, not the analysis: the whole program is still what decides each finding.
 */
export function scanProject(project: LoadedProject, files: readonly string[], cwd: string): ScanReport {
  const { ts, program } = project;
  const analysis = analysisFor(ts, program);
  const sources = program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file));

  const wanted = wantedFiles(files, cwd, new Set(sources.map((file) => file.fileName)), project.tsconfig);
  const reported = sources
    .filter((file) => !wanted || wanted.has(file.fileName))
    .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));

  return {
    tsconfig: project.tsconfig,
    root: project.root,
    files: reported.map((file) => ({
      filePath: file.fileName,
      source: file.text,
      findings: analysis.findingsForFile(file) as Finding[],
    })),
  };
}

function wantedFiles(
  files: readonly string[],
  cwd: string,
  inProgram: ReadonlySet<string>,
  tsconfig: string,
): Set<string> | undefined {
  if (files.length === 0) return undefined;

  const wanted = new Set<string>();
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    const real = fs.existsSync(absolute) ? fs.realpathSync(absolute) : absolute;
    const name = real.split(path.sep).join('/');
    if (!inProgram.has(name)) {
      throw new UsageError(`${file} is not a source file of the project ${tsconfig}`);
    }

    wanted.add(name);
  }

  return wanted;
}
