/**
 * The comment hand-off between the two stages of a fork's pull request: the `pull_request` run,
 * whose token may not comment, writes this document as an artifact; the `workflow_run` run, which
 * may, reads it back. Pure. The first stage runs the fork's code, so the document is attacker-written
 * data: it holds figures, names and the verdict, never markdown, and the second stage checks every
 * field (types, lengths, counts, finite numbers in range, known values only, no unknown field) before
 * it renders the comment itself, with the same renderer and escaping as the first stage.
 */
import { PACKAGE_TYPES } from '../analysis/types.js';
import { sanitizeKey } from '../baseline/mode.js';
import type { CacheMode } from '../build/types.js';
import type { HintKind } from '../hints/types.js';
import type { Result } from '../thresholds/evaluate.js';
import {
  array,
  bool,
  int,
  Invalid,
  literal,
  nullable,
  num,
  object,
  oneOf,
  optional,
  str,
  type Check,
  type Checked,
} from './schema.js';

export const COMMENT_ARTIFACT_PREFIX = 'image-size-guard-comment-';
export const COMMENT_FILE = 'comment.json';
export const HANDOFF_SCHEMA_VERSION = 2 as const;

/** A report's document is a few kB to a few hundred kB; anything larger is not ours. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** Caps on what one document may hold; the first stage keeps within them (see ./render.ts). */
export const LIMITS = {
  key: 256,
  platforms: 32,
  platform: 100,
  layers: 1000,
  instruction: 1000,
  paths: 100,
  path: 1000,
  hints: 200,
  hintText: 1000,
  crossings: 1000,
  message: 2000,
  history: 1000,
  // A commit, or a published baseline image's reference and digest.
  commit: 400,
  dockerfile: 1024,
} as const;

const RESULTS = ['pass', 'warn', 'fail', 'no-baseline'] as const satisfies readonly Result[];
const CACHE_MODES = ['local', 'gha', 'registry', 'inline', 'none'] as const satisfies readonly CacheMode[];
const HINT_KINDS = [
  'package-cache',
  'removed-later',
  'toolchain',
  'jdk',
  'root-user',
  'base-latest',
  'base-no-digest',
  'large-context',
  'no-dockerignore',
  'copy-before-install',
] as const satisfies readonly HintKind[];
// A hint kind added to the union but not here would make every document with it unreadable.
const everyHintKind: Exclude<HintKind, (typeof HINT_KINDS)[number]> extends never ? true : never = true;
void everyHintKind;

/** Sizes, seconds, percents and counts: finite, and no larger than a double holds exactly. */
const figure = num(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
const index = int(0, 1_000_000);
const line = int(1, 10_000_000);
const delta = object({
  current: figure,
  baseline: nullable(figure),
  delta: nullable(figure),
  percent: nullable(figure),
});
const text = (max: number) => str(max);

/**
 * A Dockerfile path relative to the repository root, for links to its lines: no leading `/`, no
 * backslash, no `.` or `..` or empty segment, no control character. The link is built from it by
 * the stage that posts (./render.ts), never read from the document.
 */
export function isRepositoryPath(p: string): boolean {
  if (p.length === 0 || p.length > LIMITS.dockerfile) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(p)) return false;
  return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

const repositoryPath: Check<string> = (v, at) => {
  if (typeof v === 'string' && isRepositoryPath(v)) return v;
  throw new Invalid(`${at} is not a path relative to the repository`);
};

const pathChange = object({ path: text(LIMITS.path), bytes: figure, baselineBytes: figure });
const pathChanges = object({
  added: array(LIMITS.paths, pathChange),
  grown: array(LIMITS.paths, pathChange),
  removed: array(LIMITS.paths, pathChange),
});

const packageChanges = object({
  changes: array(
    LIMITS.paths,
    object({
      status: oneOf(['added', 'removed', 'changed']),
      type: oneOf(PACKAGE_TYPES),
      name: text(LIMITS.path),
      version: nullable(text(LIMITS.path)),
      baselineVersion: nullable(text(LIMITS.path)),
      bytes: figure,
      baselineBytes: figure,
    }),
  ),
  totals: array(
    PACKAGE_TYPES.length + 1,
    object({ type: oneOf([...PACKAGE_TYPES, 'unowned']), bytes: figure, baselineBytes: figure }),
  ),
});

const platform = object({
  platform: text(LIMITS.platform),
  current: object({ compressedEstimated: bool, layerCount: index }),
  baseline: nullable(object({ compressedEstimated: bool })),
  totals: object({ compressed: delta, uncompressed: delta, content: delta }),
  layers: array(
    LIMITS.layers,
    object({
      status: oneOf(['unchanged', 'changed', 'added', 'removed']),
      index: nullable(index),
      baselineIndex: nullable(index),
      instruction: nullable(text(LIMITS.instruction)),
      compressed: delta,
      uncompressed: delta,
      base: bool,
      line: nullable(line),
    }),
  ),
  baseLayerCount: index,
  files: pathChanges,
  directories: pathChanges,
  packages: optional(packageChanges),
  waste: object({
    efficiency: delta,
    wastedBytes: delta,
    hiddenBytes: delta,
    userWastedRatio: nullable(figure),
  }),
  hints: array(
    LIMITS.hints,
    object({
      kind: oneOf(HINT_KINDS),
      key: text(LIMITS.hintText),
      title: text(LIMITS.hintText),
      fix: text(LIMITS.hintText),
      layer: nullable(index),
      line: nullable(line),
      bytes: figure,
      isNew: bool,
    }),
  ),
  download: nullable(object({ bytes: figure, layers: index })),
});

const limit = nullable(figure);
const report = object({
  verdict: object({
    result: oneOf(RESULTS),
    failed: bool,
    crossings: array(
      LIMITS.crossings,
      object({
        threshold: text(LIMITS.platform),
        level: oneOf(['error', 'warning']),
        platform: text(LIMITS.platform),
        message: text(LIMITS.message),
        layer: nullable(index),
        line: nullable(line),
      }),
    ),
    acceptedBy: nullable(text(LIMITS.platform)),
  }),
  thresholds: object({
    sizeMetric: oneOf(['compressed', 'uncompressed']),
    failOn: oneOf(['error', 'warning', 'never']),
    maxSize: limit,
    maxIncrease: limit,
    maxIncreasePercent: limit,
    maxLayerIncrease: limit,
    warnIncrease: limit,
    warnIncreasePercent: limit,
    minEfficiency: limit,
    maxWastedBytes: limit,
    maxUserWastedPercent: limit,
    maxLayers: limit,
  }),
  /** Bits per second the pull time is estimated at. */
  pullBandwidth: num(1, 1e15),
  platforms: array(LIMITS.platforms, platform),
  build: nullable(object({ seconds: delta, cachedSteps: delta, totalSteps: index, cacheMode: oneOf(CACHE_MODES) })),
  baselineCommit: nullable(text(LIMITS.commit)),
  noBaselineReason: nullable(text(LIMITS.message)),
  history: array(LIMITS.history, object({ commit: text(LIMITS.commit), compressed: figure, uncompressed: figure })),
});

const handoff = object({
  schemaVersion: literal(HANDOFF_SCHEMA_VERSION),
  // No control character: the key is logged by the comment stage, and a line break could start a workflow command.
  // eslint-disable-next-line no-control-regex
  key: str(LIMITS.key, /^[^\u0000-\u001f\u007f]+$/, `a string of 1 to ${LIMITS.key} characters`),
  /** The pull request the first stage ran for, as its event said (checked again by the second stage). */
  pullRequest: int(1, 2 ** 31),
  /** The commit that was measured. */
  headSha: str(40, /^[0-9a-f]{40}$/, 'a commit SHA'),
  /** `on-change`: start a comment only when the image changed; an existing one is always updated. */
  mode: oneOf(['always', 'on-change']),
  changed: bool,
  /** The Dockerfile's path in the repository, when the first stage read it: layers link to its lines. */
  dockerfile: nullable(repositoryPath),
  report,
});

/** What the report is rendered from: the comparison's figures and names, and the verdict. */
export type ReportDocument = Checked<typeof report>;
export type CommentHandoff = Checked<typeof handoff>;

export function commentArtifactName(key: string): string {
  return `${COMMENT_ARTIFACT_PREFIX}${sanitizeKey(key)}`;
}

export type Parsed = { ok: true; handoff: CommentHandoff } | { ok: false; reason: string };

/** Checks a hand-off document read from an artifact named `artifactName`. */
export function parseHandoff(text: string, artifactName: string): Parsed {
  if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) return bad(`it is larger than ${MAX_DOCUMENT_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return bad('it is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('it is not a JSON object');
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version === 1) {
    return bad(
      'it was written by an older image-size-guard (schemaVersion 1, a finished comment, which is no longer posted): re-run the pull request workflow with this version of the action',
    );
  }
  if (version !== HANDOFF_SCHEMA_VERSION) {
    return bad(`schemaVersion is ${clip(JSON.stringify(version) ?? 'missing')}, not ${HANDOFF_SCHEMA_VERSION}`);
  }
  let checked: CommentHandoff;
  try {
    checked = handoff(value, 'the document');
  } catch (err) {
    if (err instanceof Invalid) return bad(err.message);
    throw err;
  }
  if (commentArtifactName(checked.key) !== artifactName) return bad(`its key does not name artifact ${artifactName}`);
  return { ok: true, handoff: checked };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function bad(reason: string): Parsed {
  return { ok: false, reason };
}
