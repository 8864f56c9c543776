import type { HistoryPoint } from '../compare/types.js';

/**
 * A mermaid `xychart-beta` line of the compressed and uncompressed size over the baseline's history
 * and this change (the last point), in MB. Only commit prefixes and numbers go into the chart, so
 * nothing from outside can break out of the code block. Null with fewer than two points.
 */
export function renderTrend(history: readonly HistoryPoint[]): string | null {
  if (history.length < 2) return null;
  const labels = history.map((h, i) =>
    i === history.length - 1
      ? '"this"'
      : `"${(h.commit.match(/^[0-9a-f]{1,40}/i)?.[0] ?? '').slice(0, 7) || String(i + 1)}"`,
  );
  const mb = (n: number) => Number((n / 1e6).toFixed(2));
  const compressed = history.map((h) => mb(h.compressed));
  const uncompressed = history.map((h) => mb(h.uncompressed));
  const top = Math.max(...uncompressed, ...compressed);
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Image size (MB): uncompressed above, compressed below"',
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "MB" 0 --> ${Math.ceil(top * 1.1) || 1}`,
    `    line [${uncompressed.join(', ')}]`,
    `    line [${compressed.join(', ')}]`,
    '```',
  ].join('\n');
}
