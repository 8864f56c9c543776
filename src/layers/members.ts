import type { Readable } from 'node:stream';
import { CHUNK_BYTES, type ChunkSource } from './chunks.js';
import { HeaderDecoder, paddedSize, TarFormatError, type TarEntry } from './tar.js';

const BLOCK = 512;

/** A member of a tar stream: its header, and its data as chunks, read as the stream arrives. */
export interface StreamedMember {
  entry: TarEntry;
  /**
   * The member's data. Valid until the next member is asked for; whatever of it is not read by
   * then is skipped unread (its bytes still pass, but are neither copied nor kept).
   */
  data: ChunkSource;
}

/**
 * The members of a tar archive that arrives as a stream (an image export), in order, without
 * storing the archive: each member's data is handed on in the stream's own chunks (up to
 * CHUNK_BYTES) and then dropped. Throws TarFormatError when the stream is not a tar archive or
 * stops inside one.
 */
export async function* streamMembers(stream: Readable): AsyncGenerator<StreamedMember> {
  const bytes = new ByteReader(stream);
  const headers = new HeaderDecoder();
  let zeroBlocks = 0;
  try {
    for (;;) {
      const block = await bytes.exact(BLOCK);
      if (block === null) return; // a stream without the end-of-archive blocks is accepted
      const header = headers.decode(block, 0, bytes.position - BLOCK);
      if (header === null) {
        if (++zeroBlocks >= 2) return;
        continue;
      }
      zeroBlocks = 0;
      if (header.meta) {
        const data = header.dataSize > 0 ? await bytes.exact(header.dataSize) : Buffer.alloc(0);
        if (data === null) throw truncated();
        headers.absorb(header.meta, data);
        await bytes.skip(paddedSize(header.dataSize) - header.dataSize);
        continue;
      }
      const member = new MemberData(bytes, header.dataSize);
      try {
        yield { entry: header.entry, data: member };
      } finally {
        await member.finish();
      }
      await bytes.skip(paddedSize(header.dataSize) - header.dataSize);
    }
  } finally {
    stream.destroy();
  }
}

/** The stream stopped before the archive's end. */
export class TruncatedError extends TarFormatError {}

const truncated = () => new TruncatedError('the tar stream ends in the middle of a member (truncated)');

/** A member's data: at most `size` bytes from the reader, in chunks of up to CHUNK_BYTES. */
class MemberData implements ChunkSource {
  private left: number;
  private closed = false;
  /** The read under way, if any: a reader stopped early may still have one pending. */
  private reading: Promise<Buffer | null> = Promise.resolve(null);

  constructor(
    private readonly bytes: ByteReader,
    size: number,
  ) {
    this.left = size;
  }

  next(): Promise<Buffer | null> {
    if (this.closed || this.left === 0) return Promise.resolve(null);
    this.reading = this.reading.then(() => this.read());
    return this.reading;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Waits for a pending read, then skips what is left of the member. */
  async finish(): Promise<void> {
    this.closed = true;
    await this.reading.catch(() => null);
    await this.bytes.skip(this.left);
    this.left = 0;
  }

  private async read(): Promise<Buffer | null> {
    if (this.left === 0) return null;
    const part = await this.bytes.take(Math.min(this.left, CHUNK_BYTES));
    if (part === null) throw truncated();
    this.left -= part.length;
    return part;
  }
}

/** Bytes of a stream read by count, across the stream's own chunk boundaries. */
class ByteReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private head: Buffer = Buffer.alloc(0);
  /** Why the stream failed: a reader stopped by it (a layer's scan) must not hide it from the next. */
  private failure: unknown = null;
  /** Bytes taken so far, for error messages. */
  position = 0;

  constructor(stream: Readable) {
    this.chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** Exactly `n` bytes, or null when the stream ends right here; ending within them is truncation. */
  async exact(n: number): Promise<Buffer | null> {
    const parts: Buffer[] = [];
    let have = 0;
    while (have < n) {
      const part = await this.take(n - have);
      if (part === null && have === 0) return null;
      if (part === null) throw truncated();
      parts.push(part);
      have += part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, have);
  }

  async skip(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      const part = await this.take(left);
      if (part === null) throw truncated();
      left -= part.length;
    }
  }

  /**
   * Up to `n` bytes of the current chunk (the next one when it is used up); null at the end. A
   * layer's data is handed on in the stream's own chunks (a socket's, 64 KiB): gathering them into
   * larger ones only copied them, now that each is decompressed where it is read.
   */
  async take(n: number): Promise<Buffer | null> {
    if (this.head.length === 0) {
      if (this.failure) throw this.failure;
      const next = await this.chunks.next().catch((err: unknown) => {
        this.failure = err;
        throw err;
      });
      if (next.done) return null;
      this.head = next.value;
    }
    const part = this.head.subarray(0, n);
    this.head = this.head.subarray(part.length);
    this.position += part.length;
    return part;
  }
}
