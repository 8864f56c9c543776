/**
 * `image-size-guard compare SOURCE --baseline FILE`: the pull request's gate, run locally. The same
 * comparison, thresholds and report as the action; exit 1 when a threshold fails the check.
 */
import * as fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readBaselineFile } from '../action/baseline-file.js';
import { analyze } from '../analyze.js';
import { knownLayers, parseBaseline } from '../baseline/document.js';
import { compare } from '../compare/compare.js';
import { UserError } from '../errors.js';
import { renderReport } from '../report/comment.js';
import { DEFAULT_PULL_BANDWIDTH, parseBandwidth } from '../report/format.js';
import { htmlBaseline, renderHtmlReport, type HtmlBaseline } from '../report/html/render.js';
import { evaluate } from '../thresholds/evaluate.js';
import { parseThresholds, type ThresholdText } from '../thresholds/parse.js';

export const COMPARE_USAGE = `Usage: image-size-guard compare SOURCE --baseline FILE [--format markdown|json|text|html]
       [--dockerfile PATH] [--platform os/arch[/variant]|all] [--key NAME]
       [--max-size SIZE] [--max-increase SIZE] [--max-increase-percent N] [--max-layer-increase SIZE]
       [--warn-increase SIZE] [--warn-increase-percent N] [--min-efficiency R] [--max-wasted-bytes SIZE]
       [--max-user-wasted-percent N] [--max-layers N] [--size-metric compressed|uncompressed] [--fail-on error|warning|never]
       [--pull-bandwidth SPEED]

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
  if (!source || rest.length > 0 || !values.baseline) {
    throw new UserError(`expected "compare SOURCE --baseline FILE"\n${COMPARE_USAGE}`);
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

  // Layers the baseline has records of are not read again (nor, from the daemon, exported to the analysis).
  const result = await analyze(source, {
    platform: values.platform,
    knownLayers: await baselineLayers(values.baseline),
  });
  const { images } = result;
  const baseline = await readBaselineFile(values.baseline);
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
    const document = baseline.images ? await readHtmlBaseline(values.baseline) : null;
    io.out(renderHtmlReport({ images, records: result.layers, baseline: document }));
  } else if (format === 'markdown') {
    io.out(renderReport(comparison, verdict, { key: values.key as string, thresholds, pullBandwidth }));
  } else {
    io.out(`${verdict.result}\n${verdict.crossings.map((c) => `  ${c.level}: ${c.message}\n`).join('')}`);
  }
  return verdict.failed ? 1 : 0;
}

/** The baseline file's layer records; none when it cannot be used (readBaselineFile says why). */
async function baselineLayers(file: string): Promise<ReturnType<typeof knownLayers>> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  let key: string;
  try {
    key = String((JSON.parse(text) as { key?: unknown }).key ?? '');
  } catch {
    return new Map();
  }
  const parsed = parseBaseline(text, key);
  return knownLayers(parsed.ok ? parsed.document : null);
}

/** The baseline file's layer records too, which the HTML report rebuilds its filesystem from. */
async function readHtmlBaseline(file: string): Promise<HtmlBaseline | null> {
  const text = await fs.readFile(file, 'utf8');
  const parsed = parseBaseline(text, String((JSON.parse(text) as { key?: unknown }).key ?? ''));
  return parsed.ok ? htmlBaseline(parsed.document) : null;
}
