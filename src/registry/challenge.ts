/** The two HTTP headers of the distribution API this tool parses: auth challenges and pagination links. */

export interface Challenge {
  /** `bearer` or `basic`, lower-cased. */
  scheme: string;
  /** realm, service, scope…: parameter names lower-cased, values unquoted. */
  params: Record<string, string>;
}

/**
 * The first challenge of a `WWW-Authenticate` header (RFC 7235), e.g.
 * `Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"`.
 * Quoted values may hold commas and escaped quotes. Null when there is none.
 */
export function parseChallenge(header: string | null): Challenge | null {
  if (!header) return null;
  const scheme = /^\s*([A-Za-z][\w-]*)/.exec(header);
  if (!scheme) return null;
  const params: Record<string, string> = {};
  const param = /\s*([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*(,|$)/y;
  param.lastIndex = scheme[0].length;
  for (let m = param.exec(header); m; m = param.exec(header)) {
    params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
    if (m[4] === '') break;
    // A comma may also start the next challenge (`Bearer …, Basic realm=…`): stop there.
    if (/^\s*[A-Za-z][\w-]*\s+[A-Za-z]/.test(header.slice(param.lastIndex))) break;
  }
  return { scheme: scheme[1]!.toLowerCase(), params };
}

/** The `rel="next"` target of a `Link` header (RFC 8288), as the tags list API pages with it; null at the end. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(part[2]!);
    const rel = rels?.[1] ?? rels?.[2];
    if (rel?.split(/\s+/).includes('next')) return part[1]!;
  }
  return null;
}
