import type { BuildStats } from '../build/types.js';
import { formatBytes } from './format.js';
import { escapeMarkdown, truncate } from './markdown.js';

/** The build's part of the job summary: time, cache use, and one row per Dockerfile step. */
export function renderBuild(stats: BuildStats): string {
  const context = stats.contextBytes === null ? '' : ` · ${formatBytes(stats.contextBytes)} of build context`;
  const lines = [
    '### Build',
    '',
    `Built in ${stats.seconds.toFixed(1)} s · ${stats.cachedSteps} of ${stats.totalSteps} steps from cache` +
      `${context} · cache: ${stats.cacheMode}`,
  ];
  if (stats.steps.length) {
    lines.push(
      '',
      '| Step | Time | |',
      '|:--|--:|:--|',
      ...stats.steps.map(
        (s) =>
          `| ${escapeMarkdown(truncate(s.name, 120))} | ${s.seconds.toFixed(1)} s | ${s.cached ? 'cached' : 'built'} |`,
      ),
    );
  }
  return lines.join('\n') + '\n';
}
