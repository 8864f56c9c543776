/**
 * What a run does with the baseline, decided from the event that started it, and the names that
 * identify a baseline. Pure: the event comes in as data.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { UserError } from '../errors.js';
import { ARCHIVE_SUFFIX, looksLikePath } from '../image/spec.js';

export const MODES = ['auto', 'compare', 'baseline', 'comment'] as const;
export type Mode = (typeof MODES)[number];
export type ResolvedMode = 'compare' | 'baseline';

export const ARTIFACT_PREFIX = 'image-size-guard-';

export function parseMode(value: string): Mode {
  const mode = value.trim() || 'auto';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new UserError(`Input "mode" is "${value}": use auto, compare, baseline or comment`);
  }
  return mode as Mode;
}

export interface EventFacts {
  eventName: string;
  /** GITHUB_REF, e.g. refs/heads/main */
  ref: string;
  baselineBranch: string;
}

/**
 * `auto`: pull requests compare; a push to the baseline branch and a schedule write the baseline;
 * a manual dispatch writes it on the baseline branch and compares elsewhere; anything else compares.
 */
export function resolveMode(mode: Mode, event: EventFacts): ResolvedMode {
  if (mode === 'compare' || mode === 'baseline') return mode;
  const onBaselineBranch = branchOf(event.ref) === event.baselineBranch;
  switch (event.eventName) {
    case 'schedule':
      return 'baseline';
    case 'push':
    case 'workflow_dispatch':
      return onBaselineBranch ? 'baseline' : 'compare';
    default:
      return 'compare';
  }
}

/**
 * Why pull requests will not take the baseline this run writes, or null. Readers accept only
 * trusted events on the baseline branch (see ./select.ts); an explicit `mode: baseline` elsewhere
 * still writes, and the user is told it will not be used.
 */
export function untrustedWrite(event: EventFacts, trustedEvents: readonly string[]): string | null {
  if (!trustedEvents.includes(event.eventName)) return `a ${event.eventName} run`;
  const branch = branchOf(event.ref);
  if (event.eventName !== 'schedule' && branch !== event.baselineBranch) {
    return `a run on ${branch ?? event.ref}, not on ${event.baselineBranch || 'the baseline branch'}`;
  }
  return null;
}

/** `refs/heads/x` → `x`; other refs (tags, pull merge refs) name no branch. */
export function branchOf(ref: string): string | null {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}

/** The repository's default branch as the event payload states it, if it does (schedule's does not). */
export function defaultBranchFromPayload(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const repository = (payload as { repository?: { default_branch?: unknown } }).repository;
  return typeof repository?.default_branch === 'string' && repository.default_branch ? repository.default_branch : null;
}

export interface KeyParts {
  /** The `image` input, when measuring an existing image. */
  image?: string;
  /** The Dockerfile path, when building. */
  file?: string;
  /** The build context, relative to the workspace (or a URL); `.` adds nothing to the key. */
  context?: string;
  target?: string;
  platforms?: readonly string[];
  /** `NAME=value` build-args; only a short hash of them enters the key, never a value. */
  buildArgs?: readonly string[];
  /** Build-arg names left out of the key: values that change every run would give a new key each time. */
  ignoreBuildArgs?: readonly string[];
}

/** The longest key (and `comment-key`, `cache-scope`): artifact names, cache keys and registry tags stay short. */
export const KEY_MAX = 100;

/**
 * The default key: for a build, the Dockerfile path, the context (unless `.` or the Dockerfile's own
 * folder), target, platforms and a hash of the build-args, so a matrix of images or of variants of
 * one image keeps one baseline, comment and cache each; for an existing image, its name without tag
 * or digest (a pull request tags its image differently from the baseline run) or an archive's file
 * name. A build with none of the new pieces keeps the key earlier versions gave it, and with it
 * its baselines.
 */
export function deriveKey(parts: KeyParts): string {
  const pieces: string[] = [];
  if (parts.image) {
    pieces.push(imageName(parts.image));
  } else {
    const file = (parts.file || 'Dockerfile').replace(/^\.\//, '');
    pieces.push(file);
    const context = parts.context?.replace(/^\.\/(?=.)/, '').replace(/\/+$/, '');
    // `services/api/Dockerfile` built in `services/api` already names its context.
    if (context && context !== '.' && context !== posix.dirname(file)) pieces.push(context);
    if (parts.target) pieces.push(parts.target);
  }
  if (parts.platforms?.length) pieces.push([...parts.platforms].sort().join('+'));
  const args = buildArgsHash(parts.buildArgs ?? [], parts.ignoreBuildArgs ?? []);
  if (args) pieces.push(`args-${args}`);
  const key = capKey(sanitizeKey(pieces.join('-')));
  // `image-size-guard-report-<key>` is the HTML report's artifact: a baseline may not be named so.
  return key.startsWith(REPORT_KEY_PREFIX) ? capKey(`image-${key}`) : key;
}

/**
 * The first 8 hex digits of sha256 over the sorted `NAME=value` lines (the last value of a name
 * given twice, as buildx takes it), or null when no build-arg counts. It tells variants apart
 * without showing them: a value one could guess (`NODE=20`) can be tried against it, as the
 * matrix itself would show it, but 32 bits say nothing of a token's value.
 */
export function buildArgsHash(buildArgs: readonly string[], ignore: readonly string[]): string | null {
  const values = new Map<string, string>();
  for (const line of buildArgs) {
    const eq = line.indexOf('=');
    const name = eq === -1 ? line : line.slice(0, eq);
    if (!ignore.includes(name)) values.set(name, eq === -1 ? '' : line.slice(eq + 1));
  }
  if (values.size === 0) return null;
  const lines = [...values].map(([name, value]) => `${name}=${value}`).sort();
  return shortHash(lines.join('\n'));
}

/** A key over KEY_MAX keeps its start and ends in a hash of the whole, so two long keys stay apart. */
function capKey(key: string): string {
  if (key.length <= KEY_MAX) return key;
  const head = key.slice(0, KEY_MAX - 9).replace(/[-.]+$/, '');
  return `${head}-${shortHash(key)}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function imageName(image: string): string {
  if (looksLikePath(image)) {
    const base = image.replace(/\/+$/, '').split('/').pop() ?? image;
    return base.replace(ARCHIVE_SUFFIX, '').replace(/\.(oci|docker)$/, '');
  }
  // registry://REF and local://REF name the same image as REF.
  const withoutDigest = image.replace(/^(registry|local):\/\//, '').split('@')[0]!;
  // A colon after the last slash is a tag; one before it is a registry port.
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
}

/** Artifact names allow neither `/` nor `:`; keys are kept to a portable alphabet. */
export function sanitizeKey(key: string): string {
  return cleanKey(key) || 'image';
}

/** `key` in the portable alphabet: runs of other characters become one `-`; no `-` or `.` at either end. */
function cleanKey(key: string): string {
  return key
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * A `key` or `comment-key` input, rewritten into the portable alphabet as before; one that leaves
 * nothing, or is longer than KEY_MAX, is refused rather than silently shared or cut.
 */
export function parseKey(name: string, value: string): string {
  const text = value.trim();
  if (!text) return '';
  if (text.length > KEY_MAX || !cleanKey(text)) {
    throw new UserError(
      `Input "${name}" is ${quoteInput(text)}: use 1 to ${KEY_MAX} characters, with letters or digits (A-Z a-z 0-9 . _ - are kept, others become -)`,
    );
  }
  if (name === 'key' && cleanKey(text).startsWith(REPORT_KEY_PREFIX)) {
    throw new UserError(
      `Input "key" is ${quoteInput(text)}: a key may not start with "${REPORT_KEY_PREFIX}" (the HTML report's artifact is named image-size-guard-report-<key>); choose another`,
    );
  }
  return cleanKey(text);
}

/** Keys that would name a baseline artifact like another key's HTML report. */
export const REPORT_KEY_PREFIX = 'report-';

/**
 * A `cache-scope` input: it goes into a folder name and into buildx's comma-separated cache
 * options, so it is taken only in a safe alphabet, never rewritten (a `,` could add an option, a
 * `..` leave the cache folder).
 */
export function parseScope(name: string, value: string): string {
  if (!value) return '';
  if (value.length > KEY_MAX || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
    throw new UserError(
      `Input "${name}" is ${quoteInput(value)}: use 1 to ${KEY_MAX} of A-Z a-z 0-9 . _ -, starting with a letter or digit`,
    );
  }
  return value;
}

/** An input quoted in a message: on one line, and no longer than a glance. */
export function quoteInput(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

export function artifactName(key: string): string {
  return `${ARTIFACT_PREFIX}${key}`;
}

/** A whole number within bounds, for `history` and `retention-days`. */
export function parseCount(name: string, value: string, fallback: number, min: number, max: number): number {
  const text = value.trim();
  if (!text) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UserError(`Input "${name}" is "${value}": use a whole number from ${min} to ${max}`);
  }
  return n;
}
