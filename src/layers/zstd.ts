import { Decompress } from 'fzstd';
import type { Coder } from './codec.js';

/**
 * A zstd decoder where Node has none. Node 24 (what GitHub runs actions with) has zstd in zlib,
 * native and the fastest (SyncCodec); Node 20 has none, so the CLI there falls back to fzstd, a
 * pure-JavaScript decoder that bundles without a native build.
 *
 * Measured on this project's 2-core CI machine (load 9–10 from parallel builds), decoding a 144 MB
 * zstd stream of 300 MB of /usr, two runs each: Node 24 zlib 1.55 s / 0.97 s; zstd-napi 0.0.13 on
 * Node 20 1.90 s / 1.08 s; fzstd 0.1.1 on Node 20 6.15 s / 7.46 s. zstd-napi is 4–6× faster than
 * fzstd but is a native addon: its install fetches a prebuilt binary from GitHub or compiles zstd
 * with node-gyp (which downloads Node's headers), and a .node file cannot go into the portable ncc
 * bundle in dist/. So Node 20 keeps fzstd, and only zstd layers on Node < 22.15 pay for it.
 */
export function fzstdDecoder(): Coder {
  let each: (output: Buffer) => void = () => undefined;
  // What the reader of the output threw (a tar that is not one): passed on as it is.
  let failure: { error: unknown } | null = null;
  const decoder = new Decompress((data) => {
    try {
      each(Buffer.from(data.buffer, data.byteOffset, data.length));
    } catch (error) {
      failure ??= { error };
    }
  });
  const push = (input: Uint8Array, final: boolean, to: (output: Buffer) => void): void => {
    each = to;
    try {
      // fzstd keeps what it cannot decode yet, and the caller's buffer is read into again.
      decoder.push(new Uint8Array(input), final);
    } catch (err) {
      throw failure ? failure.error : Object.assign(err as Error, { code: 'ERR_ZSTD' });
    }
    if (failure) throw failure.error;
  };
  return {
    write: (input, to) => push(input, false, to),
    end: (to) => push(new Uint8Array(0), true, to),
    close: () => undefined,
  };
}
