import { UserError } from '../errors.js';

const UNIT_BYTES: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/**
 * A byte size as users write it: `B`, decimal `kB MB GB` (as registries and `docker images` show
 * sizes), binary `KiB MiB GiB`; a bare number is bytes. Units are matched without regard to case,
 * so `500mb` is 500 MB, never 500 millibits.
 */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  const factor = m ? UNIT_BYTES[(m[2] || 'b').toLowerCase()] : undefined;
  if (!m || factor === undefined) {
    throw new UserError(
      `"${text}" is not a size: write a number of bytes, or a number with B, kB, MB, GB, KiB, MiB or GiB (e.g. 250MB)`,
    );
  }
  return Math.round(Number(m[1]) * factor);
}
