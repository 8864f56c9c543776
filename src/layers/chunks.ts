import * as fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { FileRange } from '../image/store.js';

/**
 * Bytes per read and per decompressed chunk. Every chunk is a round trip between the thread that
 * inflates and the one that hashes and parses, so fewer, larger chunks are faster: gunzipping the
 * benchmark image's largest layer (394 MB) takes 2.28 s in 256 KiB chunks and 1.87 s in 1 MiB ones.
 */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * A layer blob, chunk by chunk. A chunk may be overwritten by the second call to `next` after the
 * one that returned it, so its reader must be done with it by then.
 */
export interface ChunkSource {
  /** The next chunk, or null at the end. */
  next(): Promise<Buffer | null>;
  close(): Promise<void>;
}

/**
 * Reads a byte range of a file into two buffers in turn: one is read into while the other is
 * being decompressed. Allocating a fresh buffer for every read (as a file stream does) costs the
 * benchmark image's largest layer 10 % more time, in allocation and garbage collection.
 */
export function fileChunks({ path, start, end }: FileRange, chunkBytes = CHUNK_BYTES): ChunkSource {
  let handle: Promise<fs.FileHandle> | null = null;
  const buffers: Buffer[] = [];
  let turn = 0;
  let position = start;
  return {
    async next() {
      if (position >= end) return null;
      handle ??= fs.open(path, 'r');
      const buffer = (buffers[turn] ??= Buffer.allocUnsafe(Math.min(chunkBytes, end - start)));
      turn ^= 1;
      const length = Math.min(buffer.length, end - position);
      const { bytesRead } = await (await handle).read(buffer, 0, length, position);
      if (bytesRead === 0) throw new Error(`${path} ends at byte ${position}, before the layer does`);
      position += bytesRead;
      return buffer.subarray(0, bytesRead);
    },
    async close() {
      await (await handle?.catch(() => null))?.close();
    },
  };
}

/** A stream's chunks (never overwritten). */
export function streamChunks(stream: Readable): ChunkSource {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return {
    async next() {
      const next = await iterator.next();
      return next.done ? null : next.value;
    },
    async close() {
      stream.destroy();
    },
  };
}
