import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import { Readable, type Transform, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import type { FileRange } from '../image/store.js';
import { CHUNK_BYTES, streamChunks, type ChunkSource } from './chunks.js';
import { SyncCodec } from './codec.js';
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

/**
 * What one pass over a blob learns, fed the blob's bytes as read (`blob`) and its tar stream
 * (`content`): the same for a stream read here and a file read synchronously by a thread.
 */
class Scanner {
  private readonly entries: TarEntry[] = [];
  private readonly captured: CapturedFile[] = [];
  private readonly parser: TarParser;
  private readonly contentHash: Hash | null;
  private readonly blobHash: Hash | null;
  private compressedBytes = 0;
  private uncompressedBytes = 0;

  constructor(private readonly options: ScanOptions) {
    let capturedBytes = 0;
    const keep = options.capture
      ? {
          wants: (e: TarEntry) =>
            e.size <= captureLimit(e.path) && capturedBytes + e.size <= CAPTURE_LAYER_LIMIT && isPackageFile(e.path),
          onContents: (e: TarEntry, data: Buffer) => {
            const kept = keptContents(e.path, data);
            capturedBytes += data.length;
            if (kept) this.captured.push({ path: e.path, data: kept });
          },
        }
      : undefined;
    this.parser = new TarParser((entry) => this.entries.push(entry), keep);
    this.contentHash = (options.hash ?? 'content') === 'content' ? createHash('sha256') : null;
    this.blobHash = options.hash === 'blob' ? createHash('sha256') : null;
  }

  /** Bytes of the blob as stored. */
  blob(chunk: Buffer): void {
    this.compressedBytes += chunk.length;
    this.blobHash?.update(chunk);
  }

  /** Bytes of the tar stream, the blob decompressed (or the blob itself, stored uncompressed). */
  content(chunk: Buffer): void {
    this.uncompressedBytes += chunk.length;
    this.contentHash?.update(chunk);
    this.parser.push(chunk);
  }

  finish(compression: Compression, gzipEstimateBytes: number | null): LayerScan {
    this.parser.end();
    let entries = this.entries;
    let estargz = false;
    if (compression === 'gzip' && entries.at(-1)?.path === ESTARGZ_TOC) {
      estargz = true;
      entries = entries.filter((e) => e.path !== ESTARGZ_TOC && !ESTARGZ_LANDMARKS.has(e.path));
    }
    return {
      compression,
      estargz,
      compressedBytes: this.compressedBytes,
      uncompressedBytes: this.uncompressedBytes,
      diffId: this.contentHash ? `sha256:${this.contentHash.digest('hex')}` : '',
      ...(this.blobHash ? { blobDigest: `sha256:${this.blobHash.digest('hex')}` } : {}),
      entries,
      gzipEstimateBytes,
      ...(this.options.capture ? { captured: this.captured } : {}),
    };
  }
}

async function scan(source: ChunkSource, options: ScanOptions): Promise<LayerScan> {
  const first = await source.next();
  const compression = detectCompression(first ?? Buffer.alloc(0));
  const scanner = new Scanner(options);
  const take = (chunk: Buffer): void => scanner.content(chunk);

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

  const feed = async (): Promise<void> => {
    let before: Promise<void> = Promise.resolve();
    for (let chunk = first; chunk; chunk = await source.next()) {
      scanner.blob(chunk);
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
    await gzipDone;
    return scanner.finish(compression, gzip ? gzipBytes : null);
  } catch (err) {
    decoder?.destroy();
    gzip?.destroy();
    throw new LayerReadError(describeFailure(err, compression), { cause: err });
  }
}

/**
 * Reads a layer blob from a byte range of a file as scanLayer does, but synchronously, for a
 * thread that does nothing else (scan-worker.ts): one input buffer and one output buffer serve
 * the whole blob, and nothing waits on another thread. Null where this Node cannot decode the
 * blob's format so (zstd before Node 22.15): scanLayer reads it then.
 */
export function scanFileSync(
  { path, start, end }: FileRange,
  options: ScanOptions = {},
  chunkBytes = CHUNK_BYTES,
): LayerScan | null {
  const fd = fs.openSync(path, 'r');
  const input = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, end - start)));
  const coders: SyncCodec[] = [];
  let compression: Compression = 'none';
  try {
    const read = (position: number): Buffer => {
      const length = Math.min(input.length, end - position);
      const bytes = length > 0 ? fs.readSync(fd, input, 0, length, position) : 0;
      if (bytes === 0 && length > 0) throw new Error(`${path} ends at byte ${position}, before the layer does`);
      return input.subarray(0, bytes);
    };
    let chunk = read(start);
    compression = detectCompression(chunk);
    const coder = (kind: 'gunzip' | 'gzip' | 'zstd'): SyncCodec | null => {
      const made = SyncCodec.create(kind, chunkBytes);
      if (made) coders.push(made);
      return made;
    };
    const decoder = compression === 'none' ? null : coder(compression === 'gzip' ? 'gunzip' : 'zstd');
    const gzip = options.estimateGzip && compression === 'none' ? coder('gzip') : null;
    if (compression !== 'none' ? !decoder : options.estimateGzip && !gzip) return null;

    const scanner = new Scanner(options);
    const take = (c: Buffer): void => scanner.content(c);
    let gzipBytes = 0;
    const count = (c: Buffer): void => void (gzipBytes += c.length);
    for (let position = start; chunk.length > 0; chunk = read(position)) {
      position += chunk.length;
      scanner.blob(chunk);
      if (decoder) decoder.write(chunk, take);
      else take(chunk);
      gzip?.write(chunk, count);
    }
    decoder?.end(take);
    gzip?.end(count);
    return scanner.finish(compression, gzip ? gzipBytes : null);
  } catch (err) {
    throw new LayerReadError(describeFailure(err, compression), { cause: err });
  } finally {
    for (const coder of coders) coder.close();
    fs.closeSync(fd);
  }
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
