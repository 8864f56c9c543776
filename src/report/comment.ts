import { estimateNote } from '../compare/estimate.js';
import { describeChange, shownVersion } from '../compare/packages.js';
import type {
  Comparison,
  Delta,
  LayerChange,
  PackageChange,
  PathChanges,
  PlatformComparison,
} from '../compare/types.js';
import { describeThresholds, type Thresholds, type Verdict } from '../thresholds/evaluate.js';
import { DEFAULT_PULL_BANDWIDTH, formatBandwidth, formatBytes, formatSeconds } from './format.js';
import { escapeMarkdown, escapeMarkdownKeepingCode, truncate } from './markdown.js';
import { displayInstruction } from './summary.js';
import { renderTable, shrink, table, type Table } from './table.js';
import { renderTrend } from './trend.js';

/** GitHub refuses issue comments longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65_536;

export interface ReportOptions {
  /** Names the comment: the hidden marker holds it, so several images keep one comment each. */
  key: string;
  thresholds: Thresholds;
  /** The Dockerfile at this commit on GitHub; layers and hints link to its lines. */
  dockerfileUrl?: string | null;
  /** The interactive HTML report (an artifact of the run), linked under the headline. */
  reportUrl?: string | null;
  maxLength?: number;
  /** Bits per second a pull is estimated at. */
  pullBandwidth?: number;
}

/** The hidden first line that finds the comment again; the key cannot end the HTML comment. */
export function commentMarker(key: string): string {
  return `<!-- image-size-guard:${encodeURIComponent(key)} -->`;
}

const VERDICT = {
  pass: '✅ Image size: within the thresholds',
  warn: '⚠️ Image size: warning',
  fail: '❌ Image size: over a threshold',
  'no-baseline': '🆕 Image size: no baseline to compare with yet',
} as const;

type Block = string | Table;

/** The PR comment and job summary: pure, from the comparison and the verdict. */
export function renderReport(comparison: Comparison, verdict: Verdict, options: ReportOptions): string {
  const max = options.maxLength ?? MAX_COMMENT_LENGTH;
  const blocks = reportBlocks(comparison, verdict, options);
  let text = join(blocks);
  // Trim the longest table first, a quarter of its rows at a time, until the report fits. Only the
  // trimmed table is measured again, so a report of many tables is trimmed in time.
  const tables = new Map(
    blocks.filter((b): b is Table => typeof b !== 'string').map((t) => [t, renderTable(t).length]),
  );
  let length = text.length;
  while (length > max) {
    let longest: Table | null = null;
    for (const [t, n] of tables) if (t.rows.length > 0 && (!longest || n > tables.get(longest)!)) longest = t;
    if (!longest) break;
    shrink(longest);
    const n = renderTable(longest).length;
    length += n - tables.get(longest)!;
    tables.set(longest, n);
  }
  text = join(blocks);
  if (text.length > max) text = cut(blocks, max);
  return text;
}

/** Says where the whole report is, at the end of a report that had to be cut. */
export const SHORTENED_NOTE =
  "_This report was shortened to fit GitHub's size limit for a comment. The whole report is in the job summary and the `report-file` of the run that measured the image._";

/**
 * The blocks that fit, whole, then the `</details>` of every section left open and the note. A list
 * or a table may give up its last lines (a list item and a table row are one line each); nothing is
 * cut inside a line, so no tag, character reference or row is ever split.
 */
function cut(blocks: Block[], max: number): string {
  const kept: string[] = [];
  // Every kept block and every closing tag is followed by a blank line; the note ends the text.
  let keptLength = 0;
  let open = 0;
  const fits = (length: number, depth: number) =>
    keptLength + length + 2 + depth * '</details>\n\n'.length + SHORTENED_NOTE.length + 1 <= max;
  for (const block of blocks) {
    const text = typeof block === 'string' ? block : renderTable(block);
    const depth = open + (text.startsWith('<details') ? 1 : text === '</details>' ? -1 : 0);
    if (fits(text.length, depth)) {
      kept.push(text);
      keptLength += text.length + 2;
      open = depth;
      continue;
    }
    // Only lists and tables are cut, by whole lines (an item or a row is one line): a code block or
    // a section opener is kept whole or left out.
    const lines = text.split('\n');
    const least = typeof block !== 'string' ? 3 : lines.every((l) => l.startsWith('- ')) ? 1 : Infinity;
    const rows = typeof block !== 'string' ? lines.slice(0, 2 + block.rows.length) : lines;
    let n = 0;
    let length = -1;
    while (n < rows.length && fits(length + 1 + rows[n]!.length, open)) length += 1 + rows[n++]!.length;
    if (n >= least) kept.push(rows.slice(0, n).join('\n'));
    break;
  }
  return `${[...kept, ...Array<string>(open).fill('</details>'), SHORTENED_NOTE].join('\n\n')}\n`;
}

function join(blocks: Block[]): string {
  return `${blocks.map((b) => (typeof b === 'string' ? b : renderTable(b))).join('\n\n')}\n`;
}

function reportBlocks(c: Comparison, verdict: Verdict, o: ReportOptions): Block[] {
  const metric = o.thresholds.sizeMetric;
  const blocks: Block[] = [commentMarker(o.key), `### ${VERDICT[verdict.result]}`];
  const first = c.platforms[0];
  if (first) {
    const more = c.platforms.length > 1 ? ` (${c.platforms.length} platforms, table below)` : '';
    blocks.push(
      `**${formatBytes(first.totals.compressed.current)}** compressed${estimated(first)}${change(first.totals.compressed, ' (', ')')} · ` +
        `**${formatBytes(first.totals.uncompressed.current)}** uncompressed${change(first.totals.uncompressed, ' (', ')')} · ` +
        `${escapeMarkdown(first.platform)}${more}`,
    );
    const estimate = first.totals.compressed.delta !== null ? estimateNote(first) : null;
    if (estimate) blocks.push(`⚠️ Compressed size: ${estimate}.`);
    if (first.download && first.download.layers > 0)
      blocks.push(pullLine(first.download, o.pullBandwidth ?? DEFAULT_PULL_BANDWIDTH));
    const biggest = biggestLayerChange(first, metric);
    if (biggest) {
      const d = metric === 'compressed' ? biggest.compressed : biggest.uncompressed;
      blocks.push(`Largest layer change: ${instructionCell(biggest, o)} ${signedBytes(d.delta ?? 0)} ${metric}`);
    }
  }
  if (o.reportUrl) blocks.push(`[Interactive report: every layer, folder and file](${o.reportUrl})`);
  if (verdict.crossings.length > 0) {
    blocks.push(
      verdict.crossings.map((x) => `- ${x.level === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(x.message)}`).join('\n'),
    );
  }
  if (verdict.acceptedBy) {
    blocks.push(
      `> ✋ Accepted with the label **${escapeMarkdown(verdict.acceptedBy)}**: the thresholds above are reported as warnings and do not fail the check.`,
    );
  }
  if (c.noBaselineReason) blocks.push(`> ${escapeMarkdown(c.noBaselineReason)}`);
  if (c.platforms.length > 1) blocks.push(platformTable(c.platforms));

  for (const p of c.platforms) {
    const label = c.platforms.length > 1 ? ` of ${escapeMarkdown(p.platform)}` : '';
    blocks.push(`<details><summary>Layers${label}: ${layerSummary(p)}</summary>`, layerTable(p, o, metric));
    if (p.current.totals.compressedEstimated) {
      blocks.push(
        'The source stores these layers uncompressed; the compressed size (estimated) is what gzip makes of them, as a push would.',
      );
    }
    blocks.push('</details>');
    const paths = pathTables(p);
    if (paths.length > 0) {
      blocks.push(`<details><summary>Files and folders that changed most${label}</summary>`, ...paths, '</details>');
    }
    blocks.push(...packageBlocks(p, label));
    blocks.push(...wasteBlocks(p, label));
    if (p.hints.length > 0) {
      const saving = p.hints.reduce((n, h) => n + h.bytes, 0);
      const fresh = p.hints.filter((h) => h.isNew).length;
      blocks.push(
        `<details${fresh > 0 ? ' open' : ''}><summary>Hints${label}: ${p.hints.length} ` +
          `(${fresh} new)${saving > 0 ? `, up to ${formatBytes(saving)} to save` : ''}</summary>`,
        hintTable(p, o),
        '</details>',
      );
    }
  }
  const trend = renderTrend(c.history);
  if (trend) blocks.push('<details><summary>Trend</summary>', trend, '</details>');
  if (c.build) {
    const b = c.build;
    const base = (d: Delta, unit: string) =>
      d.baseline === null
        ? ''
        : round(d.delta ?? 0) === 0
          ? ` (baseline the same)`
          : ` (baseline ${round(d.baseline)}${unit}, ${signed(round(d.delta ?? 0))}${unit})`;
    blocks.push(
      `**Build:** ${round(b.seconds.current)} s${base(b.seconds, ' s')} · ` +
        `${b.cachedSteps.current} of ${b.totalSteps} steps cached${base(b.cachedSteps, '')} · cache: ${b.cacheMode}`,
    );
  }
  blocks.push(footer(c, o.thresholds));
  return blocks;
}

/** What a deploy pays: the download of a node that already runs the baseline image. */
function pullLine(download: { bytes: number; layers: number }, bandwidth: number): string {
  const layers = `${download.layers} new ${download.layers === 1 ? 'layer' : 'layers'}`;
  const seconds = (download.bytes * 8) / bandwidth;
  return (
    `A node that has the baseline image pulls **${formatBytes(download.bytes)}** (${layers}), ` +
    `about ${formatSeconds(seconds)} at ${formatBandwidth(bandwidth)}.`
  );
}

/** Marks a compressed size that is gzip's figure for layers the source stored uncompressed. */
function estimated(p: PlatformComparison): string {
  return p.current.totals.compressedEstimated ? ' (estimated)' : '';
}

function change(d: Delta, open = '', close = ''): string {
  if (d.delta === null) return '';
  if (d.delta === 0) return `${open}no change${close}`;
  const percent = d.percent === null ? '' : `, ${signed(Number(d.percent.toFixed(1)))} %`;
  return `${open}${signedBytes(d.delta)}${percent}${close}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

function signedBytes(n: number): string {
  return n > 0 ? `+${formatBytes(n)}` : formatBytes(n);
}

function round(n: number): number {
  return Number(n.toFixed(1));
}

function biggestLayerChange(p: PlatformComparison, metric: Thresholds['sizeMetric']): LayerChange | null {
  if (!p.baseline) return null;
  const pick = (l: LayerChange) => Math.abs((metric === 'compressed' ? l.compressed : l.uncompressed).delta ?? 0);
  const best = p.layers.filter((l) => l.status !== 'unchanged' && !l.base).sort((a, b) => pick(b) - pick(a))[0];
  return best && pick(best) > 0 ? best : null;
}

function platformTable(platforms: PlatformComparison[]): Table {
  return table(
    ['Platform', 'Compressed', 'Change', 'Uncompressed', 'Change', 'Layers'],
    [':--', '--:', '--:', '--:', '--:', '--:'],
    platforms.map((p) => ({
      cells: [
        escapeMarkdown(p.platform),
        formatBytes(p.totals.compressed.current),
        change(p.totals.compressed) || '—',
        formatBytes(p.totals.uncompressed.current),
        change(p.totals.uncompressed) || '—',
        String(p.current.totals.layerCount),
      ],
      weight: Number.MAX_SAFE_INTEGER,
    })),
  );
}

function layerSummary(p: PlatformComparison): string {
  const n = p.current.totals.layerCount;
  const layers = `${n} ${n === 1 ? 'layer' : 'layers'}`;
  if (!p.baseline) return layers;
  const count = (s: LayerChange['status']) => p.layers.filter((l) => l.status === s).length;
  return `${layers}: ${count('changed')} changed, ${count('added')} added, ${count('removed')} removed`;
}

function instructionCell(l: LayerChange, o: ReportOptions): string {
  const text = escapeMarkdown(truncate(displayInstruction(l.instruction), 100));
  if (o.dockerfileUrl && l.line !== null) return `[${text}](${o.dockerfileUrl}#L${l.line})`;
  return text;
}

function layerTable(p: PlatformComparison, o: ReportOptions, metric: Thresholds['sizeMetric']): Table {
  const compared = p.baseline !== null;
  const pick = (l: LayerChange) => (metric === 'compressed' ? l.compressed : l.uncompressed);
  const changeCell = (l: LayerChange): string[] => {
    if (!compared) return [];
    const d = pick(l).delta ?? 0;
    switch (l.status) {
      case 'unchanged':
        return ['unchanged'];
      case 'changed':
        return [d === 0 ? 'rebuilt, same size' : signedBytes(d)];
      case 'added':
        return [`new, ${signedBytes(d)}`];
      case 'removed':
        return [`removed, ${signedBytes(d)}`];
    }
  };
  const rows: Table['rows'] = [];
  const base = p.layers.filter((l) => l.base);
  if (base.length > 0) {
    const current = base.filter((l) => l.status !== 'removed');
    const sum = (pickD: (l: LayerChange) => number) => base.reduce((n, l) => n + pickD(l), 0);
    const d = sum((l) => pick(l).delta ?? 0);
    const same = base.every((l) => l.status === 'unchanged');
    rows.push({
      cells: [
        current.length === 1 ? '0' : `0–${current.length - 1}`,
        `_base image (${current.length} ${current.length === 1 ? 'layer' : 'layers'})_`,
        formatBytes(sum((l) => l.compressed.current)),
        formatBytes(sum((l) => l.uncompressed.current)),
        ...(compared ? [same ? 'unchanged' : d === 0 ? 'changed, same size' : signedBytes(d)] : []),
      ],
      weight: Number.MAX_SAFE_INTEGER,
    });
  }
  for (const l of p.layers.filter((l) => !l.base)) {
    const removed = l.status === 'removed';
    rows.push({
      cells: [
        removed ? '–' : String(l.index),
        instructionCell(l, o),
        removed ? '—' : formatBytes(l.compressed.current),
        removed ? '—' : formatBytes(l.uncompressed.current),
        ...changeCell(l),
      ],
      weight: Math.abs(pick(l).delta ?? 0) + (l.status === 'unchanged' ? 0 : 1) + (compared ? 0 : pick(l).current),
    });
  }
  const totals = p.totals;
  rows.push({
    cells: [
      '',
      '**Total**',
      `**${formatBytes(totals.compressed.current)}**`,
      `**${formatBytes(totals.uncompressed.current)}**`,
      ...(compared ? [`**${change(metric === 'compressed' ? totals.compressed : totals.uncompressed) || '—'}**`] : []),
    ],
    weight: Number.MAX_SAFE_INTEGER,
  });
  return table(
    ['#', 'Instruction', 'Compressed', 'Uncompressed', ...(compared ? ['Change'] : [])],
    ['--:', ':--', '--:', '--:', ...(compared ? ['--:'] : [])],
    rows,
  );
}

function pathTables(p: PlatformComparison): Block[] {
  const one = (title: string, changes: PathChanges): Block[] => {
    const rows: Table['rows'] = [];
    const add = (what: string, list: PathChanges['added']) =>
      list.forEach((x) =>
        rows.push({
          cells: [
            what,
            escapeMarkdown(truncate(x.path, 160)),
            x.bytes ? formatBytes(x.bytes) : '—',
            x.baselineBytes ? formatBytes(x.baselineBytes) : '—',
            signedBytes(x.bytes - x.baselineBytes),
          ],
          weight: Math.abs(x.bytes - x.baselineBytes),
        }),
      );
    add('added', changes.added);
    add('grew', changes.grown);
    add('removed', changes.removed);
    if (rows.length === 0) return [];
    return [`**${title}**`, table(['', 'Path', 'Now', 'Before', 'Change'], [':--', ':--', '--:', '--:', '--:'], rows)];
  };
  return [...one('Folders', p.directories), ...one('Files', p.files)];
}

/** `deb default-jre-headless 2:1.17 — new, +152 MB`, largest change first, then the totals by type. */
function packageBlocks(p: PlatformComparison, label: string): Block[] {
  const changes = p.packages?.changes ?? [];
  if (!p.packages || changes.length === 0) return [];
  const name = (x: PackageChange) => escapeMarkdown(truncate(`${x.type} ${x.name}`, 120));
  const version = (v: string | null) => (v === null ? '' : escapeMarkdown(truncate(v, 60)));
  const rows: Table['rows'] = changes.map((x) => ({
    cells: [
      name(x),
      version(shownVersion(x)),
      describeChange(x, (v) => escapeMarkdown(truncate(v, 60))),
      x.bytes ? formatBytes(x.bytes) : '—',
      signedBytes(x.bytes - x.baselineBytes),
    ],
    weight: Math.abs(x.bytes - x.baselineBytes),
  }));
  const totals = p.packages.totals
    .filter((t) => t.bytes !== t.baselineBytes || t.bytes > 0)
    .map(
      (t) =>
        `${t.type} ${formatBytes(t.bytes)}${t.bytes === t.baselineBytes ? '' : ` (${signedBytes(t.bytes - t.baselineBytes)})`}`,
    )
    .join(' · ');
  return [
    `<details><summary>Packages that changed most${label}</summary>`,
    table(['Package', 'Version', '', 'Now', 'Change'], [':--', ':--', ':--', '--:', '--:'], rows),
    `By type: ${totals}`,
    '</details>',
  ];
}

function wasteBlocks(p: PlatformComparison, label: string): Block[] {
  const w = p.waste;
  const pct = (n: number | null) => (n === null ? '—' : `${Number((n * 100).toFixed(2))} %`);
  const points = (d: Delta) => (d.delta === null ? '—' : `${signed(Number((d.delta * 100).toFixed(2)))} points`);
  const bytesRow = (name: string, d: Delta) => [
    name,
    formatBytes(d.current),
    d.baseline === null ? '—' : formatBytes(d.baseline),
    d.delta === null ? '—' : d.delta === 0 ? 'no change' : signedBytes(d.delta),
  ];
  const rows = [
    ['Efficiency', pct(w.efficiency.current), pct(w.efficiency.baseline), points(w.efficiency)],
    bytesRow('Wasted bytes (dive)', w.wastedBytes),
    bytesRow('Hidden bytes (deleted or overwritten later)', w.hiddenBytes),
    ['Wasted share of the user layers', pct(w.userWastedRatio), '—', '—'],
  ];
  return [
    `<details><summary>Waste${label}: efficiency ${pct(w.efficiency.current)}, ${formatBytes(w.wastedBytes.current)} wasted</summary>`,
    table(
      ['', 'Now', 'Baseline', 'Change'],
      [':--', '--:', '--:', '--:'],
      rows.map((cells) => ({ cells, weight: Number.MAX_SAFE_INTEGER })),
    ),
    '</details>',
  ];
}

function hintTable(p: PlatformComparison, o: ReportOptions): Table {
  // The fix goes under the hint rather than in a column of its own: five columns do not fit a
  // comment's width, and a reviewer reads the two together.
  return table(
    ['', 'Hint', 'Where', 'Saves'],
    [':--', ':--', ':--', '--:'],
    p.hints.map((h) => {
      const where: string[] = [];
      if (h.layer !== null) where.push(`layer ${h.layer}`);
      if (h.line !== null)
        where.push(o.dockerfileUrl ? `[line ${h.line}](${o.dockerfileUrl}#L${h.line})` : `line ${h.line}`);
      return {
        cells: [
          h.isNew ? '🆕' : '',
          `${escapeMarkdown(truncate(h.title, 200))}<br>→ ${escapeMarkdownKeepingCode(h.fix)}`,
          where.join(', ') || '—',
          h.bytes > 0 ? formatBytes(h.bytes) : '—',
        ],
        weight: h.bytes + (h.isNew ? 1 : 0),
      };
    }),
  );
}

/** A commit of the baseline branch, or a published image (`baseline-image`): its reference and digest. */
function describeBaseline(origin: string): string {
  // A reference and digest hold no markdown and read best as written; anything else is escaped.
  if (origin.includes('@')) {
    return `the published image ${/^[\w.:/@-]+$/.test(origin) ? `\`${origin}\`` : escapeMarkdown(origin)}`;
  }
  return `baseline commit ${escapeMarkdown(origin.slice(0, 12))}`;
}

function footer(c: Comparison, t: Thresholds): string {
  const limits = describeThresholds(t);
  const commit = c.baselineCommit ? describeBaseline(c.baselineCommit) : 'no baseline';
  return (
    `<sub>Compared with ${commit} · thresholds (${t.sizeMetric}, fail-on ${t.failOn}): ` +
    `${limits.length > 0 ? limits.join(', ') : 'none set'} · image-size-guard</sub>`
  );
}
