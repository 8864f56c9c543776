/**
 * The OCI distribution API for one repository: manifests, blobs and tags, authenticated the way
 * Docker does it (Basic, or the Bearer token flow with a token per scope), with redirects followed
 * by hand so credentials never reach another host, and 429/5xx retried a bounded number of times.
 */
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { UserError } from '../errors.js';
import { nextLink, parseChallenge, type Challenge } from './challenge.js';
import { findCredentials, type Credentials } from './credentials.js';
import { apiBase, type Reference } from './reference.js';
import { MEDIA } from '../image/types.js';

/** What a manifest request accepts: OCI and Docker v2, single images and indexes. */
export const MANIFEST_ACCEPT = [MEDIA.ociIndex, MEDIA.ociManifest, MEDIA.dockerList, MEDIA.dockerManifest].join(', ');

/** Larger manifests are refused, as the distribution registry itself does (4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const RETRIES = 4;
const RETRY_AFTER_CAP_MS = 30_000;
const DEFAULT_TIMEOUT_SECONDS = 60;

/** A registry request that failed because the image is not there, the registry cannot be reached or refused access. */
export class RegistryUnavailable extends UserError {
  constructor(
    /** What is wrong, without what to do. */
    readonly fact: string,
    advice: string,
    readonly reason: 'not found' | 'unreachable' | 'denied',
  ) {
    super(`${fact}: ${advice}`);
  }
}

let secretHandler: (secret: string) => void = () => undefined;

/** Called with every password and token the client uses, so the action can mask them in the log. */
export function onSecret(handler: (secret: string) => void): void {
  secretHandler = handler;
}

export interface ManifestResponse {
  bytes: Buffer;
  mediaType: string;
  /** `sha256:…` of the bytes. */
  digest: string;
}

export interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  /** Sent again on a retry, so a Buffer or string (a stream is sent once, not retried). */
  body?: Buffer | string | Readable;
  /** `pull` (default) or `pull,push`: the token scope asked for this repository. */
  actions?: string;
}

export interface ClientOptions {
  credentials?: Credentials | null;
  /** Seconds a request may stay silent (no answer, no byte of a body); IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT. */
  timeoutSeconds?: number;
  /** Where the API answers; `apiBase(registry)` by default. */
  base?: string;
}

export class RegistryClient {
  private readonly tokens = new Map<string, string>();
  private challenge: Challenge | null = null;
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly credentials: Credentials | null;

  constructor(
    readonly registry: string,
    readonly repository: string,
    options: ClientOptions = {},
  ) {
    this.base = options.base ?? apiBase(registry);
    this.timeoutMs = (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    this.credentials = options.credentials ?? null;
    for (const secret of [this.credentials?.password, this.credentials?.identityToken])
      if (secret) secretHandler(secret);
  }

  /** A client for the reference's repository, with the credentials docker would use for its registry. */
  static async open(ref: Reference, env: NodeJS.ProcessEnv = process.env): Promise<RegistryClient> {
    const raw = env.IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT?.trim();
    const timeoutSeconds = raw ? Number(raw) : DEFAULT_TIMEOUT_SECONDS;
    if (!(timeoutSeconds > 0)) {
      throw new UserError(`IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT=${raw} is not a number of seconds: give one such as 60`);
    }
    return new RegistryClient(ref.registry, ref.repository, {
      credentials: await findCredentials(ref.registry, env),
      timeoutSeconds,
    });
  }

  /** `registry/repository`, as messages name it. */
  get name(): string {
    return `${this.registry}/${this.repository}`;
  }

  /** A manifest or index by tag or digest; one fetched by digest is checked against it. */
  async manifest(tagOrDigest: string): Promise<ManifestResponse> {
    const byDigest = tagOrDigest.includes(':');
    const res = await this.request(`/v2/${this.repository}/manifests/${tagOrDigest}`, {
      headers: { accept: MANIFEST_ACCEPT },
    });
    if (res.status === 404) {
      await res.body?.cancel();
      throw new RegistryUnavailable(
        byDigest ? `${this.name} has no manifest ${tagOrDigest}` : `${this.name} has no tag ${tagOrDigest}`,
        byDigest ? 'check the digest' : 'check the tag, or push the image first',
        'not found',
      );
    }
    await this.expectOk(res, `Reading the manifest ${tagOrDigest} of ${this.name}`);
    const bytes = await this.readBody(res, MAX_MANIFEST_BYTES, 'manifest');
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const expected = byDigest ? tagOrDigest : res.headers.get('docker-content-digest');
    if (expected?.startsWith('sha256:') && expected !== digest) {
      throw new UserError(
        `${this.name}: the manifest ${tagOrDigest} does not match its digest: expected ${expected}, its content is ${digest}; push the image again`,
      );
    }
    const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    return { bytes, mediaType, digest };
  }

  /** A blob, streamed (never written to disk); the stream fails at its end when the bytes do not match the digest. */
  async blob(digest: string): Promise<Readable> {
    const res = await this.request(`/v2/${this.repository}/blobs/${digest}`);
    if (res.status === 404) {
      await res.body?.cancel();
      throw new RegistryUnavailable(`${this.name} has no blob ${digest}`, 'push the image again', 'not found');
    }
    await this.expectOk(res, `Reading the blob ${digest} of ${this.name}`);
    const [algorithm, expected] = digest.split(':');
    const hash = algorithm === 'sha256' ? createHash('sha256') : null;
    let timer: NodeJS.Timeout | undefined;
    const body = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    const timeoutMs = this.timeoutMs;
    const name = this.name;
    // A body that never starts is as silent as one that stops.
    timer = setTimeout(() => checked.destroy(silent(name, timeoutMs)), timeoutMs);
    const checked = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        clearTimeout(timer);
        timer = setTimeout(() => checked.destroy(silent(name, timeoutMs)), timeoutMs);
        hash?.update(chunk);
        done(null, chunk);
      },
      flush(done) {
        clearTimeout(timer);
        const actual = hash?.digest('hex');
        if (hash && actual !== expected) {
          done(new Error(`it does not match its digest: the manifest says ${digest}, its content is sha256:${actual}`));
        } else done();
      },
      destroy(err, done) {
        clearTimeout(timer);
        body.destroy();
        done(err);
      },
    });
    body.on('error', (err) => checked.destroy(this.failure(err, `Reading the blob ${digest} of ${this.name}`)));
    return body.pipe(checked);
  }

  /** A small blob (an image config), read whole and checked against its digest. */
  async blobBytes(digest: string, maxBytes = 64 * 1024 * 1024): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of await this.blob(digest)) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new UserError(`${this.name}: the blob ${digest} is larger than ${maxBytes} bytes`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  /** Every tag of the repository, following the `Link` header page by page. */
  async listTags(pageSize = 1000): Promise<string[]> {
    const tags: string[] = [];
    let next: string | null = `/v2/${this.repository}/tags/list?n=${pageSize}`;
    for (let page = 0; next && page < 1000; page++) {
      const res = await this.request(next);
      if (res.status === 404) {
        await res.body?.cancel();
        throw new RegistryUnavailable(`${this.name} does not exist`, 'check the repository name', 'not found');
      }
      await this.expectOk(res, `Listing the tags of ${this.name}`);
      const doc = JSON.parse((await this.readBody(res, MAX_MANIFEST_BYTES, 'tags list')).toString('utf8')) as {
        tags?: unknown;
      };
      if (Array.isArray(doc.tags)) tags.push(...doc.tags.filter((t): t is string => typeof t === 'string'));
      next = nextLink(res.headers.get('link'));
    }
    return tags;
  }

  /**
   * One authenticated request to the registry (a path, or a URL it gave such as a Link or an upload
   * Location): the answer to a 401 challenge is fetched and cached per scope, a 401/403 that
   * remains fails in one line naming docker/login-action. Other statuses are the caller's.
   */
  async request(pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(pathOrUrl, this.base);
    const scope = `repository:${this.repository}:${init.actions ?? 'pull'}`;
    let auth = this.authorization(scope);
    let res = await this.send(url, init, auth);
    if (res.status === 401) {
      await res.body?.cancel();
      this.challenge = parseChallenge(res.headers.get('www-authenticate')) ?? this.challenge;
      auth = await this.authorize(scope);
      if (auth === null) throw this.denied(401);
      res = await this.send(url, init, auth);
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.denied(res.status);
    }
    return res;
  }

  private authorization(scope: string): string | null {
    const token = this.tokens.get(scope);
    if (token) return `Bearer ${token}`;
    if (this.challenge?.scheme === 'basic' && this.credentials) return basic(this.credentials);
    return null;
  }

  /** What answers the last challenge: Basic credentials, or a Bearer token from the realm. */
  private async authorize(scope: string): Promise<string | null> {
    const challenge = this.challenge;
    if (challenge?.scheme === 'basic') return this.credentials ? basic(this.credentials) : null;
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) return null;
    const token = await this.fetchToken(challenge, scope);
    secretHandler(token);
    this.tokens.set(scope, token);
    return `Bearer ${token}`;
  }

  private async fetchToken(challenge: Challenge, scope: string): Promise<string> {
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm!);
    } catch {
      throw new UserError(`The registry ${this.registry} gave a token realm that is not a URL: check the registry`);
    }
    const service = challenge.params.service;
    const credentials = this.credentials;
    let res: Response;
    if (credentials?.identityToken) {
      // docker login's OAuth flow: the refresh token is traded for an access token.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.identityToken,
        client_id: 'image-size-guard',
        scope,
        ...(service ? { service } : {}),
      });
      res = await this.send(
        realm,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() },
        null,
      );
    } else {
      if (service) realm.searchParams.set('service', service);
      realm.searchParams.set('scope', scope);
      res = await this.send(realm, {}, credentials ? basic(credentials) : null);
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.denied(res.status);
    }
    await this.expectOk(res, `Getting a token for ${this.name} from ${realm.host}`);
    let doc: { token?: unknown; access_token?: unknown };
    try {
      doc = JSON.parse((await this.readBody(res, 1024 * 1024, 'token')).toString('utf8')) as typeof doc;
    } catch {
      throw new UserError(
        `The token service of ${this.registry} answered something that is not JSON: check the registry`,
      );
    }
    const token = typeof doc.token === 'string' ? doc.token : doc.access_token;
    if (typeof token !== 'string' || !token) {
      throw new UserError(`The token service of ${this.registry} gave no token: check the registry`);
    }
    return token;
  }

  /**
   * Sends one request, following redirects by hand (the Authorization header only to the same
   * origin) and retrying 429 and 5xx answers and dropped connections with backoff.
   */
  private async send(url: URL, init: RequestInit, auth: string | null): Promise<Response> {
    const origin = url.origin;
    let target = url;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': 'image-size-guard', ...init.headers };
      if (auth && target.origin === origin) headers.authorization = auth;
      const res = await this.retrying(target, init, headers);
      const location = res.headers.get('location');
      if ([301, 302, 303, 307, 308].includes(res.status) && location && !isUpload(init.method)) {
        await res.body?.cancel();
        if (hop >= MAX_REDIRECTS)
          throw new UserError(`${this.name}: more than ${MAX_REDIRECTS} redirects from ${url.host}`);
        target = new URL(location, target);
        continue;
      }
      return res;
    }
  }

  private async retrying(url: URL, init: RequestInit, headers: Record<string, string>): Promise<Response> {
    const replayable = !(init.body instanceof Readable);
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), this.timeoutMs);
      try {
        res = await fetch(url, {
          method: init.method ?? 'GET',
          headers,
          body: init.body instanceof Readable ? (Readable.toWeb(init.body) as ReadableStream) : init.body,
          redirect: 'manual',
          signal: abort.signal,
          ...(init.body instanceof Readable ? { duplex: 'half' } : {}),
        } as globalThis.RequestInit);
      } catch (err) {
        clearTimeout(timer);
        const code = errorCode(err);
        if (replayable && attempt < RETRIES && (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')) {
          await sleep(backoff(attempt));
          continue;
        }
        throw this.failure(abort.signal.aborted ? new TimedOut() : err, `Reaching ${url.host}`);
      }
      clearTimeout(timer);
      if ((res.status === 429 || res.status >= 500) && replayable && attempt < RETRIES) {
        await res.body?.cancel();
        await sleep(retryAfter(res.headers.get('retry-after')) ?? backoff(attempt));
        continue;
      }
      return res;
    }
  }

  /** Reads a whole (small) answer, no larger than `max` bytes. */
  private async readBody(res: Response, max: number, what: string): Promise<Buffer> {
    const declared = Number(res.headers.get('content-length'));
    if (declared > max) {
      await res.body?.cancel();
      throw new UserError(`${this.name}: the ${what} is larger than ${max} bytes: refusing to read it`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const reader = (res.body as WebReadableStream<Uint8Array> | null)?.getReader();
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const silence = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(silent(this.name, this.timeoutMs)), this.timeoutMs);
      });
      const next = reader ? await Promise.race([reader.read(), silence]).finally(() => clearTimeout(timer)) : null;
      if (!next || next.done) break;
      size += next.value.length;
      if (size > max) {
        await reader?.cancel();
        throw new UserError(`${this.name}: the ${what} is larger than ${max} bytes: refusing to read it`);
      }
      chunks.push(Buffer.from(next.value));
    }
    return Buffer.concat(chunks);
  }

  private async expectOk(res: Response, what: string): Promise<void> {
    if (res.ok) return;
    throw new UserError(`${what} failed (${await failureDetail(res)}): check the registry, or try again later`);
  }

  private denied(status: number): RegistryUnavailable {
    const how = this.credentials
      ? `the credentials docker has for ${this.registry} are not allowed to`
      : `no credentials for ${this.registry} were found in the Docker config, so it was asked anonymously; log in`;
    return new RegistryUnavailable(
      `The registry ${this.registry} refused access to ${this.repository} (HTTP ${status})`,
      `${how} (docker login ${this.registry}, or docker/login-action in a workflow)`,
      'denied',
    );
  }

  failure(err: unknown, what: string): UserError {
    if (err instanceof UserError) return err;
    if (err instanceof TimedOut) return silent(this.name, this.timeoutMs);
    const code = errorCode(err);
    if (code && UNREACHABLE.includes(code)) {
      return new RegistryUnavailable(
        `Cannot reach the registry ${this.registry} (${code})`,
        'check the address and that it is up',
        'unreachable',
      );
    }
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    return new UserError(`${what} failed: ${(cause ?? (err as Error).message ?? String(err)).split('\n')[0]}`);
  }
}

const UNREACHABLE = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT'];

class TimedOut extends Error {}

function silent(name: string, timeoutMs: number): UserError {
  return new UserError(
    `The registry of ${name} did not answer within ${timeoutMs / 1000} s: check that it is up, or raise IMAGE_SIZE_GUARD_REGISTRY_TIMEOUT`,
  );
}

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string; errors?: { code?: string }[] } };
  return e.cause?.code ?? e.cause?.errors?.[0]?.code ?? e.code;
}

function basic(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

/** An upload's 201/202 carries a Location that is not a redirect. */
function isUpload(method: string | undefined): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH';
}

function backoff(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000) * (0.75 + Math.random() / 2);
}

/** `Retry-After` in seconds or as an HTTP date, capped; null when absent or unreadable. */
export function retryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS) : null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `HTTP 400: <the first message of the API's error document>`, on one line and short; the status alone otherwise. */
export async function failureDetail(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  let detail = `HTTP ${res.status}`;
  try {
    const message = (JSON.parse(text) as { errors?: { message?: unknown }[] }).errors?.[0]?.message;
    if (typeof message === 'string') detail += `: ${message.replace(/[\r\n]+/g, ' ').slice(0, 200)}`;
  } catch {
    // Not the API's JSON error document: the status says enough.
  }
  return detail;
}
