/**
 * Reads buildx's `--progress=rawjson` stream: BuildKit's solve status objects, printed indented one
 * after another on stderr. From it come the build steps (duration, cached or not), the bytes of
 * build context sent, the failing step and its log, and readable progress lines for the job log.
 * Pure: it is fed lines and knows nothing of processes.
 */
import type { BuildStep } from './types.js';

interface Vertex {
  digest: string;
  name?: string;
  started?: string;
  completed?: string;
  cached?: boolean;
  error?: string;
  inputs?: string[];
}

interface VertexStatus {
  id: string;
  vertex: string;
  current?: number;
  completed?: string;
}

interface VertexLog {
  vertex: string;
  data: string;
}

interface SolveStatus {
  vertexes?: Vertex[];
  statuses?: VertexStatus[];
  logs?: VertexLog[];
}

/** `[stage 2/5] RUN …`, `[linux/arm64 build 2/5] COPY …`, `[1/3] FROM …` */
const STEP = /^\[([^\]]*?)\s*(\d+)\/(\d+)\]\s+(.*)$/s;
const LOG_TAIL_BYTES = 8192;

export interface BuildFailure {
  /** The failing vertex's name (the Dockerfile instruction for a step). */
  step: string;
  error: string;
  /** The last lines that step printed. */
  logTail: string[];
}

export class ProgressReader {
  private readonly vertices = new Map<string, Vertex>();
  private readonly transfers = new Map<string, number>();
  private readonly logs = new Map<string, Buffer>();
  private readonly reported = new Set<string>();
  private pending: string[] = [];
  /** Lines that were not part of a status object (buildx's own `ERROR: …` lines). */
  readonly plainLines: string[] = [];

  /** @param redact hides build-argument values in everything read (see ./args.ts). */
  constructor(private readonly redact: (text: string) => string = (text) => text) {}

  /**
   * Feeds one line of stderr; returns readable lines for the job log (a step starting or ending,
   * the output of a step).
   */
  push(line: string): string[] {
    if (this.pending.length === 0 && line !== '{') {
      if (!line.trim()) return [];
      const plain = this.redact(line);
      this.plainLines.push(plain);
      return [plain];
    }
    this.pending.push(line);
    if (line !== '}') return [];
    const text = this.pending.join('\n');
    this.pending = [];
    let status: SolveStatus;
    try {
      status = JSON.parse(text) as SolveStatus;
    } catch {
      this.plainLines.push(...this.redact(text).split('\n'));
      return [];
    }
    return this.apply(status);
  }

  private apply(status: SolveStatus): string[] {
    const out: string[] = [];
    for (const v of status.vertexes ?? []) {
      if (v.name) v.name = this.redact(v.name);
      if (v.error) v.error = this.redact(v.error);
      const merged = { ...this.vertices.get(v.digest), ...v };
      this.vertices.set(v.digest, merged);
      if ((merged.completed || merged.error) && merged.name && !this.reported.has(v.digest)) {
        this.reported.add(v.digest);
        const how = merged.error
          ? `ERROR ${merged.error}`
          : merged.cached
            ? 'CACHED'
            : `DONE ${seconds(merged).toFixed(1)}s`;
        out.push(`${merged.name} ${how}`);
      }
    }
    for (const s of status.statuses ?? []) {
      if (s.id.startsWith('transferring context') && s.current !== undefined) {
        this.transfers.set(`${s.vertex} ${s.id}`, s.current);
      }
    }
    for (const log of status.logs ?? []) {
      const data = Buffer.from(log.data, 'base64');
      const all = Buffer.concat([this.logs.get(log.vertex) ?? Buffer.alloc(0), data]);
      this.logs.set(log.vertex, all.length > LOG_TAIL_BYTES ? all.subarray(all.length - LOG_TAIL_BYTES) : all);
      const name = this.vertices.get(log.vertex)?.name ?? '';
      const label = STEP.exec(name) ? name.slice(0, name.indexOf(']') + 1) : '';
      for (const text of this.redact(data.toString('utf8')).split('\n')) {
        if (text.trim()) out.push(`${label} ${text}`.trim());
      }
    }
    return out;
  }

  /**
   * The Dockerfile instructions of the build, in the order they started; steps found in the cache
   * all "start" at once, so among those a step comes after the ones it builds on. FROM only
   * resolves the base image and is not a step.
   */
  steps(): BuildStep[] {
    const depths = new Map<string, number>();
    const depth = (digest: string): number => {
      if (!depths.has(digest)) {
        depths.set(digest, 0);
        const inputs = this.vertices.get(digest)?.inputs ?? [];
        depths.set(digest, inputs.length ? 1 + Math.max(...inputs.map(depth)) : 0);
      }
      return depths.get(digest)!;
    };
    return [...this.vertices.values()]
      .filter((v) => v.name && isStep(v.name))
      .sort((a, b) => (time(a.started) ?? 0) - (time(b.started) ?? 0) || depth(a.digest) - depth(b.digest))
      .map((v) => ({ name: v.name!, seconds: round(seconds(v)), cached: v.cached === true }));
  }

  /**
   * Bytes of build context sent to BuildKit (the main context and named local ones; the
   * .dockerignore and Dockerfile transfers are not context). Null when buildx reported none.
   */
  contextBytes(): number | null {
    let total: number | null = null;
    for (const [key, bytes] of this.transfers) {
      const name = this.vertices.get(key.slice(0, key.indexOf(' ')))?.name ?? '';
      if (/load build context$/.test(name) || /^\[context [^\]]+\] load from client$/.test(name)) {
        total = (total ?? 0) + bytes;
      }
    }
    return total;
  }

  /**
   * Why exporting the cache failed, which `ignore-error=true` lets the build survive; null when it
   * did not fail.
   */
  cacheExportError(): string | null {
    const failed = [...this.vertices.values()].find((v) => v.error && /^exporting cache/.test(v.name ?? ''));
    return failed?.error ?? null;
  }

  /** The step that failed, preferring a Dockerfile instruction over BuildKit's internal vertices. */
  failure(): BuildFailure | null {
    const failed = [...this.vertices.values()].filter((v) => v.error && !/context canceled/.test(v.error));
    const v = failed.find((x) => x.name && isStep(x.name)) ?? failed[0];
    if (!v) return null;
    const log = this.redact((this.logs.get(v.digest) ?? Buffer.alloc(0)).toString('utf8'));
    const logTail = log
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l !== '')
      .slice(-10);
    return { step: v.name ?? v.digest, error: v.error!, logTail };
  }
}

function isStep(name: string): boolean {
  const m = STEP.exec(name);
  return m !== null && !/^FROM\s/i.test(m[4]!);
}

/** Nanosecond timestamps parsed to milliseconds: what Date.parse reliably reads. */
function time(iso: string | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.replace(/(\.\d{3})\d*/, '$1'));
  return Number.isNaN(t) ? null : t;
}

function seconds(v: Vertex): number {
  const start = time(v.started);
  const end = time(v.completed);
  return start !== null && end !== null ? Math.max(0, (end - start) / 1000) : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
