/** What the CLI prints for analysed images: pure functions from the analysis to text. */
import { analysisNotes } from '../analyze.js';
import type { ImageAnalysis } from '../analysis/types.js';
import { formatBytes } from '../report/format.js';
import { escapeMarkdown, truncate } from '../report/markdown.js';
import { displayInstruction, renderMeasurement } from '../report/summary.js';
import type { DiveRuleResult } from '../thresholds/dive-ci.js';

const TOP = 10;

const ratio = (n: number | null): string => (n === null ? 'n/a' : `${(n * 100).toFixed(2)}%`);

/** The analyses' notes for stderr, one line each. */
export function renderNotes(images: readonly ImageAnalysis[]): string {
  return analysisNotes(images)
    .map((note) => `image-size-guard: ${note}\n`)
    .join('');
}

export function renderJson(images: readonly ImageAnalysis[], all: boolean): string {
  return `${JSON.stringify(all ? images : images[0], null, 2)}\n`;
}

export function renderMarkdown(images: readonly ImageAnalysis[]): string {
  const parts = [renderMeasurement(images).trimEnd()];
  for (const m of images) {
    const name = escapeMarkdown(m.image.ref ?? m.image.digest ?? 'image');
    parts.push(
      '',
      `### Waste in ${name} (${m.image.platform})`,
      '',
      `Efficiency **${ratio(m.dive.efficiency)}** · wasted **${formatBytes(m.dive.wastedBytes)}** · ` +
        `user wasted **${ratio(m.dive.userWastedRatio)}** · hidden by later layers **${formatBytes(m.hiddenBytes)}**`,
    );
    if (m.dive.inefficiencies.length > 0) {
      parts.push('', '| Path | Copies | Bytes |', '|:--|--:|--:|');
      for (const i of m.dive.inefficiencies.slice(0, TOP)) {
        parts.push(`| ${escapeMarkdown(truncate(i.path, 120))} | ${i.count} | ${formatBytes(i.bytes)} |`);
      }
    }
    parts.push('', `### Largest files`, '', '| Path | Layer | Size |', '|:--|--:|--:|');
    for (const f of m.files.slice(0, TOP)) {
      parts.push(`| ${escapeMarkdown(truncate(f.path, 120))} | ${f.layer} | ${formatBytes(f.size)} |`);
    }
    if (m.packages?.length) {
      parts.push(
        '',
        '### Largest packages',
        '',
        `${totalsLine(m)}`,
        '',
        '| Package | Version | Layer | Files | Size |',
      );
      parts.push('|:--|:--|--:|--:|--:|');
      for (const p of m.packages.slice(0, TOP)) {
        const version = escapeMarkdown(truncate(p.version ?? '', 60));
        parts.push(
          `| ${p.type} ${escapeMarkdown(truncate(p.name, 80))} | ${version} | ${p.layer} | ${p.files} | ${formatBytes(p.bytes)} |`,
        );
      }
    }
  }
  return `${parts.join('\n')}\n`;
}

export function renderText(images: readonly ImageAnalysis[]): string {
  return images.map(textOf).join('\n');
}

function textOf(m: ImageAnalysis): string {
  const lines = [
    `${m.image.ref ?? m.image.digest ?? 'image'} (${m.image.platform})`,
    `  compressed   ${formatBytes(m.totals.compressedBytes)}${m.totals.compressedEstimated ? ' (estimated)' : ''}`,
    `  uncompressed ${formatBytes(m.totals.uncompressedBytes)}`,
    `  layers       ${m.totals.layerCount}, files ${m.totals.fileCount}`,
    `  efficiency   ${ratio(m.dive.efficiency)}, wasted ${formatBytes(m.dive.wastedBytes)}, ` +
      `user wasted ${ratio(m.dive.userWastedRatio)}, hidden ${formatBytes(m.hiddenBytes)}`,
    '',
    '  layer  compressed  uncompressed  instruction',
    ...m.layers.map(
      (l) =>
        `  ${String(l.index).padStart(5)}  ${formatBytes(l.compressedBytes).padStart(10)}  ` +
        `${formatBytes(l.uncompressedBytes).padStart(12)}  ${displayInstruction(l.instruction).slice(0, 100)}`,
    ),
  ];
  if (m.dive.inefficiencies.length > 0) {
    lines.push('', '  wasted (copies, bytes, path)');
    for (const i of m.dive.inefficiencies.slice(0, TOP)) {
      lines.push(`  ${String(i.count).padStart(5)}  ${formatBytes(i.bytes).padStart(10)}  ${i.path}`);
    }
  }
  lines.push('', '  largest files (layer, size, path)');
  for (const f of m.files.slice(0, TOP)) {
    lines.push(`  ${String(f.layer).padStart(5)}  ${formatBytes(f.size).padStart(10)}  ${f.path}`);
  }
  if (m.packages?.length) {
    lines.push('', `  largest packages (layer, size, package version): ${totalsLine(m)}`);
    for (const p of m.packages.slice(0, TOP)) {
      const label = plainText(`${p.type} ${p.name}${p.version ? ` ${p.version}` : ''}`);
      lines.push(`  ${String(p.layer).padStart(5)}  ${formatBytes(p.bytes).padStart(10)}  ${label}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Bytes by package type, then what no package names: `deb 120 MB, npm 30 MB, unowned 12 MB`. */
function totalsLine(m: ImageAnalysis): string {
  const { unowned, ...types } = m.packageTotals ?? { unowned: 0 };
  const parts = Object.entries(types).map(([type, bytes]) => `${type} ${formatBytes(bytes)}`);
  return [...parts, `unowned ${formatBytes(unowned)}`].join(', ');
}

/** A name from the image, without the control characters that would drive a terminal. */
export const plainText = (text: string): string =>
  Array.from(text.slice(0, 120), (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? '?' : c;
  }).join('');

/** dive's CI report: one line per enabled rule, then the verdict. */
export function renderCi(image: ImageAnalysis, results: readonly DiveRuleResult[]): string {
  const lines = [`${image.image.ref ?? image.image.digest ?? 'image'} (${image.image.platform})`];
  for (const r of results) lines.push(`  ${r.passed ? 'PASS' : 'FAIL'}: ${r.rule}: ${r.message}`);
  const failed = results.filter((r) => !r.passed).length;
  lines.push(failed === 0 ? '  Result: PASS' : `  Result: FAIL (${failed} of ${results.length} rules)`);
  return `${lines.join('\n')}\n`;
}
