/**
 * Azure Blob Storage, as much of it as @actions/cache and @actions/artifact use through
 * @azure/storage-blob on a signed URL: whole-blob PUT, staged blocks with a block list, GET (with
 * ranges) and HEAD. Blob URLs look like `/<account>/<container>/<blob>?sig=…`: for an IP host the SDK
 * takes the first path segment as the account, and a short `sig` would be masked in every log line.
 */
import { randomBytes } from 'node:crypto';
import type { Handler, Request, Response } from './http.js';

export class BlobStore {
  readonly blobs = new Map<string, Buffer>();
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private readonly sig = randomBytes(24).toString('hex');

  /** A signed URL for a blob on the given server origin. */
  signedUrl(origin: string, container: string, name: string): string {
    return `${origin}/devstoreaccount1/${container}/${encodeURIComponent(name)}?sig=${this.sig}&sv=2024-11-04&se=2099-01-01`;
  }

  /** The blob's content by container and name, once committed. */
  get(container: string, name: string): Buffer | undefined {
    return this.blobs.get(`${container}/${name}`);
  }

  readonly handler: Handler = (req) => {
    const m = /^\/devstoreaccount1\/([^/]+)\/(.+)$/.exec(req.url.pathname);
    if (!m) return undefined;
    if (req.url.searchParams.get('sig') !== this.sig) return { status: 403, body: 'bad signature' };
    const key = `${m[1]}/${decodeURIComponent(m[2]!)}`;
    return this.serve(req, key);
  };

  private serve(req: Request, key: string): Response {
    const comp = req.url.searchParams.get('comp');
    const common = { 'x-ms-version': '2024-11-04', 'x-ms-request-id': randomBytes(8).toString('hex') };
    if (req.method === 'PUT' && comp === 'block') {
      const id = req.url.searchParams.get('blockid') ?? '';
      if (!this.blocks.has(key)) this.blocks.set(key, new Map());
      this.blocks.get(key)!.set(id, req.body);
      return { status: 201, headers: common };
    }
    if (req.method === 'PUT' && comp === 'blocklist') {
      const ids = [...req.body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map(
        (x) => x[1]!,
      );
      const staged = this.blocks.get(key) ?? new Map<string, Buffer>();
      const missing = ids.find((id) => !staged.has(id));
      if (missing !== undefined) return { status: 400, headers: common, body: `InvalidBlockList: ${missing}` };
      this.blobs.set(key, Buffer.concat(ids.map((id) => staged.get(id)!)));
      this.blocks.delete(key);
      return { status: 201, headers: { ...common, etag: `"${randomBytes(6).toString('hex')}"` } };
    }
    if (req.method === 'PUT' && !comp) {
      this.blobs.set(key, req.body);
      return { status: 201, headers: { ...common, etag: `"${randomBytes(6).toString('hex')}"` } };
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const blob = this.blobs.get(key);
      if (!blob)
        return { status: 404, headers: { ...common, 'x-ms-error-code': 'BlobNotFound' }, body: 'BlobNotFound' };
      const headers = {
        ...common,
        'accept-ranges': 'bytes',
        'content-type': 'application/octet-stream',
        'x-ms-blob-type': 'BlockBlob',
        etag: '"blob"',
        'last-modified': new Date(0).toUTCString(),
      };
      const range = /bytes=(\d+)-(\d*)/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
      if (range) {
        const start = Number(range[1]);
        const end = range[2] ? Math.min(Number(range[2]), blob.length - 1) : blob.length - 1;
        return {
          status: 206,
          headers: { ...headers, 'content-range': `bytes ${start}-${end}/${blob.length}` },
          body: blob.subarray(start, end + 1),
        };
      }
      return { status: 200, headers, body: blob };
    }
    return { status: 405, headers: common, body: `${req.method} not supported` };
  }
}
