/**
 * GitHub's cache service (v2), as much of it as @actions/cache uses: Twirp JSON calls to reserve,
 * finalize and look up entries, with the archive itself PUT to and GET from a signed blob URL.
 * Message shapes follow @actions/cache's generated client (lib/generated/results/api/v1/cache.js):
 * requests arrive with proto field names, responses may use either form. A handler, so one server
 * can also mount the artifact service on the same origin, as ACTIONS_RESULTS_URL does on GitHub.
 */
import { BlobStore } from './blob-store.js';
import type { Handler, LoopbackServer, Request, Response } from './http.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const CONTAINER = 'actions-cache';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  sizeBytes: number | null;
  finalized: boolean;
  createdAt: number;
  /** The ref of the run that saved it, when the service knows runs' refs (see `access`). */
  scope?: string;
}

/** What a request's run may do: save under its own ref, restore from these refs. */
export interface CacheAccess {
  ref: string;
  readable: string[];
}

export class CacheService {
  readonly entries: CacheEntry[] = [];
  private nextId = 1;
  /** Make lookups or archive uploads fail, as an outage or a denied write would. */
  failing: { lookup?: boolean; upload?: boolean } = {};
  /**
   * GitHub keeps a cache entry to the ref that saved it: a run restores from its own ref and its
   * base or default branch, never from another pull request. Unset: every entry is visible.
   */
  access: ((req: Request) => CacheAccess | null) | null = null;

  constructor(
    readonly token: string,
    readonly blobs: BlobStore = new BlobStore(),
  ) {}

  /** The env @actions/cache needs to talk to this service on the given server. */
  env(server: LoopbackServer): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: '1', ACTIONS_RESULTS_URL: `${server.url}/`, ACTIONS_RUNTIME_TOKEN: this.token };
  }

  /** The twirp calls and the blob routes of this service's archives. */
  readonly handler: Handler = (req, server) => {
    if (req.url.pathname.startsWith(`/devstoreaccount1/${CONTAINER}/`)) {
      if (this.failing.upload && req.method === 'PUT') {
        return { status: 403, headers: { 'x-ms-error-code': 'AuthorizationFailure' }, body: 'AuthorizationFailure' };
      }
      return this.blobs.handler(req, server);
    }
    if (!req.url.pathname.startsWith(SERVICE) || req.method !== 'POST') return undefined;
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      return { status: 401, body: { code: 'unauthenticated', msg: 'bad token' } };
    }
    const method = req.url.pathname.slice(SERVICE.length);
    const body = JSON.parse(req.body.toString('utf8') || '{}') as Record<string, unknown>;
    switch (method) {
      case 'CreateCacheEntry':
        return this.create(body, server, this.access?.(req)?.ref);
      case 'FinalizeCacheEntryUpload':
        return this.finalize(body);
      case 'GetCacheEntryDownloadURL':
        if (this.failing.lookup) return { status: 400, body: { code: 'malformed', msg: 'lookup refused' } };
        return this.lookup(body, server, this.access?.(req)?.readable);
      default:
        return { status: 404, body: { code: 'bad_route', msg: `no method ${method}` } };
    }
  };

  /** Finalized entries, as a test would list them. */
  saved(): CacheEntry[] {
    return this.entries.filter((e) => e.finalized);
  }

  private create(body: Record<string, unknown>, server: LoopbackServer, scope?: string): Response {
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    if (!key || !version) return { status: 400, body: { code: 'invalid_argument', msg: 'key and version required' } };
    if (this.entries.some((e) => e.key === key && e.version === version && e.scope === scope)) {
      // GitHub refuses a second entry for a key: entries are immutable.
      return { status: 409, body: { code: 'already_exists', msg: 'cache entry already exists' } };
    }
    const entry: CacheEntry = {
      id: this.nextId++,
      key,
      version,
      blob: `${this.nextId}-${key}`,
      sizeBytes: null,
      finalized: false,
      createdAt: Date.now() + this.nextId,
      ...(scope ? { scope } : {}),
    };
    this.entries.push(entry);
    return {
      status: 200,
      body: { ok: true, signed_upload_url: this.blobs.signedUrl(server.url, CONTAINER, entry.blob) },
    };
  }

  private finalize(body: Record<string, unknown>): Response {
    const entry = this.entries.find((e) => e.key === body.key && e.version === body.version && !e.finalized);
    if (!entry) return { status: 404, body: { code: 'not_found', msg: 'no reserved entry' } };
    const blob = this.blobs.get(CONTAINER, entry.blob);
    const size = Number(body.size_bytes ?? body.sizeBytes);
    if (!blob || blob.length !== size) {
      return { status: 200, body: { ok: false, message: `uploaded ${blob?.length ?? 0} bytes, not ${size}` } };
    }
    entry.finalized = true;
    entry.sizeBytes = size;
    return { status: 200, body: { ok: true, entry_id: String(entry.id) } };
  }

  /** The primary key matches exactly, then each restore key as a prefix, newest entry first. */
  private lookup(body: Record<string, unknown>, server: LoopbackServer, readable?: string[]): Response {
    const version = String(body.version ?? '');
    const restoreKeys = (body.restore_keys ?? body.restoreKeys ?? []) as string[];
    const candidates = this.saved()
      .filter((e) => e.version === version)
      .filter((e) => !readable || e.scope === undefined || readable.includes(e.scope))
      .sort((a, b) => b.createdAt - a.createdAt);
    const hit =
      candidates.find((e) => e.key === body.key) ??
      restoreKeys.map((prefix) => candidates.find((e) => e.key.startsWith(prefix))).find(Boolean);
    if (!hit) return { status: 200, body: { ok: false } };
    return {
      status: 200,
      body: {
        ok: true,
        signed_download_url: this.blobs.signedUrl(server.url, CONTAINER, hit.blob),
        matched_key: hit.key,
      },
    };
  }
}
