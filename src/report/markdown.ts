/** A zero-width space: breaks what GitHub links after rendering, invisibly. */
const ZWSP = '&#8203;';

/**
 * Text that comes from an image (file names, instructions, labels) or from a hand-off document,
 * rendered as plain text in GitHub markdown: no HTML, no emphasis or code, no table breaks, no
 * mentions, issue links, emoji or autolinks. Markdown and HTML syntax is written as character
 * references, which the parser takes as text. Mentions, `#123`, `GH-123`, `:emoji:` and bare URLs
 * are found by GitHub in the rendered text, where those references are already decoded, so they are
 * broken by a zero-width space instead.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // One pass, so the references it writes are not escaped again. A colon before a space can
      // start neither an emoji nor a URL, so it stays readable.
      .replace(/[\\`*_{}[\]<>&|~$@#]|:(?=\S)|www\.|gh-(?=\d)/gi, (c) =>
        c.length > 1
          ? `${c.slice(0, -1)}${ZWSP}${c.slice(-1)}`
          : `&#${c.charCodeAt(0)};${'@#:'.includes(c) ? ZWSP : ''}`,
      )
      .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
      // Other control characters would show as nothing or break the table; bidirectional overrides
      // would show the text in another order than it is.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
  );
}

/**
 * Like `escapeMarkdown`, but a part between two backticks stays a code span (the hints' fixes name
 * commands that way). A code span shows its content as written, so only what could end it or the
 * table cell (a backtick, `|`, a line break) is refused: such a part is escaped as text instead.
 */
export function escapeMarkdownKeepingCode(text: string): string {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return escapeMarkdown(text);
  return parts
    .map((part, i) =>
      // eslint-disable-next-line no-control-regex
      i % 2 === 1 && /^[^|\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/.test(part) && part.trim() !== ''
        ? `\`${part}\``
        : escapeMarkdown(part),
    )
    .join('');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
