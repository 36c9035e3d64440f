/**
 * What the office's IT runs, reduced to the essentials: a plain static HTTPS server (Node's
 * https module, no webpack-dev-server, no rewriting, no special headers) serving a folder under
 * a sub-path such as /ledger-review/, with a certificate of its own CA. Every request is recorded
 * so tests can tell which files the pages asked for and what the server answered.
 */
import fs from 'fs';
import https from 'https';
import os from 'os';
import path from 'path';

export interface ServedRequest {
  path: string;
  status: number;
}

export interface HttpsStaticServer {
  /** `https://127.0.0.1:<port>` */
  origin: string;
  /** `https://127.0.0.1:<port>/ledger-review/` */
  base: string;
  ca: Buffer;
  requests: ServedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/** A CA and a certificate for 127.0.0.1 and localhost, made offline in a temporary folder. */
async function certificates(): Promise<{ key: Buffer; cert: Buffer; ca: Buffer; dir: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const devCerts = require('office-addin-dev-certs') as {
    generateCertificates(
      ca: string,
      cert: string,
      key: string,
      days?: number,
      domains?: string[],
    ): Promise<void>;
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-https-'));
  const files = {
    ca: path.join(dir, 'ca.crt'),
    cert: path.join(dir, 'server.crt'),
    key: path.join(dir, 'server.key'),
  };
  await devCerts.generateCertificates(files.ca, files.cert, files.key, 2, ['127.0.0.1', 'localhost']);
  return {
    dir,
    ca: fs.readFileSync(files.ca),
    cert: fs.readFileSync(files.cert),
    key: fs.readFileSync(files.key),
  };
}

/** Serves `rootDir` at `https://127.0.0.1:<port>/<subPath>/` (nothing outside the sub-path). */
export async function startHttpsStaticServer(
  rootDir: string,
  subPath = '/ledger-review/',
): Promise<HttpsStaticServer> {
  const certs = await certificates();
  const base = path.resolve(rootDir);
  const requests: ServedRequest[] = [];
  const server = https.createServer({ key: certs.key, cert: certs.cert }, (req, res) => {
    const url = new URL(req.url || '/', 'https://127.0.0.1');
    const answer = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8') => {
      requests.push({ path: url.pathname, status });
      res.writeHead(status, { 'content-type': type }).end(body);
    };
    if (!url.pathname.startsWith(subPath)) return answer(404, 'not found');
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(subPath.length));
    } catch {
      return answer(400, 'bad path');
    }
    const file = path.resolve(base, relative || 'index.html');
    if (file !== base && !file.startsWith(base + path.sep)) return answer(403, 'forbidden');
    fs.readFile(file, (err, body) => {
      if (err) return answer(404, 'not found');
      answer(200, body, TYPES[path.extname(file)] ?? 'application/octet-stream');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  const origin = `https://127.0.0.1:${port}`;
  return {
    origin,
    base: `${origin}${subPath}`,
    ca: certs.ca,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          fs.rmSync(certs.dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

/** GET over https, checking the certificate against the server's CA. */
export function httpsGet(url: string, ca: Buffer): Promise<{ status: number; body: Buffer; type: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
            type: String(res.headers['content-type']),
          }),
        );
      })
      .on('error', reject);
  });
}
