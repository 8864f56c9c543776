/**
 * Text that comes from an image (file names, instructions, labels) rendered as plain text in
 * GitHub markdown: no HTML, no mentions, no links, no table breaks.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // `$` starts math, `:` makes emoji and autolinks (`http:`), `@` mentions, `#` issue links.
      .replace(/[\\`*_{}[\]<>&|~#$:]/g, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/@/g, '&#64;')
      // `www.example.com` is autolinked without any scheme.
      .replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`)
      .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
      // Other control characters would show as nothing or break the table.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '\ufffd')
  );
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
