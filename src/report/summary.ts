import type { ImageMeasurement } from '../analysis/measure.js';
import { stripBuildArgs } from '../image/history.js';
import { formatBytes } from './format.js';
import { escapeMarkdown, truncate } from './markdown.js';

/**
 * Shortens BuildKit's `RUN /bin/sh -c … # buildkit` to what the Dockerfile said. Build-argument
 * values are stripped here too: an instruction may come from a document written before they were
 * stripped at the source.
 */
export function displayInstruction(instruction: string | null): string {
  if (instruction === null) return '(no instruction recorded)';
  return stripBuildArgs(instruction)
    .replace(/ # buildkit$/, '')
    .replace(/^\/bin\/sh -c #\(nop\)\s+/, '')
    .replace(/^\/bin\/sh -c /, 'RUN ')
    .replace(/^RUN \/bin\/sh -c /, 'RUN ')
    .trim();
}

/** The job summary for measured images: totals, then one row per layer. */
export function renderMeasurement(images: readonly ImageMeasurement[]): string {
  const parts: string[] = ['## Image size'];
  for (const m of images) {
    const est = m.totals.compressedEstimated ? ' (estimated)' : '';
    parts.push(
      '',
      `**${escapeMarkdown(m.image.ref ?? m.image.digest ?? 'image')}** · ${m.image.platform} · ` +
        `${formatBytes(m.totals.compressedBytes)} compressed${est} · ${formatBytes(m.totals.uncompressedBytes)} uncompressed · ` +
        `${m.totals.layerCount} layers · ${m.totals.fileCount} files`,
      '',
      '| # | Instruction | Compressed | Uncompressed |',
      '|--:|:--|--:|--:|',
      ...m.layers.map(
        (l) =>
          `| ${l.index} | ${escapeMarkdown(truncate(displayInstruction(l.instruction), 120))} | ` +
          `${formatBytes(l.compressedBytes)}${l.compressedEstimated ? '*' : ''} | ${formatBytes(l.uncompressedBytes)} |`,
      ),
      `| | **Total** | **${formatBytes(m.totals.compressedBytes)}** | **${formatBytes(m.totals.uncompressedBytes)}** |`,
    );
    if (m.totals.compressedEstimated) {
      parts.push(
        '',
        '\\* The source stores these layers uncompressed; the compressed size is what gzip makes of them, as a push would.',
      );
    }
  }
  return parts.join('\n') + '\n';
}
