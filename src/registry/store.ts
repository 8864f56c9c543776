/**
 * An image in a registry seen as an OCI layout, so the resolution that reads archives and folders
 * (platforms, attestations, configs, history) reads it too: `index.json` lists the manifest the
 * reference points to, and `blobs/ALG/HEX` is fetched from the registry when it is read: as a
 * manifest when an index (or the reference) named it so, else as a blob. Layers are streamed by
 * `chunks`, only for the layers that are read, and never written to disk.
 */
import type { FileRange, FileStore } from '../image/store.js';
import { streamChunks, type ChunkSource } from '../layers/chunks.js';
import { UserError } from '../errors.js';
import { RegistryClient, type ManifestResponse } from './client.js';
import type { Reference } from './reference.js';

const BLOB = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/;

export class RegistryStore implements FileStore {
  readonly kind = 'registry';
  /** Digests of manifests and indexes, fetched from the manifests endpoint. */
  private readonly manifests = new Map<string, Buffer | null>();
  /** Blob sizes from the manifests' descriptors. */
  private readonly sizes = new Map<string, number>();
  private readonly index: Buffer;

  private constructor(
    readonly location: string,
    readonly client: RegistryClient,
    top: ManifestResponse,
  ) {
    this.manifests.set(top.digest, top.bytes);
    this.remember(top.bytes);
    const descriptor = { mediaType: top.mediaType || undefined, digest: top.digest, size: top.bytes.length };
    this.index = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [descriptor] }));
  }

  /** Fetches the manifest `ref` points to; `location` is how messages name the image. */
  static async open(ref: Reference, location: string, client?: RegistryClient): Promise<RegistryStore> {
    const opened = client ?? (await RegistryClient.open(ref));
    const top = await opened.manifest(ref.digest ?? ref.tag!);
    if (/^application\/vnd\.docker\.distribution\.manifest\.v1\+/.test(top.mediaType)) {
      throw new UserError(
        `${location} is a Docker schema 1 image, which this tool does not read: push it again with a current docker or buildx`,
      );
    }
    return new RegistryStore(location, opened, top);
  }

  /** What the reference points to: an index or a manifest. */
  get digest(): string {
    return this.manifests.keys().next().value!;
  }

  has(name: string): boolean {
    return name === 'index.json' || BLOB.test(name);
  }
  size(name: string): number {
    return this.sizes.get(digestOf(name) ?? '') ?? 0;
  }
  async read(name: string): Promise<Buffer> {
    if (name === 'index.json') return this.index;
    const digest = digestOf(name);
    if (digest === null) throw new UserError(`${this.location} has no ${name}`);
    if (!this.manifests.has(digest)) return this.client.blobBytes(digest);
    let bytes = this.manifests.get(digest);
    if (!bytes) {
      bytes = (await this.client.manifest(digest)).bytes;
      this.manifests.set(digest, bytes);
      this.remember(bytes);
    }
    return bytes;
  }
  range(name: string): FileRange {
    throw new Error(`${name} of ${this.location} is read from the registry, not from a file`);
  }
  chunks(name: string): ChunkSource {
    const digest = digestOf(name);
    if (digest === null) throw new UserError(`${this.location} has no ${name}`);
    let source: ChunkSource | null = null;
    const opening = this.client.blob(digest).then((stream) => (source = streamChunks(stream)));
    // A failure to open is reported by the first `next`.
    opening.catch(() => undefined);
    return {
      next: async () => (await opening).next(),
      close: async () => {
        await (source as ChunkSource | null)?.close();
      },
    };
  }
  leaves(): boolean {
    return false;
  }

  /** Notes which digests an index names as manifests, and the sizes of a manifest's blobs. */
  private remember(bytes: Buffer): void {
    let doc: { manifests?: unknown; layers?: unknown; config?: unknown };
    try {
      doc = JSON.parse(bytes.toString('utf8')) as typeof doc;
    } catch {
      return; // resolution says what is wrong with it
    }
    if (typeof doc !== 'object' || doc === null) return;
    for (const d of Array.isArray(doc.manifests) ? (doc.manifests as unknown[]) : []) {
      const digest = (d as { digest?: unknown } | null)?.digest;
      if (typeof digest === 'string' && !this.manifests.has(digest)) this.manifests.set(digest, null);
    }
    for (const d of [...(Array.isArray(doc.layers) ? (doc.layers as unknown[]) : []), doc.config]) {
      const { digest, size } = (d ?? {}) as { digest?: unknown; size?: unknown };
      if (typeof digest === 'string' && typeof size === 'number') this.sizes.set(digest, size);
    }
  }
}

function digestOf(name: string): string | null {
  const m = BLOB.exec(name);
  return m ? `${m[1]}:${m[2]}` : null;
}
