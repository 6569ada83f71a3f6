import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { RULE_NAMES } from '../core/index.js';

/** The package's `docs/rules/` folder, which the package ships beside `dist/`. */
const RULE_DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules');

/** Each rule's documentation page in Markdown, for reports that carry rule help (SARIF). */
export function ruleHelp(): Record<string, string> {
  const help: Record<string, string> = {};
  for (const rule of RULE_NAMES) {
    const page = path.join(RULE_DOCS, `${rule}.md`);
    if (fs.existsSync(page)) help[rule] = fs.readFileSync(page, 'utf8');
  }

  return help;
}
