/** A zero-width space: breaks what GitHub links after rendering, invisibly. */
const ZWSP = '&#8203;';

/**
 * Text that comes from an image (file names, instructions, labels) rendered as plain text in
 * GitHub markdown: no HTML, no emphasis or code, no table breaks, no mentions, issue links, emoji or
 * autolinks. Markdown and HTML syntax is written as character references, which the parser takes
 * as text. Mentions, `#123`, `:emoji:` and bare URLs are found by GitHub in the rendered text, where
 * those references are already decoded, so they are broken by a zero-width space instead.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // One pass, so the references it writes are not escaped again. A colon before a space can
      // start neither an emoji nor a URL, so it stays readable.
      .replace(/[\\`*_{}[\]<>&|~$@#]|:(?=\S)|www\./gi, (c) =>
        c.length > 1 ? `${c.slice(0, 3)}${ZWSP}.` : `&#${c.charCodeAt(0)};${'@#:'.includes(c) ? ZWSP : ''}`,
      )
      .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
      // Other control characters would show as nothing or break the table.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '\ufffd')
  );
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
