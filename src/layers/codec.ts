import * as zlib from 'node:zlib';

/**
 * The engine behind one of Node's zlib streams, as its own synchronous API (`zlib.gunzipSync` and
 * the `_processChunk` it rests on) drives it: `writeSync(flush, in, inOffset, inLength, out,
 * outOffset, outLength)`, after which `state` holds the output and input left unused. The same on
 * Node 20, 22 and 24, and for zstd where Node has it.
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

/**
 * A gzip, gunzip or zstd coder run synchronously into one output buffer that is used again for
 * every chunk. Node's streams (and its one-shot functions) allocate a new buffer for each chunk of
 * output: 1,300 of 1 MiB for the benchmark image, whose collection cost the thread that reads
 * layers about a fifth of its time. A thread that does nothing but read one layer has no use for
 * the stream's asynchrony, so it drives the engine directly.
 */
export class SyncCodec {
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

  /**
   * A coder, or null where this Node has none to drive this way (zstd before Node 22.15, or an
   * engine whose shape is not the one above): the caller then reads the layer as a stream.
   */
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
      return null;
    }
    return new SyncCodec(engine as Engine, state, Buffer.allocUnsafe(outBytes), { write, finish });
  }

  /**
   * Codes `input` and hands each piece of output to `each`. A piece lives in the shared output
   * buffer: it is overwritten by the next piece, so `each` must be done with it when it returns.
   */
  write(input: Buffer, each: (output: Buffer) => void): void {
    this.run(this.flush.write, input, each);
  }

  /** Codes what is left, failing when the data ended before its stream did. */
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
