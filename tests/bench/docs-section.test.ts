import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { replaceSection, writeSection } from '../../bench/docs-section.mjs';

const DOC = [
  '# Benchmarks',
  '',
  '<!-- bench:results:start -->',
  'old',
  '<!-- bench:results:end -->',
  '',
  'kept',
].join('\n');

describe('replaceSection', () => {
  it('replaces only what lies between the markers, keeping them', () => {
    expect(replaceSection(DOC, 'bench:results', '\nnew\nlines\n')).toBe(
      [
        '# Benchmarks',
        '',
        '<!-- bench:results:start -->',
        'new',
        'lines',
        '<!-- bench:results:end -->',
        '',
        'kept',
      ].join('\n'),
    );
  });

  it('refuses a text without the markers, with them reversed, or with two start markers', () => {
    const message =
      'expected one "<!-- bench:results:start -->" followed by one "<!-- bench:results:end -->"';
    expect(() => replaceSection('# Benchmarks', 'bench:results', 'x')).toThrow(message);
    expect(() =>
      replaceSection(
        '<!-- bench:results:end -->\n<!-- bench:results:start -->',
        'bench:results',
        'x',
      ),
    ).toThrow(message);
    expect(() =>
      replaceSection(`${DOC}\n<!-- bench:results:start -->`, 'bench:results', 'x'),
    ).toThrow(message);
  });
});

describe('writeSection', () => {
  const temporaryDoc = (text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-section-'));
    const file = path.join(dir, 'benchmarks.md');
    fs.writeFileSync(file, text);
    return { dir, file };
  };

  it('rewrites the file with the new section and leaves no temporary file', () => {
    const { dir, file } = temporaryDoc(DOC);

    writeSection(file, 'bench:results', 'new');

    expect(fs.readFileSync(file, 'utf8')).toBe(DOC.replace('\nold\n', '\nnew\n'));
    expect(fs.readdirSync(dir)).toEqual(['benchmarks.md']);
  });

  it('leaves the file as it was when the markers are missing', () => {
    const { dir, file } = temporaryDoc('# Benchmarks\n');

    expect(() => writeSection(file, 'bench:profile', 'new')).toThrow(
      `cannot update ${file}: expected one "<!-- bench:profile:start -->" followed by one "<!-- bench:profile:end -->"`,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('# Benchmarks\n');
    expect(fs.readdirSync(dir)).toEqual(['benchmarks.md']);
  });
});
