import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';
import { readRuleDoc, RULE_DOCS_FOLDER, sectionHeadings } from '../helpers/rule-docs.js';

const REQUIRED = ['## Rule details', '## Options', '## Limitations', '## When not to use it'];
const OPTIONAL = '## How wrappers are found';
const RULE_NAMES = Object.keys(rules).sort();

describe('rule docs', () => {
  it.each(RULE_NAMES)('%s has the fixed headings in order', (rule) => {
    expect(fs.existsSync(path.join(RULE_DOCS_FOLDER, `${rule}.md`))).toBe(true);

    const headings = sectionHeadings(readRuleDoc(rule));

    expect(headings.filter((heading) => heading !== OPTIONAL)).toEqual(REQUIRED);
    if (headings.includes(OPTIONAL)) {
      expect(headings.indexOf(OPTIONAL)).toBe(headings.indexOf('## Options') + 1);
    }
  });

  it('documents no rule the plugin does not have', () => {
    const documented = fs
      .readdirSync(RULE_DOCS_FOLDER)
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.slice(0, -'.md'.length))
      .sort();

    expect(documented).toEqual(RULE_NAMES);
  });
});
