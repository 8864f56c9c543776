const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** Decimal units, as registries and `docker images` show sizes. */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${sign}${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** The default link speed a pull is estimated at: a modest cloud node's share. */
export const DEFAULT_PULL_BANDWIDTH = 100_000_000;

/**
 * A link speed as people write it, in bits per second: `100Mbit/s`, `1 Gbit/s`, `12.5MB/s` (bytes),
 * `500kbit/s`. Null when it is none of these.
 */
export function parseBandwidth(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(bit|b)(?:\/s|ps)$/i.exec(text.trim());
  if (!m) return null;
  const scale = { '': 1, k: 1e3, m: 1e6, g: 1e9 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  // `B` is bytes, `bit` or `b` bits, as network speeds are written.
  const bits = m[3] === 'B' ? 8 : 1;
  const value = Number(m[1]) * scale * bits;
  return value > 0 ? value : null;
}

/** `100 Mbit/s` */
export function formatBandwidth(bitsPerSecond: number): string {
  const [value, unit] =
    bitsPerSecond >= 1e9
      ? [bitsPerSecond / 1e9, 'Gbit/s']
      : bitsPerSecond >= 1e6
        ? [bitsPerSecond / 1e6, 'Mbit/s']
        : [bitsPerSecond / 1e3, 'kbit/s'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** A short duration: `under 0.1 s`, `0.4 s`, `12 s`, `2 min 5 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 0.1) return 'under 0.1 s';
  if (seconds < 10) return `${Number(seconds.toFixed(1))} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
