// Markdown that a viewer (GitHub, GitLab, a static site) renders as the text it is: every text from the data
// is escaped for markdown and for the HTML that markdown lets through, so a title or a note cannot become a
// heading, a link, an image or a script.

/** A character escapeInline changes: a control character or line break, or one of & < > \ ` * _ [ ] | ~. */
const needsInlineEscape = /[\u0000-\u0008\u000A-\u001F\u007F\u2028\u2029&<>\\`*_[\]|~]/;

/**
 * Escapes text inside a line of markdown (after a list marker, in a table cell, in bold): "&", "<", ">" as
 * HTML entities (no tag, no autolink, no entity of the data's own), the inline markers \ ` * _ [ ] | ~ with
 * a backslash (no emphasis, link, image, code span, strikethrough, table cell break); line breaks become
 * spaces and control characters U+FFFD.
 */
export function escapeInline(text: string): string {
  // Most texts need nothing: one test instead of six passes (every source's line of the data card).
  if (!needsInlineEscape.test(text)) return text;
  const flat = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD").replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");
  return flat.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&");
}

/** A block marker at the start of a text (# + - = "1." "1)") escaped, so that it cannot open a heading or a list. */
export function escapeLeading(markdown: string): string {
  return markdown.replace(/^(\s*)(#|\+|-|=|\d+[.)])/, (_match, space: string, marker: string) => `${space}${marker.replace(/[#+\-=.)]/, "\\$&")}`);
}

/** Escapes text that starts a block (a paragraph, a list item's text): inline escapes and the leading marker. */
export function escapeMarkdown(text: string): string {
  return escapeLeading(escapeInline(text));
}

/** A link destination that cannot end early or break a table: characters that would are percent-encoded. */
function destination(url: string): string {
  return url.replace(/[\s()<>"\\|`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** Only http(s) addresses become links; anything else (javascript:, data:, …) is shown as escaped text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+/i.test(url) && !/[\u0000-\u001F]/.test(url);
}

/** A link to another site, its text escaped; a non-web address as text. */
export function webLink(text: string, url: string): string {
  return isWebUrl(url) ? `[${escapeInline(text)}](${destination(url)})` : escapeInline(text);
}

/** A link to a file of the version (a relative path the pipeline wrote). */
export function fileLink(text: string, path: string): string {
  return `[${escapeInline(text)}](${path.split("/").map(encodeURIComponent).join("/")})`;
}

/** A GFM table; cells are markdown already (escaped by the caller). */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\s*\n\s*/g, " ")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
