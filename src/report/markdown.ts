/**
 * Text that comes from an image (file names, instructions, labels) rendered as plain text in
 * GitHub markdown: no HTML, no mentions, no links, no table breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>&|~#]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, '&#64;')
    .replace(/\r?\n/g, ' ');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
