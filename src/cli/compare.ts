/**
 * `image-size-guard compare SOURCE --baseline FILE`: the pull request's gate, run locally. The same
 * comparison, thresholds and report as the action; exit 1 when a threshold fails the check.
 */
import * as fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { baselineImages, openBaselineFile } from '../action/baseline-file.js';
import type { BaselineForReport } from '../action/report.js';
import { loadBaselineImage } from '../baseline/image.js';
import { analyze } from '../analyze.js';
import { knownLayers } from '../baseline/document.js';
import { compare } from '../compare/compare.js';
import { describeChange, shownVersion } from '../compare/packages.js';
import type { Comparison } from '../compare/types.js';
import { UserError } from '../errors.js';
import { renderReport } from '../report/comment.js';
import { DEFAULT_PULL_BANDWIDTH, formatBytes, parseBandwidth } from '../report/format.js';
import { htmlBaseline, renderHtmlReport } from '../report/html/render.js';
import { evaluate } from '../thresholds/evaluate.js';
import { plainText, renderNotes } from './render.js';
import { parseThresholds, type ThresholdText } from '../thresholds/parse.js';

export const COMPARE_USAGE = `Usage: image-size-guard compare SOURCE (--baseline FILE | --baseline-image REF) [--format markdown|json|text|html]
       [--dockerfile PATH] [--platform os/arch[/variant]|all] [--key NAME]
       [--max-size SIZE] [--max-increase SIZE] [--max-increase-percent N] [--max-layer-increase SIZE]
       [--warn-increase SIZE] [--warn-increase-percent N] [--min-efficiency R] [--max-wasted-bytes SIZE]
       [--max-user-wasted-percent N] [--max-layers N] [--size-metric compressed|uncompressed] [--fail-on error|warning|never]
       [--pull-bandwidth SPEED]

--baseline-image compares with a published image read from its registry (docker's credentials);
a tag of semver (semver-pre) stands for the highest semantic-version release (or pre-release) tag.

Exit status: 0 when no threshold fails the check, 1 when one does, 2 when the image cannot be read.`;

const THRESHOLD_FLAGS = [
  'max-size',
  'max-increase',
  'max-increase-percent',
  'max-layer-increase',
  'warn-increase',
  'warn-increase-percent',
  'min-efficiency',
  'max-wasted-bytes',
  'max-user-wasted-percent',
  'max-layers',
  'size-metric',
  'fail-on',
] as const;

export interface CompareIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Returns the exit status; throws UserError for the caller to print. */
export async function compareCommand(argv: string[], io: CompareIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      baseline: { type: 'string' },
      'baseline-image': { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      dockerfile: { type: 'string' },
      platform: { type: 'string' },
      key: { type: 'string', default: 'image-size-guard' },
      'pull-bandwidth': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(THRESHOLD_FLAGS.map((f) => [f, { type: 'string' as const }])),
    },
  });
  if (values.help) {
    io.out(`${COMPARE_USAGE}\n`);
    return 0;
  }
  const [source, ...rest] = positionals;
  if (!source || rest.length > 0 || !values.baseline === !values['baseline-image']) {
    throw new UserError(
      `expected "compare SOURCE --baseline FILE" or "compare SOURCE --baseline-image REF"\n${COMPARE_USAGE}`,
    );
  }
  const format = values.format as string;
  if (!['json', 'markdown', 'text', 'html'].includes(format)) {
    throw new UserError(`--format must be markdown, json, text or html, not "${format}"`);
  }
  const text: ThresholdText = {};
  const given = values as Record<string, string | boolean | undefined>;
  for (const flag of THRESHOLD_FLAGS) text[flag] = given[flag] as string | undefined;
  const thresholds = parseThresholds(text, (name) => `--${name}`);
  const pullBandwidth = values['pull-bandwidth'] ? parseBandwidth(values['pull-bandwidth']) : DEFAULT_PULL_BANDWIDTH;
  if (pullBandwidth === null) {
    throw new UserError(`--pull-bandwidth is "${values['pull-bandwidth']}": write a speed such as 100Mbit/s or 50MB/s`);
  }
  let dockerfile: string | null = null;
  if (values.dockerfile) {
    try {
      dockerfile = await fs.readFile(values.dockerfile, 'utf8');
    } catch {
      throw new UserError(
        `No Dockerfile at ${values.dockerfile}: give the path of the Dockerfile that built the image`,
      );
    }
  }

  // The published image first: the layers the measured image shares with it are then read once.
  // Layers the baseline has records of are not read again (nor, from the daemon, exported).
  const published = values['baseline-image']
    ? await loadBaselineImage(values['baseline-image'], { platform: values.platform })
    : null;
  if (published) io.err(`image-size-guard: comparing with ${published.reference}@${published.digest}\n`);
  const { document, reason } = published
    ? { document: published.document, reason: null }
    : await openBaselineFile(values.baseline!);
  const result = await analyze(source, { platform: values.platform, knownLayers: knownLayers(document) });
  const { images } = result;
  io.err(renderNotes(images));
  const baseline: BaselineForReport = { images: document ? baselineImages(document) : null, reason };
  if (baseline.reason) io.err(`image-size-guard: ${baseline.reason}\n`);
  const comparison = compare(images, null, baseline.images, {
    dockerfile,
    noBaselineReason: baseline.reason,
    time: new Date().toISOString(),
  });
  const verdict = evaluate(comparison, thresholds);
  if (format === 'json') {
    const { platforms, ...rest } = comparison;
    const slim = platforms.map(({ current: _current, baseline: _baseline, ...p }) => p);
    io.out(
      `${JSON.stringify({ result: verdict.result, crossings: verdict.crossings, ...rest, platforms: slim }, null, 2)}\n`,
    );
  } else if (format === 'html') {
    io.out(renderHtmlReport({ images, records: result.layers, baseline: document ? htmlBaseline(document) : null }));
  } else if (format === 'markdown') {
    io.out(renderReport(comparison, verdict, { key: values.key as string, thresholds, pullBandwidth }));
  } else {
    io.out(`${verdict.result}\n${verdict.crossings.map((c) => `  ${c.level}: ${c.message}\n`).join('')}`);
    io.out(renderPackageChanges(comparison.platforms));
  }
  return verdict.failed ? 1 : 0;
}

/** `  deb default-jre-headless 2:1.17-74: new, +152 MB`, per platform with package changes. */
function renderPackageChanges(platforms: Comparison['platforms']): string {
  const lines: string[] = [];
  for (const p of platforms) {
    if (!p.packages?.changes.length) continue;
    lines.push(`packages that changed most (${p.platform}):`);
    for (const x of p.packages.changes) {
      const what = describeChange(x, (v) => v);
      const version = shownVersion(x);
      const change = x.bytes - x.baselineBytes;
      lines.push(
        plainText(
          `  ${x.type} ${x.name}${version ? ` ${version}` : ''}: ${what}, ${change > 0 ? '+' : ''}${formatBytes(change)}`,
        ),
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
