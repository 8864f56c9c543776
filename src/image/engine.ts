import { PassThrough, Transform, pipeline, type Readable } from 'node:stream';
import type Docker from 'dockerode';
import { UserError } from '../errors.js';
import { resolveEndpoint, type Endpoint } from './endpoint.js';

/** What this tool uses of dockerode's modem: one request, dialled where the endpoint says. */
type Modem = { dial(options: object, callback: (err: unknown, data: unknown) => void): void };

/** How long the daemon may stay silent (no answer, no byte of an export) before a request fails. */
const DEFAULT_TIMEOUT_SECONDS = 120;

/**
 * The two Docker Engine API calls this tool makes (inspect and export an image), through dockerode,
 * so every endpoint the docker CLI reaches works: a unix socket, tcp with or without TLS, ssh://,
 * and the current docker context.
 */
export class Engine {
  private docker: Promise<Docker> | null = null;

  private constructor(
    private readonly endpoint: Endpoint,
    private readonly timeoutMs: number,
  ) {
    this.address = endpoint.address;
  }

  readonly address: string;

  /**
   * Connects where the docker CLI would: DOCKER_HOST, the current docker context, else the standard
   * socket (or Docker Desktop's). IMAGE_SIZE_GUARD_DOCKER_TIMEOUT sets the timeout in seconds.
   */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): Engine {
    const raw = env.IMAGE_SIZE_GUARD_DOCKER_TIMEOUT?.trim();
    const seconds = raw ? Number(raw) : DEFAULT_TIMEOUT_SECONDS;
    if (!(seconds > 0)) {
      throw new UserError(`IMAGE_SIZE_GUARD_DOCKER_TIMEOUT=${raw} is not a number of seconds: give one such as 120`);
    }
    try {
      return new Engine(resolveEndpoint(env), seconds * 1000);
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(`Cannot use the Docker endpoint: ${(err as Error).message}`);
    }
  }

  /**
   * dockerode's modem. dockerode and what it brings (ssh2, gRPC, protobuf: most of the CLI's bundle)
   * are loaded when the daemon is first asked, so reading an archive or a registry never loads them.
   */
  private async modem(): Promise<Modem> {
    this.docker ??= import('dockerode').then(({ default: Docker }) => {
      try {
        return new Docker(this.endpoint.options);
      } catch (err) {
        throw new UserError(`Cannot use the Docker endpoint: ${(err as Error).message}`);
      }
    });
    return (await this.docker).modem as Modem;
  }

  /** Fails with a clear message when the image is not in the daemon. */
  async inspectImage(ref: string): Promise<void> {
    try {
      await this.request({
        path: `/images/${encodeURIComponent(ref)}/json`,
        statusCodes: { 200: true, 404: 'no such image' },
      });
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) {
        throw new NoSuchImage(
          `No image "${ref}" in the Docker daemon: build or pull it first, or give the path of an image archive`,
        );
      }
      throw this.failure(err, `The Docker daemon could not inspect "${ref}"`);
    }
  }

  /** The image as `docker save` writes it, streamed. */
  async exportImage(ref: string): Promise<Readable> {
    try {
      return await this.request({
        path: `/images/${encodeURIComponent(ref)}/get`,
        isStream: true,
        statusCodes: { 200: true },
      });
    } catch (err) {
      throw this.failure(err, `Exporting "${ref}" from the Docker daemon failed`);
    }
  }

  /**
   * One request through dockerode's modem (which dials the socket, TLS or SSH), aborted when the
   * daemon stays silent longer than the timeout; a stream's timer restarts with every chunk.
   */
  private async request(options: {
    path: string;
    isStream?: boolean;
    statusCodes: Record<number, true | string>;
  }): Promise<Readable> {
    const modem = await this.modem();
    const abort = new AbortController();
    // The stream handed on, once there is one: a timeout while it is read ends it with the reason.
    let out: Transform | null = null;
    const timer = setTimeout(() => {
      const reason = new TimedOut();
      out?.destroy(this.failure(reason, 'Reading the export failed'));
      abort.abort(reason);
    }, this.timeoutMs);
    return new Promise<Readable>((resolve, reject) => {
      withoutUrlParseWarning(() =>
        modem.dial({ ...options, method: 'GET', abortSignal: abort.signal }, (err, data) => {
          if (err) {
            clearTimeout(timer);
            return reject(abort.signal.aborted ? abort.signal.reason : err);
          }
          if (!options.isStream) {
            clearTimeout(timer);
            return resolve(new PassThrough().end());
          }
          // Restarts the timer with every chunk, without putting the stream in flowing mode early.
          out = new Transform({
            transform(chunk: Buffer, _encoding, done) {
              timer.refresh();
              done(null, chunk);
            },
          });
          pipeline(data as Readable, out, () => clearTimeout(timer));
          resolve(out);
        }),
      );
    });
  }

  private failure(err: unknown, what: string): UserError {
    if (err instanceof UserError) return err;
    if (err instanceof TimedOut) {
      return new UserError(
        `The Docker daemon at ${this.address} did not answer within ${this.timeoutMs / 1000} s: check that it is running, or raise IMAGE_SIZE_GUARD_DOCKER_TIMEOUT`,
      );
    }
    const code = (err as { code?: string }).code;
    if (code && UNREACHABLE.includes(code)) {
      return new UserError(
        `Cannot reach the Docker daemon at ${this.address} (${code}): start dockerd, or set DOCKER_HOST to a running daemon`,
      );
    }
    if (
      code &&
      (code.startsWith('ERR_SSL') || code.includes('CERT') || code.includes('SIGNATURE') || code === 'EPROTO')
    ) {
      return new UserError(
        `The TLS connection to the Docker daemon at ${this.address} failed (${code}): check DOCKER_CERT_PATH or the context's certificates`,
      );
    }
    const level = (err as { level?: string }).level;
    if (level === 'handshake' && (err as Error).message.startsWith('Host denied')) {
      return new UserError(
        `Cannot reach the Docker daemon at ${this.address} over SSH: the host's key is not in ~/.ssh/known_hosts; add it (ssh-keyscan, or ssh to the host once)`,
      );
    }
    if (level === 'client-authentication' || level === 'client-timeout' || level === 'client-socket') {
      return new UserError(
        `Cannot reach the Docker daemon at ${this.address} over SSH (${(err as Error).message}): check the user, the key in ~/.ssh or SSH_AUTH_SOCK`,
      );
    }
    const json = (err as { json?: unknown }).json;
    const message = apiMessage(json) ?? (err as Error).message ?? String(err);
    return new UserError(`${what}: ${message.split('\n')[0]}`);
  }
}

/**
 * docker-modem parses tcp and ssh addresses with `url.parse()`, for which Node prints deprecation
 * warnings (DEP0169, and DEP0170 for ssh) on standard error; the parse happens synchronously inside
 * `dial`, so they are silenced for that call only.
 */
function withoutUrlParseWarning(dial: () => void): void {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const code = typeof rest[0] === 'object' ? (rest[0] as { code?: string } | null)?.code : rest[1];
    if (code === 'DEP0169' || code === 'DEP0170') return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    dial();
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** The daemon answered that it has no such image (and not some other failure). */
export class NoSuchImage extends UserError {}

const UNREACHABLE = ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT'];

class TimedOut extends Error {}

function apiMessage(json: unknown): string | null {
  if (json && typeof json === 'object' && 'message' in json) return String((json as { message: unknown }).message);
  if (typeof json === 'string' && json.trim()) {
    try {
      return (JSON.parse(json) as { message?: string }).message ?? json.trim();
    } catch {
      return json.trim();
    }
  }
  return null;
}
