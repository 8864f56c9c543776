/**
 * A small HTTP server on 127.0.0.1 that stands in for GitHub's services in tests. Each service is a
 * route handler; one server can mount several, the way one origin (ACTIONS_RESULTS_URL) serves both
 * the cache and the artifact services on GitHub.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Request {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Response {
  status: number;
  headers?: Record<string, string | number>;
  body?: Buffer | string | object;
}

/** Returns a response, or undefined when the request is not this handler's. */
export type Handler = (req: Request, server: LoopbackServer) => Promise<Response | undefined> | Response | undefined;

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request served, in order, for assertions. */
  log: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

export async function startServer(...handlers: Handler[]): Promise<LoopbackServer> {
  const log: LoopbackServer['log'] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: Request = {
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', self.url),
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    let response: Response | undefined;
    try {
      for (const handle of handlers) {
        response = await handle(request, self);
        if (response) break;
      }
      response ??= { status: 404, body: { message: `no route for ${request.method} ${request.url.pathname}` } };
    } catch (err) {
      response = { status: 500, body: { message: (err as Error).message } };
    }
    log.push({ method: request.method, path: request.url.pathname + request.url.search, status: response.status });
    const body =
      response.body === undefined
        ? Buffer.alloc(0)
        : Buffer.isBuffer(response.body)
          ? response.body
          : typeof response.body === 'string'
            ? Buffer.from(response.body)
            : Buffer.from(JSON.stringify(response.body));
    const headers: Record<string, string | number> = { 'content-length': body.length, ...response.headers };
    if (response.body !== undefined && !Buffer.isBuffer(response.body) && typeof response.body === 'object') {
      headers['content-type'] ??= 'application/json';
    }
    res.writeHead(response.status, headers);
    res.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const self: LoopbackServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return self;
}
