/**
 * Image references as Docker reads them (distribution/reference): `[host[:port]/]path[:tag][@digest]`,
 * where a first component is a host only when it has a `.` or a `:` or is `localhost`, and Docker
 * Hub's short forms are normalised (`nginx` is `docker.io/library/nginx:latest`).
 */
import { UserError } from '../errors.js';

export const DOCKER_HUB = 'docker.io';
/** Where Docker Hub's registry API answers, and the key `docker login` stores its credentials under. */
export const DOCKER_HUB_API = 'registry-1.docker.io';
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';

export interface Reference {
  /** The registry as users name it: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** The repository path: `library/nginx`, `owner/app`. */
  repository: string;
  /** The tag; `latest` when neither a tag nor a digest is given; null with a digest alone. */
  tag: string | null;
  digest: string | null;
  /** The full, normalised form: `docker.io/library/nginx:latest`, `ghcr.io/o/a:1@sha256:…`. */
  toString(): string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;

/** Parses and normalises a reference; a UserError in one line says what is wrong with it. */
export function parseReference(text: string): Reference {
  const invalid = (why: string) =>
    new UserError(`"${text.slice(0, 200)}" is not an image reference (${why}): give one such as ghcr.io/owner/app:1`);
  if (!text || text.length > 4096 || /\s/.test(text)) throw invalid('it is empty or has spaces');
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid('the digest is malformed');
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid('the tag is malformed');
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    if (!HOST.test(first)) throw invalid('the registry host is malformed');
    registry = first;
    parts.shift();
  }
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) {
    throw invalid('a repository name is lower-case letters, digits and separators');
  }
  if (registry === 'index.docker.io' || registry === DOCKER_HUB_API) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  if (tag === null && digest === null) tag = 'latest';
  return reference(registry, parts.join('/'), tag, digest);
}

export function reference(registry: string, repository: string, tag: string | null, digest: string | null): Reference {
  return {
    registry,
    repository,
    tag,
    digest,
    toString() {
      return `${registry}/${repository}${tag === null ? '' : `:${tag}`}${digest === null ? '' : `@${digest}`}`;
    },
  };
}

/** The host the registry's HTTP API answers on (Docker Hub's differs from its name). */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/**
 * Docker talks plain HTTP only to registries on the loopback interface (unless told they are
 * insecure); everything else is HTTPS.
 */
export function apiBase(registry: string): string {
  const host = apiHost(registry);
  const name = host.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
  const loopback = name === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '::1';
  return `${loopback ? 'http' : 'https'}://${host}`;
}
