import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import type { FileRange } from '../image/store.js';
import { CHUNK_BYTES, streamChunks, type ChunkSource } from './chunks.js';
import { SyncCodec, type Coder } from './codec.js';
import { TarFormatError, TarParser, type TarEntry } from './tar.js';
import { fzstdDecoder } from './zstd.js';
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

/** What a scan is asked to do: plain values, so a layer-reading thread can be asked too. */
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

const ESTARGZ_TOC = 'stargz.index.json';
const ESTARGZ_LANDMARKS = new Set(['.prefetch.landmark', '.no.prefetch.landmark']);

export function detectCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

/**
 * Reads a layer blob once: decompresses it (the format is recognised from its first bytes),
 * hashes and counts it, and lists its tar members. Nothing of the file contents is kept but the
 * package databases asked for. Each chunk is done with before the next is asked for.
 */
export async function scanLayer(blob: ChunkSource | Readable, options: ScanOptions = {}): Promise<LayerScan> {
  const source = blob instanceof Readable ? streamChunks(blob) : blob;
  const pass = new BlobPass(options);
  try {
    for (let chunk = await source.next(); chunk; chunk = await source.next()) pass.push(chunk);
    return pass.finish();
  } catch (err) {
    throw pass.failure(err);
  } finally {
    pass.close();
    await source.close();
  }
}

/**
 * Reads a layer blob from a byte range of a file as scanLayer does, synchronously: one buffer
 * serves every read, and nothing waits on another thread. A layer-reading thread (scan-worker.ts)
 * does nothing else; the main thread does it for a few small blobs.
 */
export function scanFileSync(
  { path, start, end }: FileRange,
  options: ScanOptions = {},
  chunkBytes = CHUNK_BYTES,
): LayerScan {
  const pass = new BlobPass(options, chunkBytes);
  let fd: number | null = null;
  try {
    fd = fs.openSync(path, 'r');
    const input = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, end - start)));
    for (let position = start; position < end;) {
      const bytes = fs.readSync(fd, input, 0, Math.min(input.length, end - position), position);
      if (bytes === 0) throw new Error(`${path} ends at byte ${position}, before the layer does`);
      position += bytes;
      pass.push(input.subarray(0, bytes));
    }
    return pass.finish();
  } catch (err) {
    throw pass.failure(err);
  } finally {
    pass.close();
    if (fd !== null) fs.closeSync(fd);
  }
}

/**
 * One pass over a blob, fed its bytes in chunks: the format is recognised from the first one, and
 * each chunk is decompressed, hashed, counted and parsed before `push` returns, so its buffer may
 * be used again at once. The decompressor writes into one buffer of its own for the whole blob:
 * Node's zlib streams allocate one for every chunk of output (1,300 of 1 MiB for the benchmark
 * image), whose collection cost the reading thread about a fifth of its time.
 */
class BlobPass {
  private compression: Compression | null = null;
  private decoder: Coder | null = null;
  /** For a layer stored uncompressed whose gzip size is asked for: gzip, counting its output. */
  private gzip: Coder | null = null;
  private gzipBytes = 0;
  private readonly entries: TarEntry[] = [];
  private readonly captured: CapturedFile[] = [];
  private readonly parser: TarParser;
  private readonly contentHash: Hash | null;
  private readonly blobHash: Hash | null;
  private compressedBytes = 0;
  private uncompressedBytes = 0;
  private readonly content = (chunk: Buffer): void => {
    this.uncompressedBytes += chunk.length;
    this.contentHash?.update(chunk);
    this.parser.push(chunk);
  };
  private readonly count = (chunk: Buffer): void => void (this.gzipBytes += chunk.length);

  constructor(
    private readonly options: ScanOptions,
    private readonly outBytes = CHUNK_BYTES,
  ) {
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

  push(chunk: Buffer): void {
    if (this.compression === null) this.start(detectCompression(chunk));
    this.compressedBytes += chunk.length;
    this.blobHash?.update(chunk);
    if (this.decoder) this.decoder.write(chunk, this.content);
    else this.content(chunk);
    this.gzip?.write(chunk, this.count);
  }

  finish(): LayerScan {
    if (this.compression === null) this.start('none'); // an empty blob
    const compression = this.compression!;
    this.decoder?.end(this.content);
    this.gzip?.end(this.count);
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
      gzipEstimateBytes: this.gzip ? this.gzipBytes : null,
      ...(this.options.capture ? { captured: this.captured } : {}),
    };
  }

  /** What stopped the pass, as the one line a damaged layer is refused with. */
  failure(err: unknown): LayerReadError {
    return new LayerReadError(describeFailure(err, this.compression ?? 'none'), { cause: err });
  }

  close(): void {
    this.decoder?.close();
    this.gzip?.close();
  }

  private start(compression: Compression): void {
    this.compression = compression;
    if (compression === 'gzip') this.decoder = SyncCodec.create('gunzip', this.outBytes);
    // Node 24 decodes zstd natively; Node 20 has no zstd, and fzstd stands in.
    if (compression === 'zstd') this.decoder = SyncCodec.create('zstd', this.outBytes) ?? fzstdDecoder();
    if (compression === 'none' && this.options.estimateGzip) this.gzip = SyncCodec.create('gzip', this.outBytes);
  }
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
