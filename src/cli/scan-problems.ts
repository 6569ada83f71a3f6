import type { ScanReport } from '../report/scan-report.js';
import type { FileProblem } from './file-problem.js';
import { sortedProblems } from './file-problem.js';
import type { LoadedProject } from './load-project.js';

/** Every file the scan left out or could not analyse, in path order. */
export function scanProblems(project: LoadedProject, report: ScanReport): FileProblem[] {
  const unanalysed = report.files.flatMap((file): FileProblem[] =>
    file.unanalysed
      ? [
          {
            fileName: file.filePath,
            stage: 'not analysed',
            reason: file.unanalysed.reason,
            line: file.unanalysed.line,
            column: file.unanalysed.column,
          },
        ]
      : [],
  );
  return sortedProblems([...project.unread, ...unanalysed]);
}
