import { PassThrough, pipeline, Readable } from 'node:stream';
import { UserError } from '../errors.js';
import type { ChunkSource } from '../layers/chunks.js';
import { streamMembers, TruncatedError } from '../layers/members.js';
import { checkedScan, hashFor } from '../layers/read.js';
import { LayerReadError, scanLayer, type LayerScan } from '../layers/scan.js';
import { TarFormatError } from '../layers/tar.js';
import { Engine } from './engine.js';
import { resolveImages, type ResolveOptions } from './resolve.js';
import { followLinks, type FileRange, type FileStore } from './store.js';
import type { LayerRef, ResolvedImage } from './types.js';
import { damaged, nameInside, shown } from './untrusted.js';

/**
 * The JSON documents of an export (index, manifests, configs) are kept in memory up to this size;
 * a larger member, or one that does not start like JSON, is read as a layer while it streams.
 */
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/**
 * Bytes of the export read ahead of the analysis. The daemon writes the export only while the
 * socket has room, and a socket's buffer holds a few hundred KiB: without room to run ahead, the
 * daemon waits while a chunk is inflated and the inflate waits while the daemon reads its store,
 * each in turn instead of both at once.
 */
const READ_AHEAD_BYTES = 8 * 1024 * 1024;

export interface DaemonOptions extends Pick<ResolveOptions, 'platform'> {
  /** Blob digests whose layers are known already: their bytes are let through unread. */
  known?: (digest: string) => boolean;
  engine?: Engine;
}

/** An image exported by the daemon and read as the export streamed: nothing of it is on disk. */
export interface DaemonImage {
  store: FileStore;
  images: ResolvedImage[];
  /** Hands on each layer's scan (known, or read from the export), as readLayers does for a file. */
  readLayers(
    image: ResolvedImage,
    onLayer: (index: number, scan: LayerScan) => void,
    options?: { known?: ReadonlyMap<string, LayerScan> },
  ): Promise<void>;
  /** Seconds from asking the daemon for the export to its last byte. */
  exportSeconds: number;
}

/**
 * Exports an image from the local daemon through the Engine API (what `docker save` does) and reads
 * it as it arrives: each layer blob is decompressed, hashed and listed while it streams past, and a
 * blob whose digest is known is let through unread. Both image stores write every blob before
 * index.json and manifest.json, so which blobs are layers is known only at the end: every blob that
 * is not JSON is read as a layer, and is reported damaged only when the image turns out to use it.
 * With the containerd image store the export holds the image's own manifest and compressed blobs,
 * so compressed sizes are exact.
 */
export async function readDaemonImage(ref: string, options: DaemonOptions = {}): Promise<DaemonImage> {
  const engine = options.engine ?? Engine.fromEnv();
  await engine.inspectImage(ref);
  return readExportedImage(ref, () => engine.exportImage(ref), options);
}

/** As readDaemonImage, from the export streams `open` gives (each call a new one, from the start). */
export async function readExportedImage(
  ref: string,
  open: () => Promise<Readable>,
  options: Omit<DaemonOptions, 'engine'> = {},
): Promise<DaemonImage> {
  const location = `the Docker daemon's export of ${shown(ref)}`;
  const start = process.hrtime.bigint();
  const store = await readExport(await open(), location, options.known ?? (() => false), ref);
  const exportSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const images = await resolveImages(store, { platform: options.platform, ref });

  const readLayers: DaemonImage['readLayers'] = async (image, onLayer, { known } = {}) => {
    const unknown = image.layers.filter((layer) => {
      const scan = known?.get(layer.digest ?? layer.diffId);
      if (!scan || scan.diffId !== layer.diffId) return true;
      onLayer(layer.index, scan);
      return false;
    });
    // A blob let through as known whose record turns out not to fit (another record version, or
    // another diff_id) is read from a second export that reads only such blobs.
    const skipped = unknown.filter((layer) => store.outcome(layer.file) === 'skipped');
    if (skipped.length > 0) {
      const wanted = new Set(skipped.map((layer) => layer.digest));
      const again = await readExport(await open(), location, (d) => !wanted.has(d), ref);
      store.adopt(again);
    }
    for (const layer of unknown) onLayer(layer.index, await scanOf(store, layer));
  };
  return { store, images, readLayers, exportSeconds };
}

/** A layer's scan from the export, checked against its diff_id. */
async function scanOf(store: ExportStore, layer: LayerRef): Promise<LayerScan> {
  const name = `layer ${layer.index} (${layer.digest ?? layer.file})`;
  const outcome = store.outcome(layer.file);
  let scan: LayerScan;
  if (outcome instanceof LayerReadError) throw damaged(store, name, outcome.message);
  if (outcome instanceof Buffer) {
    // A small layer that starts like JSON was kept whole: it is read now.
    try {
      scan = await scanLayer(Readable.from([outcome]), { estimateGzip: true, capture: true, hash: hashFor(layer) });
    } catch (err) {
      if (err instanceof LayerReadError) throw damaged(store, name, err.message);
      throw err;
    }
  } else if (outcome === 'skipped' || outcome === undefined) {
    throw new UserError(`${store.location}: ${name} is missing`);
  } else {
    scan = outcome as LayerScan;
  }
  return checkedScan(store, name, layer, scan, hashFor(layer));
}

/** What one member of the export left: its bytes (a document), its scan, why it is no layer, or nothing. */
type Outcome = Buffer | LayerScan | LayerReadError | 'skipped';

/** Reads an export stream to its end; wraps whatever stops it in one line naming the image. */
export async function readExport(
  stream: Readable,
  location: string,
  known: (digest: string) => boolean,
  ref: string,
): Promise<ExportStore> {
  const store = new ExportStore(location);
  const ahead = new PassThrough({ highWaterMark: READ_AHEAD_BYTES });
  pipeline(stream, ahead, () => undefined); // a failure reaches the reader through `ahead`
  try {
    for await (const { entry, data } of streamMembers(ahead)) {
      if (entry.type === 'symlink' || entry.type === 'hardlink') {
        store.link(entry.path, entry.linkName, entry.type === 'symlink');
        continue;
      }
      const name = nameInside(entry.path);
      if (entry.type !== 'file' || name === null) continue;
      store.add(name, entry.size, await readMember(name, entry.size, data, known));
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    const reason =
      err instanceof TruncatedError
        ? 'it ended before the archive did: check that the daemon is still running, then try again'
        : err instanceof TarFormatError
          ? `it is not an image archive (${err.message}); try again`
          : `${(err as Error).message}; try again`;
    throw new UserError(`Exporting ${shown(ref)} from the Docker daemon failed: ${reason}`);
  }
  return store;
}

async function readMember(
  name: string,
  size: number,
  data: ChunkSource,
  known: (digest: string) => boolean,
): Promise<Outcome> {
  const named = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(name);
  const digest = named ? `${named[1]}:${named[2]}` : null;
  if (digest && known(digest)) return 'skipped';
  const head = await data.next();
  if (head === null) return Buffer.alloc(0);
  if (size <= MAX_DOCUMENT_BYTES && startsLikeJson(head)) {
    const parts = [Buffer.from(head)];
    for (let chunk = await data.next(); chunk; chunk = await data.next()) parts.push(Buffer.from(chunk));
    return Buffer.concat(parts);
  }
  let first: Buffer | null = head;
  const rest: ChunkSource = {
    next: () => {
      const chunk = first;
      first = null;
      return chunk ? Promise.resolve(chunk) : data.next();
    },
    close: () => data.close(),
  };
  try {
    // As for a layer in an archive, whether it is compressed follows from its first bytes.
    // Checked as the layer it turns out to be is: a blob by its digest, a legacy `<id>/layer.tar`
    // (no digest in its name) by its diff_id.
    return await scanLayer(rest, { estimateGzip: true, capture: true, hash: hashFor({ digest }) });
  } catch (err) {
    if (err instanceof LayerReadError) return err;
    throw err;
  }
}

function startsLikeJson(head: Buffer): boolean {
  for (const byte of head) {
    if (byte === 0x7b || byte === 0x5b) return true; // { [
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  }
  return false;
}

/** The files of an export as its stream left them: documents in memory, layers as their scans. */
class ExportStore implements FileStore {
  readonly kind = 'archive';
  private readonly files = new Map<string, { size: number; outcome: Outcome }>();
  private readonly links = new Map<string, { target: string; symbolic: boolean }>();

  constructor(readonly location: string) {}

  add(name: string, size: number, outcome: Outcome): void {
    this.files.set(name, { size, outcome });
  }
  link(name: string, target: string, symbolic: boolean): void {
    this.links.set(name, { target, symbolic });
  }
  /** Takes the layers another export of the same image read. */
  adopt(other: ExportStore): void {
    for (const [name, file] of other.files) if (file.outcome !== 'skipped') this.files.set(name, file);
  }
  outcome(name: string): Outcome | undefined {
    const real = this.follow(name);
    return real === null ? undefined : this.files.get(real)?.outcome;
  }

  has(name: string): boolean {
    const real = this.follow(name);
    return real !== null && this.files.has(real);
  }
  size(name: string): number {
    const real = this.follow(name);
    return (real !== null && this.files.get(real)?.size) || 0;
  }
  async read(name: string): Promise<Buffer> {
    const outcome = this.outcome(name);
    if (outcome instanceof Buffer) return outcome;
    if (outcome === undefined) throw new UserError(`${this.location} has no ${shown(name)}`);
    throw damaged(this, name, 'it is not a JSON document');
  }
  range(name: string): FileRange {
    throw new Error(`${name} of ${this.location} was read as it streamed and is not on disk`);
  }
  leaves(name: string): boolean {
    return this.follow(name) === null;
  }
  private follow(name: string): string | null {
    return followLinks(name, this.links);
  }
}
