import * as http from 'node:http';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';

/**
 * The two Docker Engine API calls this tool makes (inspect and export an image), over the daemon's
 * unix socket or TCP address. A full client (dockerode) would bring gRPC and SSH stacks into the
 * bundle for them; `ssh://` hosts are not supported.
 */
export class Engine {
  private constructor(
    private readonly target: http.RequestOptions,
    readonly address: string,
  ) {}

  /** Connects where the docker CLI would by default: DOCKER_HOST, else the standard socket. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): Engine {
    const host = env.DOCKER_HOST?.trim();
    if (!host) return new Engine({ socketPath: '/var/run/docker.sock' }, 'unix:///var/run/docker.sock');
    if (host.startsWith('unix://'))
      return new Engine({ socketPath: host.slice('unix://'.length) }, `DOCKER_HOST=${host}`);
    const tcp = /^(?:tcp|http):\/\/([^:/]+)(?::(\d+))?\/?$/.exec(host);
    if (tcp) return new Engine({ host: tcp[1], port: Number(tcp[2] ?? 2375) }, `DOCKER_HOST=${host}`);
    throw new UserError(`DOCKER_HOST=${host} is not supported: use unix:///path/to/docker.sock or tcp://host:port`);
  }

  /** GET a path; resolves with the response once its status is known. */
  private get(path: string): Promise<http.IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = http.get({ ...this.target, path, headers: { Host: 'docker' } }, resolve);
      req.on('error', (err) => reject(this.unreachable(err) ?? err));
    });
  }

  private unreachable(err: unknown): UserError | null {
    const code = (err as { code?: string }).code;
    if (code && ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) {
      return new UserError(
        `Cannot reach the Docker daemon at ${this.address} (${code}): start dockerd, or set DOCKER_HOST to a running daemon`,
      );
    }
    return null;
  }

  /** Fails with a clear message when the image is not in the daemon. */
  async inspectImage(ref: string): Promise<void> {
    const res = await this.get(`/images/${encodeURIComponent(ref)}/json`);
    const body = await text(res);
    if (res.statusCode === 404) {
      throw new UserError(
        `No image "${ref}" in the Docker daemon: build or pull it first, or give the path of an image archive`,
      );
    }
    if (res.statusCode !== 200)
      throw new UserError(`The Docker daemon could not inspect "${ref}": ${apiMessage(body)}`);
  }

  /** The image as `docker save` writes it, streamed. */
  async exportImage(ref: string): Promise<Readable> {
    const res = await this.get(`/images/${encodeURIComponent(ref)}/get`);
    if (res.statusCode !== 200)
      throw new UserError(`Exporting "${ref}" from the Docker daemon failed: ${apiMessage(await text(res))}`);
    return res;
  }
}

async function text(res: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function apiMessage(body: string): string {
  try {
    return (JSON.parse(body) as { message?: string }).message ?? body.trim();
  } catch {
    return body.trim();
  }
}
