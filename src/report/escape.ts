const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const HTML_SPECIAL = /[&<>"']/;
const MARKDOWN_SPECIAL = /[\\*_`[\]<>|#~!&\r\n]/;

/**
 * Escapes text for HTML and SVG: `&`, `<`, `>`, `"` and `'` become character references, so that text
 * from data (an alliance's name, an item's text) always shows as text and never as markup.
 *
 * @param text - Any text.
 * @returns The text, safe inside an element or a quoted attribute.
 * @throws TypeError when `text` is not a string.
 */
export function escapeHtml(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`escapeHtml: text must be a string, got ${typeof text}`);
  return HTML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character) : text;
}

/**
 * Escapes text for Markdown, inline or in a table cell: the characters that Markdown reads as markup
 * (`\ * _ \` [ ] < > | # ~ !`) get a backslash, an `&` that would start a character reference is escaped,
 * and line breaks become spaces (a table row is one line).
 *
 * @param text - Any text.
 * @returns The text, shown as written by a CommonMark or GitHub Markdown renderer.
 * @throws TypeError when `text` is not a string.
 */
export function escapeMarkdown(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`escapeMarkdown: text must be a string, got ${typeof text}`);
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\*_`[\]<>|#~!]/g, (character) => `\\${character}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}
