/**
 * One place for escaping. Every string that came from a repository (file names, messages, tool
 * output) passes through one of these before it reaches markdown, HTML or a workflow command.
 */

/** Text inside HTML elements and attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text inside a GitHub-flavoured markdown paragraph or table cell: HTML-escaped, markdown
 * punctuation backslash-escaped, line breaks folded (a newline would end a table row) and `|`
 * escaped (it would split a cell). Control characters are shown, not passed through.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(showControlCharacters(text))
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/([\\`*_{}[\]()#+\-.!|~:@])/g, '\\$1');
}

/** Inline code in markdown: HTML-escaped, inside a <code> element so backticks cannot break out. */
export function markdownCode(text: string): string {
  return `<code>${escapeHtml(showControlCharacters(text))
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\|/g, '&#124;')}</code>`;
}

/** Control characters (other than tab) as visible escapes, so they cannot act on a terminal or log. */
export function showControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) =>
    ch === '\n' || ch === '\r' ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The data part of a workflow command (`::error …::DATA`). Same as @actions/core. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (`file=VALUE`). Same as @actions/core. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A repo-relative POSIX path as a SARIF / URL path: each segment percent-encoded. */
export function encodeUriPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * Text for XML 1.0 (JUnit reports). Characters XML 1.0 cannot carry at all (C0 controls other
 * than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) and the C1 controls are shown as visible
 * `\uXXXX` escapes. In an attribute, tab, LF and CR become character references so that
 * attribute-value normalisation cannot fold them into spaces; in element content only CR does
 * (a parser would turn it into LF).
 */
export function escapeXml(text: string, context: 'attribute' | 'content' = 'attribute'): string {
  const escaped = showControlCharacters(text)
    // Lone surrogates and the two non-characters XML 1.0 excludes.
    .replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
  return context === 'content' ? escaped : escaped.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
