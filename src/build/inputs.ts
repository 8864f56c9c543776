/**
 * The build's inputs as the action receives them, and the pure parsing of their multi-line forms.
 * Names follow docker/build-push-action where they overlap.
 */
import { UserError } from '../errors.js';
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
  tags: string[];
  load: boolean;
  cache: CacheMode;
  cacheRef: string;
  /** Empty means derived from the Dockerfile, target and platforms (see defaultCacheScope). */
  cacheScope: string;
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

/** `id=value` lines of secrets; the value is everything after the first `=`. */
export function parseSecrets(text: string): Secret[] {
  return parseKeyValueLines('secrets', text).map((line) => {
    const eq = line.indexOf('=');
    return { id: line.slice(0, eq), value: line.slice(eq + 1) };
  });
}

export function parseCacheMode(text: string): CacheMode {
  const mode = (text.trim() || 'local').toLowerCase();
  if (!(CACHE_MODES as readonly string[]).includes(mode)) {
    throw new UserError(`Input "cache" is "${text.trim()}": use one of ${CACHE_MODES.join(', ')}`);
  }
  return mode as CacheMode;
}
