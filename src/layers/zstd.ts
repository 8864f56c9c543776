import { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { Decompress } from 'fzstd';

type ZlibWithZstd = typeof zlib & {
  createZstdDecompress?: (options?: zlib.ZlibOptions) => Transform;
};

/**
 * A zstd decoder stream. Node 24 (what GitHub runs actions with) has zstd in zlib, native and the
 * fastest; Node 20 has none, so the CLI there falls back to fzstd, a pure-JavaScript decoder that
 * bundles without a native build.
 *
 * Measured on this project's 2-core CI machine (load 9–10 from parallel builds), decoding a 144 MB
 * zstd stream of 300 MB of /usr, two runs each: Node 24 zlib 1.55 s / 0.97 s; zstd-napi 0.0.13 on
 * Node 20 1.90 s / 1.08 s; fzstd 0.1.1 on Node 20 6.15 s / 7.46 s. zstd-napi is 4–6× faster than
 * fzstd but is a native addon: its install fetches a prebuilt binary from GitHub or compiles zstd
 * with node-gyp (which downloads Node's headers), and a .node file cannot go into the portable ncc
 * bundle in dist/. So Node 20 keeps fzstd, and only zstd layers on Node < 22.15 pay for it.
 */
export function createZstdDecoder(options: zlib.ZlibOptions): Transform {
  const native = (zlib as ZlibWithZstd).createZstdDecompress;
  if (native) return native(options);
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
