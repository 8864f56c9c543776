import { UserError } from '../errors.js';

// Decimal units are powers of 1000 and binary units powers of 1024, as dive (go-humanize) reads
// them; a bare number is bytes. Letters are matched without regard to case, so "kb" is a kB.
const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  ki: 1024,
  kib: 1024,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
  ti: 1024 ** 4,
  tib: 1024 ** 4,
};

/** Bytes in a size like `500`, `20MB`, `1.5 GiB`; throws a UserError on anything else. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  const factor = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || factor === undefined) {
    throw new UserError(
      `"${text}" is not a size: write a number of bytes, optionally with a unit (B, kB, MB, GB, KiB, MiB, GiB)`,
    );
  }
  return Math.floor(Number(m[1]) * factor);
}
