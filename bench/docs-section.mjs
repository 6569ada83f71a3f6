// @ts-check
import fs from 'node:fs';

/**
 * The text with what lies between `<!-- name:start -->` and `<!-- name:end -->` replaced by
 * `body`, the markers kept.
 *
 * @param {string} text
 * @param {string} name
 * @param {string} body
 */
export function replaceSection(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from || text.indexOf(start, from + 1) !== -1) {
    throw new Error(`expected one "${start}" followed by one "${end}"`);
  }

  return `${text.slice(0, from + start.length)}\n${body.trim()}\n${text.slice(to)}`;
}

/**
 * Rewrites a marked section of a Markdown file in place. The new text goes to a temporary file
 * first and then replaces the old one, so the file is written whole or not at all.
 *
 * @param {string} file
 * @param {string} name
 * @param {string} body
 */
export function writeSection(file, name, body) {
  let text;
  try {
    text = replaceSection(fs.readFileSync(file, 'utf8'), name, body);
  } catch (error) {
    throw new Error(`cannot update ${file}: ${error instanceof Error ? error.message : error}`);
  }

  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}
