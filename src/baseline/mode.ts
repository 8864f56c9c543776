/**
 * What a run does with the baseline, decided from the event that started it, and the names that
 * identify a baseline. Pure: the event comes in as data.
 */
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
  target?: string;
  platforms?: readonly string[];
}

/**
 * The default key: for a build, the Dockerfile path, target and platforms, so a matrix of images
 * keeps one baseline each; for an existing image, its name without tag or digest (a pull request
 * tags its image differently from the baseline run) or an archive's file name.
 */
export function deriveKey(parts: KeyParts): string {
  const pieces: string[] = [];
  if (parts.image) {
    pieces.push(imageName(parts.image));
  } else {
    pieces.push((parts.file || 'Dockerfile').replace(/^\.\//, ''));
    if (parts.target) pieces.push(parts.target);
  }
  if (parts.platforms?.length) pieces.push([...parts.platforms].sort().join('+'));
  return sanitizeKey(pieces.join('-'));
}

function imageName(image: string): string {
  if (looksLikePath(image)) {
    const base = image.replace(/\/+$/, '').split('/').pop() ?? image;
    return base.replace(ARCHIVE_SUFFIX, '').replace(/\.(oci|docker)$/, '');
  }
  const withoutDigest = image.split('@')[0]!;
  // A colon after the last slash is a tag; one before it is a registry port.
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
}

/** Artifact names allow neither `/` nor `:`; keys are kept to a portable alphabet. */
export function sanitizeKey(key: string): string {
  const clean = key
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return clean || 'image';
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
