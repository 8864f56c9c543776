import { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { Decompress } from 'fzstd';

type ZlibWithZstd = typeof zlib & {
  createZstdDecompress?: (options?: { chunkSize?: number }) => Transform;
};

/**
 * A zstd decoder stream. Node 24 (what GitHub runs actions with) has zstd in zlib, native and the
 * fastest; Node 20 has none, so the CLI there falls back to fzstd, a pure-JavaScript decoder that
 * bundles without a native build.
 */
export function createZstdDecoder(): Transform {
  const native = (zlib as ZlibWithZstd).createZstdDecompress;
  if (native) return native({ chunkSize: 256 * 1024 });
  return fzstdTransform();
}

function fzstdTransform(): Transform {
  let push: (chunk: Buffer) => void = () => undefined;
  const decoder = new Decompress((data) => push(Buffer.from(data.buffer, data.byteOffset, data.length)));
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      push = (c) => this.push(c);
      try {
        decoder.push(chunk);
        callback();
      } catch (err) {
        callback(Object.assign(err as Error, { code: 'ERR_ZSTD' }));
      }
    },
    flush(callback) {
      push = (c) => this.push(c);
      try {
        decoder.push(new Uint8Array(0), true);
        callback();
      } catch (err) {
        callback(Object.assign(err as Error, { code: 'ERR_ZSTD' }));
      }
    },
  });
}
