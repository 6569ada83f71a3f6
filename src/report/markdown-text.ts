/** Characters that start Markdown or HTML syntax anywhere in text, and entity ampersands. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<|~]|&(?=#?\w+;)/g;

/** Plain text that renders as itself in Markdown: no emphasis, links, HTML or table breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
    .replace(/^(\s*)([-=+#>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** `text` as one inline code span, whatever backticks it holds. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A message of the analysis, whose `code` parts are written between backticks, rendered with
 * those parts as code spans and the rest escaped. Inside a table cell, pipes in code spans are
 * escaped too, as GitHub's tables require.
 */
export function markdownMessage(message: string, inTable = false): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return escapeMarkdown(message);

  const rendered = parts
    .map((part, index) => (index % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)))
    .join('');
  return inTable ? rendered.replace(/(?<!\\)\|/g, '\\|') : rendered;
}

/** A fenced code block long enough that no run of backticks inside can close it. */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}
