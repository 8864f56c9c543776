import * as os from 'node:os';

/**
 * Sizes libuv's threadpool, where zlib inflates, to the machine's cores (at least 2) unless
 * UV_THREADPOOL_SIZE is set already. libuv reads the variable once, when its pool starts, so the
 * action and the CLI call this before anything else. On 2 cores, reading the benchmark image's
 * layers in two lanes is about 3 % faster with 2 pool threads than with libuv's default 4
 * (`npm run bench`), which leaves more threads runnable than there are cores.
 */
export function sizeThreadPool(): void {
  process.env.UV_THREADPOOL_SIZE ??= String(Math.max(2, os.availableParallelism()));
}
