/**
 * A baseline from a published image (`baseline-image`, `compare --baseline-image`) instead of a
 * stored artifact: the image is read from its registry (nothing pulled) and measured like any other,
 * and the measurement serves as the baseline document. The tag `semver` (or `semver-pre`) stands for
 * the highest semantic-version tag of the repository, found with the tags list API.
 */
import { analyze } from '../analyze.js';
import type { AnalysisResult } from '../analysis/types.js';
import { UserError } from '../errors.js';
import { RegistryClient } from '../registry/client.js';
import { parseReference, reference, type Reference } from '../registry/reference.js';
import { buildBaseline, DEFAULT_HISTORY, type BaselineDocument } from './document.js';

/** The tags that stand for the highest semantic-version tag: releases only, or pre-releases too. */
export const SEMVER_TAG = 'semver';
export const SEMVER_PRE_TAG = 'semver-pre';

interface Version {
  numbers: [number, number, number];
  /** Dot-separated pre-release identifiers; empty for a release. */
  pre: string[];
}

/** `1.2.3`, `v1.2.3`, `1.2.3-rc.1` (SemVer 2.0; Docker tags cannot hold build metadata's `+`). */
export function parseSemver(tag: string): Version | null {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/.exec(tag);
  if (!m) return null;
  return { numbers: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split('.') : [] };
}

/** SemVer 2.0 precedence: negative when a is lower than b. */
export function compareSemver(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a.numbers[i] !== b.numbers[i]) return a.numbers[i]! - b.numbers[i]!;
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i]!;
    const y = b.pre[i]!;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (!nx && x !== y) return x < y ? -1 : 1;
  }
  return a.pre.length - b.pre.length;
}

/**
 * The highest semantic-version tag; pre-releases only when asked. Between `v1.2.3` and `1.2.3` (the
 * same version) the one without the prefix wins, so the choice does not depend on the tags' order.
 */
export function highestSemverTag(tags: readonly string[], prerelease = false): string | null {
  let best: { tag: string; version: Version } | null = null;
  for (const tag of tags) {
    const version = parseSemver(tag);
    if (!version || (version.pre.length > 0 && !prerelease)) continue;
    const order = best ? compareSemver(version, best.version) : 1;
    if (order > 0 || (order === 0 && best!.tag.startsWith('v') && !tag.startsWith('v'))) best = { tag, version };
  }
  return best?.tag ?? null;
}

/** The reference to read: as given, or with `semver` / `semver-pre` replaced by the tag they stand for. */
export async function resolveBaselineImage(text: string, env: NodeJS.ProcessEnv = process.env): Promise<Reference> {
  const ref = parseReference(text.replace(/^registry:\/\//, ''));
  if (ref.digest || (ref.tag !== SEMVER_TAG && ref.tag !== SEMVER_PRE_TAG)) return ref;
  const client = await RegistryClient.open(ref, env);
  const tags = await client.listTags();
  const tag = highestSemverTag(tags, ref.tag === SEMVER_PRE_TAG);
  if (!tag) {
    const kind = ref.tag === SEMVER_PRE_TAG ? 'semantic-version' : 'semantic-version release';
    throw new UserError(
      `${client.name} has no ${kind} tag (such as 1.2.3 or v1.2.3) among its ${tags.length} tags: ` +
        'push one, or name the baseline image with a tag such as :latest',
    );
  }
  return reference(ref.registry, ref.repository, tag, null);
}

export interface PublishedBaseline {
  /** `registry/repository:tag`, the tag resolved. */
  reference: string;
  /** The digest the reference pointed to (an index's for a multi-platform image). */
  digest: string;
  result: AnalysisResult;
  /** The measurement as a baseline document, its origin naming the image. */
  document: BaselineDocument;
}

export interface BaselineImageOptions {
  /** `os/arch[/variant]` or `all`; the host's platform (or the only one) when unset. */
  platform?: string;
  key?: string;
  env?: NodeJS.ProcessEnv;
}

/** Reads and measures the published image; fails in one line when it cannot be read. */
export async function loadBaselineImage(text: string, options: BaselineImageOptions = {}): Promise<PublishedBaseline> {
  const ref = await resolveBaselineImage(text, options.env);
  const result = await analyze(`registry://${ref.toString()}`, { platform: options.platform });
  const first = result.images[0]!;
  const digest = ref.digest ?? first.image.digest ?? '';
  const named = `${ref.toString()}${ref.digest || !digest ? '' : `@${digest}`}`;
  const document = buildBaseline({
    key: options.key ?? 'baseline-image',
    // The comparison names its baseline by this: the image and its digest, not a commit.
    origin: {
      repository: ref.repository,
      commit: named,
      ref: ref.toString(),
      runId: null,
      time: new Date().toISOString(),
    },
    analysis: result,
    build: null,
    historyLimit: DEFAULT_HISTORY,
    previous: null,
  });
  return { reference: ref.toString(), digest, result, document };
}
