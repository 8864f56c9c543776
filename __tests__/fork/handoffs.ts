/** Hand-off documents for the tests of the comment stage: a real report's, and a hostile copy of it. */
import { execFileSync } from 'node:child_process';
import { marked } from 'marked';
import { BUILD, DOCKERFILE, baselineApp, baselineOf, grownApp } from '../../__fixtures__/scenarios.js';
import { compare } from '../../src/compare/compare.js';
import type { ImageAnalysis, PackageRecord } from '../../src/analysis/types.js';
import type { CommentHandoff } from '../../src/fork/document.js';
import { reportDocument } from '../../src/fork/render.js';
import { evaluate, type Thresholds } from '../../src/thresholds/evaluate.js';

export const THRESHOLDS: Thresholds = {
  sizeMetric: 'compressed',
  failOn: 'error',
  maxSize: 100_000_000,
  maxIncrease: 10_000_000,
  maxLayerIncrease: 20_000_000,
  warnIncreasePercent: 5,
};

/** The grown app against its baseline: crossings, layers, paths, hints, a build and a trend. */
/** Installed packages: a JDK came in, one package grew with a new version, one went. */
function withPackages(analysis: ImageAnalysis, jdk: boolean): ImageAnalysis {
  const packages: PackageRecord[] = [
    {
      type: 'deb',
      name: 'libc6',
      version: jdk ? '2.36-9+deb12u8' : '2.36-9+deb12u7',
      bytes: jdk ? 12_500_000 : 12_400_000,
      files: 300,
      layer: 0,
    },
    { type: 'npm', name: 'left-pad', version: '1.3.0', bytes: 9_000, files: 4, layer: 3 },
  ];
  if (jdk)
    packages.unshift({
      type: 'deb',
      name: 'default-jre-headless',
      version: '2:1.17-74',
      bytes: 152_000_000,
      files: 900,
      layer: 2,
    });
  else packages.push({ type: 'pip', name: 'six', version: '1.16.0', bytes: 40_000, files: 6, layer: 2 });
  const deb = packages.filter((p) => p.type === 'deb').reduce((n, p) => n + p.bytes, 0);
  return {
    ...analysis,
    packages,
    packageTotals: { deb, npm: 9_000, ...(jdk ? {} : { pip: 40_000 }), unowned: 1_000_000 },
  };
}

export function comparison() {
  return compare([withPackages(grownApp(), true)], BUILD, [baselineOf(withPackages(baselineApp(), false))], {
    dockerfile: DOCKERFILE,
    commit: 'e'.repeat(40),
    time: '2026-11-26T20:00:00Z',
    noBaselineReason: null,
  });
}

export function handoff(over: Partial<CommentHandoff> = {}): CommentHandoff {
  const c = comparison();
  return {
    schemaVersion: 2,
    key: 'app',
    pullRequest: 7,
    headSha: '1'.repeat(40),
    mode: 'always',
    changed: true,
    dockerfile: 'docker/Dockerfile',
    report: reportDocument(c, evaluate(c, THRESHOLDS), THRESHOLDS),
    ...over,
  };
}

/** Everything a comment must never make live: an image, links, raw HTML, mentions, an issue reference. */
export const HOSTILE =
  '![x](https://attacker.example/p.png) @everyone @org/team <img src=x onerror=alert(1)> ' +
  '[link](https://attacker.example) https://attacker.example www.attacker.example #123 GH-123 ' +
  '<details open><summary>x</summary> </details> **bold** | cell | `<img src=y onerror=alert(2)> @everyone https://attacker.example`';

/** The same within the 100 characters a platform, a threshold's name or a commit may have. */
export const HOSTILE_SHORT =
  '![x](https://attacker.example/p)@everyone<img src=x onerror=alert(1)>[l](https://attacker.example)';
const SHORT = new Set(['platform', 'threshold', 'commit', 'baselineCommit']);

/** Fields whose value is one of a few words (refused otherwise) or a checked SHA. */
const WORDS = new Set([
  'type',
  'status',
  'kind',
  'level',
  'result',
  'sizeMetric',
  'failOn',
  'cacheMode',
  'mode',
  'headSha',
]);

/** `h` with HOSTILE in every free-text field, at every depth; a path made of it for the Dockerfile. */
export function hostile(h: CommentHandoff): CommentHandoff {
  const walk = (v: unknown, name: string): unknown => {
    if (typeof v === 'string') return WORDS.has(name) ? v : SHORT.has(name) ? HOSTILE_SHORT : HOSTILE;
    if (Array.isArray(v)) return v.map((x) => walk(x, name));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const out = walk(h, '') as CommentHandoff;
  // Every nullable text is given some: a null field would carry nothing to test.
  out.report.baselineCommit = HOSTILE_SHORT;
  out.report.noBaselineReason = HOSTILE;
  out.report.platforms.forEach((p) => p.layers.forEach((l) => (l.instruction = HOSTILE)));
  // A path has no empty segment: the slashes of the URLs are look-alike slashes here.
  out.dockerfile = `docker/${HOSTILE.replace(/\//g, '∕')}/Dockerfile`;
  // The key names the artifact: give a hostile one with the artifact named after it.
  out.key = h.key;
  return out;
}

/**
 * The HTML GitHub makes of a comment: Debian's cmark-gfm with GitHub's extensions (raw HTML kept,
 * so any that got through shows), or, where it is not installed, marked's GFM.
 */
export function renderGfm(markdown: string): string {
  try {
    return execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter'], {
      input: markdown,
      encoding: 'utf8',
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return marked.parse(markdown, { gfm: true, async: false });
  }
}

/** What of HOSTILE is live in `html`: elements, links off `allowedLink`, mentions and references outside code. */
export function liveHostile(html: string, allowedLink: string): string[] {
  const found: string[] = [];
  const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)[\s>/]/g)].map((m) => m[1]!.toLowerCase()));
  const own = ['a', 'br', 'code', 'details', 'em', 'h3', 'li', 'p', 'pre', 'strong', 'sub', 'summary', 'ul'];
  const tableTags = ['table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote'];
  for (const tag of tags) if (![...own, ...tableTags].includes(tag)) found.push(`<${tag}>`);
  for (const m of html.matchAll(/href="([^"]*)"/g)) if (!m[1]!.startsWith(allowedLink)) found.push(`link ${m[1]}`);
  if (/<details open>\s*<summary>x</.test(html)) found.push('a section from the document');
  // GitHub finds no mention, reference or URL in code; elsewhere in the text they must be broken.
  const text = html.replace(/<code>[^]*?<\/code>/g, '').replace(/<[^>]*>/g, '');
  const decoded = text.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
  for (const live of [/@everyone/, /@org/, /(^|\s)#123/, /GH-123/, /https?:\/\/attacker/, /www\.attacker/]) {
    const m = live.exec(decoded);
    if (m) found.push(`text ${m[0].trim()}`);
  }
  return found;
}
