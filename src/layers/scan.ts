import { createHash } from 'node:crypto';
import { Readable, type Transform, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { CHUNK_BYTES, streamChunks, type ChunkSource } from './chunks.js';
import { TarFormatError, TarParser, type TarEntry } from './tar.js';
import { createZstdDecoder } from './zstd.js';
import { CAPTURE_LAYER_LIMIT, captureLimit, isPackageFile, keptContents } from '../packages/paths.js';

export type Compression = 'gzip' | 'zstd' | 'none';

/** Everything one pass over a layer blob learns. */
export interface LayerScan {
  compression: Compression;
  /** An eStargz layer: its table of contents is a tar member, but not a file of the image. */
  estargz: boolean;
  compressedBytes: number;
  uncompressedBytes: number;
  /**
   * sha256 of the uncompressed stream, as `sha256:<hex>` (with `hash: 'content'`). A layer checked by
   * its blob's digest instead is given its config's diff_id once that check passed (read.ts
   * checkedScan); until then this is empty.
   */
  diffId: string;
  /** sha256 of the blob as read (compressed or not), as `sha256:<hex>`, with `hash: 'blob'`. */
  blobDigest?: string;
  entries: TarEntry[];
  /** For layers stored uncompressed: the size gzip gives them, as a registry push would. */
  gzipEstimateBytes: number | null;
  /** Package databases found in the layer (with `capture`), by path; see src/packages/paths.ts. */
  captured?: CapturedFile[];
}

export interface CapturedFile {
  path: string;
  data: Buffer;
}

export interface ScanOptions {
  /** For layers stored uncompressed: also work out the size gzip gives them. */
  estimateGzip?: boolean;
  /** Keep the contents of the layer's package databases. */
  capture?: boolean;
  /**
   * What is hashed to check that the layer is what the image says: its uncompressed stream
   * (`content`, the default: its diff_id), or the blob as stored (`blob`: its digest; a gzip layer
   * holds less than half the bytes to hash), or nothing (`none`: the source checks each blob's
   * digest itself, as a registry's stream does).
   */
  hash?: 'content' | 'blob' | 'none';
}

export class LayerReadError extends Error {}

/**
 * A decompressor stops while its output buffer is full: room for a few chunks lets it go on
 * inflating while this thread hashes and parses the chunk before. (The stream option is passed
 * through by zlib, but its types do not list it.)
 */
const DECODER_OPTIONS = { chunkSize: CHUNK_BYTES, readableHighWaterMark: 4 * CHUNK_BYTES } as zlib.ZlibOptions;

const ESTARGZ_TOC = 'stargz.index.json';
const ESTARGZ_LANDMARKS = new Set(['.prefetch.landmark', '.no.prefetch.landmark']);

export function detectCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

function decoderFor(compression: Compression): Transform | null {
  switch (compression) {
    case 'gzip':
      return zlib.createGunzip(DECODER_OPTIONS);
    case 'zstd':
      return createZstdDecoder(DECODER_OPTIONS);
    case 'none':
      return null;
  }
}

/**
 * Reads a layer blob once: decompresses it (the format is recognised from its first bytes),
 * hashes and counts the uncompressed stream, and lists its tar members. Nothing of the file
 * contents is kept.
 */
export async function scanLayer(blob: ChunkSource | Readable, options: ScanOptions = {}): Promise<LayerScan> {
  const source = blob instanceof Readable ? streamChunks(blob) : blob;
  try {
    return await scan(source, options);
  } finally {
    await source.close();
  }
}

async function scan(source: ChunkSource, options: ScanOptions): Promise<LayerScan> {
  const first = await source.next();
  const compression = detectCompression(first ?? Buffer.alloc(0));

  const entries: TarEntry[] = [];
  const captured: CapturedFile[] = [];
  let capturedBytes = 0;
  const keep = options.capture
    ? {
        wants: (e: TarEntry) =>
          e.size <= captureLimit(e.path) && capturedBytes + e.size <= CAPTURE_LAYER_LIMIT && isPackageFile(e.path),
        onContents: (e: TarEntry, data: Buffer) => {
          const kept = keptContents(e.path, data);
          capturedBytes += data.length;
          if (kept) captured.push({ path: e.path, data: kept });
        },
      }
    : undefined;
  const parser = new TarParser((entry) => entries.push(entry), keep);
  const contentHash = (options.hash ?? 'content') === 'content' ? createHash('sha256') : null;
  const blobHash = options.hash === 'blob' ? createHash('sha256') : null;
  let uncompressedBytes = 0;
  const take = (chunk: Buffer): void => {
    uncompressedBytes += chunk.length;
    contentHash?.update(chunk);
    parser.push(chunk);
  };

  const gzip = options.estimateGzip && compression === 'none' ? zlib.createGzip() : null;
  let gzipBytes = 0;
  gzip?.on('data', (c: Buffer) => (gzipBytes += c.length));
  const gzipDone = gzip ? finished(gzip) : Promise.resolve();
  // When reading fails, gzip is destroyed before it finishes: that rejection is expected, not unhandled.
  gzipDone.catch(() => undefined);

  const decoder = decoderFor(compression);
  // Where the blob's chunks go: to the decompressor, or (a plain tar) straight to `take`, and to
  // gzip when its size is to be estimated. Each promise settles once its chunk has been used.
  const write = decoder
    ? (chunk: Buffer) => written(decoder, chunk)
    : async (chunk: Buffer) => {
        take(chunk);
        if (gzip) await written(gzip, chunk);
      };

  let compressedBytes = 0;
  const feed = async (): Promise<void> => {
    let before: Promise<void> = Promise.resolve();
    for (let chunk = first; chunk; chunk = await source.next()) {
      compressedBytes += chunk.length;
      blobHash?.update(chunk);
      const done = write(chunk);
      done.catch(() => undefined); // awaited in the next turn; a failure must not go unhandled meanwhile
      // The next read goes into the buffer of the chunk before this one: it must have been used.
      await before;
      before = done;
    }
    await before;
    decoder?.end();
    gzip?.end();
  };
  const drain = async (): Promise<void> => {
    if (decoder) for await (const chunk of decoder) take(chunk as Buffer);
  };

  try {
    await Promise.all([feed(), drain()]);
    parser.end();
    await gzipDone;
  } catch (err) {
    decoder?.destroy();
    gzip?.destroy();
    throw new LayerReadError(describeFailure(err, compression), { cause: err });
  }

  let estargz = false;
  if (compression === 'gzip' && entries.at(-1)?.path === ESTARGZ_TOC) {
    estargz = true;
    const kept = entries.filter((e) => e.path !== ESTARGZ_TOC && !ESTARGZ_LANDMARKS.has(e.path));
    entries.length = 0;
    entries.push(...kept);
  }

  return {
    compression,
    estargz,
    compressedBytes,
    uncompressedBytes,
    diffId: contentHash ? `sha256:${contentHash.digest('hex')}` : '',
    ...(blobHash ? { blobDigest: `sha256:${blobHash.digest('hex')}` } : {}),
    entries,
    gzipEstimateBytes: gzip ? gzipBytes : null,
    ...(options.capture ? { captured } : {}),
  };
}

/** Writes a chunk; settles once the stream has used it (its write callback). */
function written(stream: Writable, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => stream.write(chunk, (err) => (err ? reject(err) : resolve())));
}

function describeFailure(err: unknown, compression: Compression): string {
  if (err instanceof TarFormatError) {
    return compression === 'none' && /not a tar header at byte 0$/.test(err.message)
      ? 'it is neither a tar stream nor gzip or zstd compressed'
      : err.message;
  }
  const code = (err as { code?: string }).code;
  // Node's own zstd names its errors after libzstd's (ZSTD_error_corruption_detected, …); fzstd's are ERR_ZSTD.
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_ZSTD' || code?.startsWith('ZSTD_error_')) {
    return `its ${compression} data is corrupt or truncated (${(err as Error).message})`;
  }
  return err instanceof Error ? err.message : String(err);
}
