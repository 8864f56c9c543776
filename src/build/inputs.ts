/**
 * The build's inputs as the action receives them, and the pure parsing of their multi-line forms.
 * Names follow docker/build-push-action where they overlap.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { UserError } from '../errors.js';
import type { BuilderSetup } from './builder.js';
import type { CacheMode } from './types.js';

export const CACHE_MODES: readonly CacheMode[] = ['local', 'gha', 'registry', 'inline', 'none'];

export interface Secret {
  id: string;
  value: string;
}

export interface BuildInputs {
  context: string;
  /** The Dockerfile; empty means `<context>/Dockerfile`, as buildx has it. */
  file: string;
  target: string;
  /** `NAME=value`, one per build argument. */
  buildArgs: string[];
  /** `name=location`, one per named context. */
  buildContexts: string[];
  secrets: Secret[];
  platforms: string[];
  network: string;
  labels: string[];
  noCache: boolean;
  pull: boolean;
  builder: string;
  /** When the builder cannot export the image (the docker driver on the classic store): create one, or fail. */
  builderSetup: BuilderSetup;
  tags: string[];
  load: boolean;
  cache: CacheMode;
  cacheRef: string;
  /** Empty means derived from the Dockerfile, target and platforms (see defaultCacheScope). */
  cacheScope: string;
  /** SSH agent sockets or keys for `RUN --mount=type=ssh`: `default`, `id=path`. */
  ssh: string[];
  /** Extra privileges, e.g. `network.host`, `security.insecure`. */
  allow: string[];
  /** `host:ip` entries added to the build containers' /etc/hosts. */
  addHosts: string[];
  /** Size of /dev/shm in RUN steps, e.g. `2g`. */
  shmSize: string;
  /** `type=soft:hard` ulimits of RUN steps. */
  ulimit: string[];
  /** OCI annotations of the image, `key=value` (with buildx's `index:` / `manifest:` prefixes). */
  annotations: string[];
  /** `--provenance` and `--sbom` as buildx takes them (`false`, `mode=max`, …); empty: buildx's default. */
  provenance: string;
  sbom: string;
  /** How the layers are compressed, as they will be pushed: measured that way. */
  compression: Compression;
}

export const COMPRESSIONS = ['gzip', 'zstd', 'estargz'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

export function parseCompression(text: string): Compression {
  const value = (text.trim() || 'gzip').toLowerCase();
  if (!(COMPRESSIONS as readonly string[]).includes(value)) {
    throw new UserError(`Input "compression" is "${text.trim().slice(0, 40)}": use one of ${COMPRESSIONS.join(', ')}`);
  }
  return value as Compression;
}

/** Lines of a multi-line input, trimmed, blank lines and `#` comments dropped. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A list given one a line or comma-separated, as build-push-action reads `tags` and `platforms`. */
export function parseList(text: string): string[] {
  return parseLines(text)
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * `NAME=value` lines; a line without a name or `=` is a mistake the user must hear about, not a
 * build argument silently dropped.
 */
export function parseKeyValueLines(input: string, text: string): string[] {
  return parseLines(text).map((line, i) => {
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!name || /\s/.test(name)) {
      throw new UserError(
        `Input "${input}" line ${i + 1} ("${line.length > 40 ? line.slice(0, 40) + '…' : line}") is not NAME=value: write one NAME=value a line`,
      );
    }
    return `${name}=${line.slice(eq + 1)}`;
  });
}

/**
 * Secrets as docker/build-push-action reads them: `id=value` entries, one a line, CSV-quoted where a
 * value spans lines or holds quotes (`"id=first line` … `last line"`, `""` for a quote inside); the
 * value is everything after the first `=`, commas included; `#` starts a comment line. `mask` is
 * given every line of the input, then every value and each of its lines, before anything can fail,
 * and no message names more than a line number: a secret must not reach the log, even misspelt.
 */
export function parseSecrets(text: string, maskValue: (value: string) => void = () => {}): Secret[] {
  const masked = new Set<string>();
  const mask = (value: string) => {
    if (!masked.has(value)) maskValue(value);
    masked.add(value);
  };
  for (const line of text.split(/\r\n|\r|\n/)) maskLine(line, mask);
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parseCsv(text, {
      columns: false,
      relaxQuotes: true,
      relaxColumnCount: true,
      skipEmptyLines: true,
      comment: '#',
      comment_no_infix: true,
      info: true,
      raw: true,
    }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: unknown }).lines;
    const where = typeof line === 'number' ? ` (seen at line ${line})` : '';
    throw new UserError(
      `Input "secrets" has a quote that is never closed or is misplaced${where}: quote a whole id=value entry ("id=…"), with "" for a quote inside`,
    );
  }
  return records.map(({ record, info, raw }) => {
    const entry = record.join(',').trim();
    const eq = entry.indexOf('=');
    if (eq < 0) for (const part of [entry, ...entry.split(/\r\n|\r|\n/)]) if (part.trim()) mask(part.trim());
    const id = eq > 0 ? entry.slice(0, eq).trim() : '';
    const value = entry.slice(eq + 1);
    for (const part of [value, ...value.split(/\r\n|\r|\n/)]) if (part.trim()) mask(part.trim());
    if (!id || /\s/.test(id)) {
      const first = info.lines - (raw.replace(/\r?\n$/, '').match(/\r\n|\r|\n/g)?.length ?? 0);
      throw new UserError(
        `Input "secrets" line ${first} is not id=value: write one id=value a line, in double quotes when the value spans lines`,
      );
    }
    return { id, value };
  });
}

/**
 * The value a line holds, starts, continues or ends, the quotes around it left out: what follows
 * the first `=`, or the whole line when it has none (a value's later line, or a mistake).
 */
function maskLine(line: string, mask: (value: string) => void): void {
  const bare = line.trim().replace(/^"/, '').replace(/"$/, '').trim();
  const candidate = bare.includes('=') ? bare.slice(bare.indexOf('=') + 1).trim() : bare;
  if (candidate) mask(candidate);
}

export function parseCacheMode(text: string): CacheMode {
  const mode = (text.trim() || 'local').toLowerCase();
  if (!(CACHE_MODES as readonly string[]).includes(mode)) {
    throw new UserError(`Input "cache" is "${text.trim()}": use one of ${CACHE_MODES.join(', ')}`);
  }
  return mode as CacheMode;
}
