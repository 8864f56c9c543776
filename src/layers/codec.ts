import * as zlib from 'node:zlib';

/**
 * The engine behind one of Node's zlib streams, as its own synchronous API (`zlib.gunzipSync` and
 * the `_processChunk` it rests on) drives it: `writeSync(flush, in, inOffset, inLength, out,
 * outOffset, outLength)`, after which `state` holds the output and input left unused. The same on
 * Node 20, 22, 24 and 26, and for zstd where Node has it.
 */
interface Engine {
  writeSync(
    flush: number,
    input: Buffer,
    inOff: number,
    inLen: number,
    out: Buffer,
    outOff: number,
    outLen: number,
  ): void;
  onerror: (message: string, errno: number, code?: string) => void;
  close(): void;
}

type EngineStream = zlib.Gzip & {
  _handle?: Partial<Engine> | null;
  _writeState?: Uint32Array;
  /** The flush flags the stream writes with and ends with (zstd's differ from zlib's). */
  _defaultFlushFlag?: number;
  _finishFlushFlag?: number;
};

type ZlibWithZstd = typeof zlib & { createZstdDecompress?: (options?: zlib.ZlibOptions) => zlib.Gunzip };

/** A compressor or decompressor driven synchronously, chunk by chunk. */
export interface Coder {
  /**
   * Codes `input` and hands each piece of output to `each`. A piece may live in a buffer the coder
   * uses again: `each` must be done with it when it returns.
   */
  write(input: Buffer, each: (output: Buffer) => void): void;
  /** Codes what is left, failing when the data ended before its stream did. */
  end(each: (output: Buffer) => void): void;
  close(): void;
}

/**
 * A gzip, gunzip or zstd coder of Node's zlib, run synchronously into one output buffer that is
 * used again for every piece of output. Node's streams (and its one-shot functions) allocate a new
 * buffer for each; a thread that does nothing but read a layer has no use for their asynchrony.
 */
export class SyncCodec implements Coder {
  private error: Error | null = null;

  private constructor(
    private readonly engine: Engine,
    private readonly state: Uint32Array,
    private readonly out: Buffer,
    private readonly flush: { write: number; finish: number },
  ) {
    engine.onerror = (message, errno, code) => {
      this.error ??= Object.assign(new Error(message), { errno, code });
    };
  }

  /** A coder; null for zstd before Node 22.15, which has none. */
  static create(kind: 'gunzip' | 'gzip' | 'zstd', outBytes: number): SyncCodec | null {
    const zstd = (zlib as ZlibWithZstd).createZstdDecompress;
    const make = kind === 'gunzip' ? zlib.createGunzip : kind === 'gzip' ? zlib.createGzip : zstd;
    if (!make) return null;
    const stream = make({ chunkSize: outBytes }) as EngineStream;
    const { _handle: engine, _writeState: state, _defaultFlushFlag: write, _finishFlushFlag: finish } = stream;
    if (
      typeof engine?.writeSync !== 'function' ||
      !(state instanceof Uint32Array) ||
      typeof write !== 'number' ||
      typeof finish !== 'number'
    ) {
      stream.destroy();
      throw new Error(
        `the zlib of Node ${process.version} is not the one image-size-guard knows: use Node 20, 22, 24 or 26`,
      );
    }
    return new SyncCodec(engine as Engine, state, Buffer.allocUnsafe(outBytes), { write, finish });
  }

  write(input: Buffer, each: (output: Buffer) => void): void {
    this.run(this.flush.write, input, each);
  }

  end(each: (output: Buffer) => void): void {
    this.run(this.flush.finish, Buffer.alloc(0), each);
  }

  close(): void {
    this.engine.close();
  }

  private run(flush: number, input: Buffer, each: (output: Buffer) => void): void {
    let offset = 0;
    let left = input.length;
    for (;;) {
      this.engine.writeSync(flush, input, offset, left, this.out, 0, this.out.length);
      if (this.error) throw this.error;
      const [outLeft, inLeft] = this.state as unknown as [number, number];
      if (outLeft < this.out.length) each(this.out.subarray(0, this.out.length - outLeft));
      offset += left - inLeft;
      left = inLeft;
      // The output buffer had room to spare: the engine took all it could of the input.
      if (outLeft !== 0) return;
    }
  }
}
