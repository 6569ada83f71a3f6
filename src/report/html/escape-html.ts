const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML or SVG character data or an attribute value: it can never become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * A message of the analysis, whose `code` parts are written between backticks, with those parts
 * as `<code>` and everything escaped.
 */
export function htmlMessage(message: string): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return escapeHtml(message);

  return parts
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}
