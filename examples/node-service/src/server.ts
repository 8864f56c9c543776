// A minimal HTTP service; `require` is declared so the example needs no type packages.
declare function require(name: 'http'): {
  createServer(handler: (req: unknown, res: { end(body: string): void }) => void): { listen(port: number): void };
};

const http = require('http');
http.createServer((_req, res) => res.end('ok\n')).listen(8080);
