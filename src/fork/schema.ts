/**
 * A small strict schema for documents read from untrusted artifacts: every check names the field it
 * refused, objects refuse unknown fields, strings and arrays have a length cap, numbers are finite
 * and in range. The checked value is rebuilt from the schema, so nothing it does not name gets through.
 */

export class Invalid extends Error {}

/** Checks `value` found at `at` (a field path for the message) and returns it typed, or throws Invalid. */
export type Check<T> = (value: unknown, at: string) => T;
export type Checked<C> = C extends Check<infer T> ? T : never;

const fail = (at: string, what: string): never => {
  throw new Invalid(`${at} is not ${what}`);
};

export function literal<const T extends string | number>(expected: T): Check<T> {
  return (v, at) => (v === expected ? expected : fail(at, JSON.stringify(expected)));
}

export function oneOf<const T extends readonly string[]>(values: T): Check<T[number]> {
  return (v, at) =>
    typeof v === 'string' && values.includes(v) ? (v as T[number]) : fail(at, `one of ${values.join(', ')}`);
}

export const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'true or false'));

/** A string of at most `max` characters that matches `pattern`, when one is given. */
export function str(max: number, pattern?: RegExp, what?: string): Check<string> {
  return (v, at) =>
    typeof v === 'string' && v.length <= max && (!pattern || pattern.test(v))
      ? v
      : fail(at, what ?? `a string of at most ${max} characters`);
}

/** A finite number in [min, max] (JSON's 1e999 parses to Infinity and is refused here). */
export function num(min: number, max: number): Check<number> {
  return (v, at) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
      ? v
      : fail(at, `a number from ${min} to ${max}`);
}

export function int(min: number, max: number): Check<number> {
  return (v, at) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max
      ? v
      : fail(at, `a whole number from ${min} to ${max}`);
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, at) => (v === null ? null : check(v, at));
}

export function array<T>(max: number, item: Check<T>): Check<T[]> {
  return (v, at) => {
    if (!Array.isArray(v) || v.length > max) return fail(at, `a list of at most ${max} entries`);
    return v.map((x, i) => item(x, `${at}[${i}]`));
  };
}

type Shape = Record<string, Check<unknown>>;

const OPTIONAL = Symbol('optional');

/**
 * A field a document written by an earlier version may lack: missing, it reads as null. (A field
 * that is there is checked as any other.)
 */
export function optional<T>(check: Check<T>): Check<T | null> {
  const wrapped: Check<T | null> = (v, at) => (v === null ? null : check(v, at));
  return Object.assign(wrapped, { [OPTIONAL]: true });
}

/** An object with exactly these fields: a missing one and an unknown one are both refused. */
export function object<S extends Shape>(shape: S): Check<{ [K in keyof S]: Checked<S[K]> }> {
  return (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(at, 'an object');
    const record = v as Record<string, unknown>;
    const unknown = Object.keys(record).find((k) => !Object.hasOwn(shape, k));
    if (unknown !== undefined) throw new Invalid(`${at} has a field this version does not know: ${clip(unknown)}`);
    const out: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(shape)) {
      if (!Object.hasOwn(record, k)) {
        if ((check as { [OPTIONAL]?: boolean })[OPTIONAL]) {
          out[k] = null;
          continue;
        }
        throw new Invalid(`${at}.${k} is missing`);
      }
      out[k] = check(record[k], `${at}.${k}`);
    }
    return out as { [K in keyof S]: Checked<S[K]> };
  };
}

/** A field name from the document, short and printable, for a message. */
function clip(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
}
