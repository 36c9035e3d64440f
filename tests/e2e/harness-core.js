/**
 * End-to-end plumbing shared by the jest e2e tests (through harness.ts, which adds types) and by
 * scripts/bench/addin.js (plain Node): a production build reused while fresh, a tiny static
 * server on 127.0.0.1, and Debian's /usr/bin/chromium driven by playwright-core (headless,
 * --no-sandbox; never a browser download).
 * Nothing here reaches the network: every request that is not for the local server is aborted
 * and recorded.
 */
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { spawn } = require('child_process');

const repoRoot = path.resolve(__dirname, '..', '..');
const distDir = path.join(repoRoot, 'dist');
const artifactsDir = path.join(repoRoot, 'test-artifacts');
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The production build's `performance.mark` (src/taskpane/index.tsx FIRST_RENDER_MARK). */
const FIRST_RENDER_MARK = 'ledger-review:first-render';

/** Inputs of the add-in build; a dist/ older than any of them is stale. */
const BUILD_INPUTS = [
  'src',
  'packages/scoring/src',
  'packages/workbook/src',
  'assets',
  'manifest.xml',
  'webpack.config.js',
  'tsconfig.json',
  'tsconfig.base.json',
  'package-lock.json',
];

function chromiumAvailable() {
  return fs.existsSync(CHROMIUM_PATH);
}

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function newestInputMtime() {
  return Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(repoRoot, p))));
}

/** dist/build-info.json (written by webpack.config.js's BuildInfoPlugin), or null. */
function readBuildInfo(dir = distDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'build-info.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** A production build newer than every build input, with all its entry files present. */
function isFreshProductionBuild(dir = distDir) {
  const info = readBuildInfo(dir);
  if (!info || info.mode !== 'production') return false;
  const files = Object.values(info.entrypoints || {}).flat();
  if (!files.length || !files.every((f) => fs.existsSync(path.join(dir, f)))) return false;
  if (!fs.existsSync(path.join(dir, 'taskpane.html'))) return false;
  return fs.statSync(path.join(dir, 'build-info.json')).mtimeMs >= newestInputMtime();
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function runWebpackProduction() {
  return new Promise((resolve, reject) => {
    const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [repoRoot] });
    const child = spawn(process.execPath, [cli, '--mode', 'production'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`webpack --mode production exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Builds dist/ in production mode unless a fresh build is there. Test files run in parallel
 * jest workers, so a lock directory makes the build happen once; the others wait and reuse it.
 * Resolves to { reused, ms }.
 */
async function ensureProductionBuild({ lockTimeoutMs = 240_000 } = {}) {
  const started = Date.now();
  if (isFreshProductionBuild()) return { reused: true, ms: 0 };
  fs.mkdirSync(artifactsDir, { recursive: true });
  const lock = path.join(artifactsDir, '.webpack-build.lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const age = Date.now() - fs.statSync(lock).mtimeMs;
      if (age > lockTimeoutMs) {
        fs.rmSync(lock, { recursive: true, force: true }); // a crashed builder's lock
        continue;
      }
      await sleep(500);
      if (isFreshProductionBuild()) return { reused: true, ms: Date.now() - started };
    }
  }
  try {
    if (isFreshProductionBuild()) return { reused: true, ms: Date.now() - started };
    const buildStarted = Date.now();
    await runWebpackProduction();
    // Not isFreshProductionBuild(): a source edited during the build would make that fail.
    const info = readBuildInfo();
    if (!info || info.mode !== 'production') {
      throw new Error('webpack finished but dist/build-info.json is missing');
    }
    return { reused: false, ms: Date.now() - buildStarted };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves `rootDir` over plain http on 127.0.0.1 and a random port. Records every request path
 * so tests can tell which chunks a page loaded.
 */
function startStaticServer(rootDir = distDir) {
  const requests = [];
  const base = path.resolve(rootDir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const file = path.resolve(base, '.' + decodeURIComponent(url.pathname));
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = CONTENT_TYPES[path.extname(file)] || 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        port,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function isLocalUrl(href) {
  try {
    const { hostname, protocol } = new URL(href);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || protocol === 'file:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * Debian Chromium in a persistent context on a fresh profile (launch() rejects --user-data-dir).
 * Requests that are not local (appsforoffice.microsoft.com's office.js above all) are aborted
 * and listed in `blocked`, so a test can prove nothing left the machine.
 */
async function launchChromium({ viewport = { width: 420, height: 900 }, locale = 'zh-CN' } = {}) {
  const { chromium } = require('playwright-core');
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-review-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ignoreHTTPSErrors: true,
    viewport,
    locale,
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const href = route.request().url();
    if (isLocalUrl(href)) return route.continue();
    blocked.push(href);
    return route.abort('internetdisconnected');
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Local script files taskpane.html loads up front (the entry chunks; lazy chunks excluded). */
function initialScriptFiles(dir = distDir, page = 'taskpane.html') {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const files = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = m[2] || m[3] || m[4];
    if (/^[a-z]+:\/\//i.test(src) || src.startsWith('//')) continue; // office.js
    files.push(src.replace(/^\.?\//, '').split('?')[0]);
  }
  return files;
}

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Opens `url` in a new page and returns ms from navigation start to the first real render. */
async function measureFirstRender(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
    return await page.evaluate((mark) => {
      const entry = performance.getEntriesByName(mark)[0];
      return entry ? entry.startTime : NaN;
    }, FIRST_RENDER_MARK);
  } finally {
    await page.close();
  }
}

module.exports = {
  repoRoot,
  distDir,
  artifactsDir,
  CHROMIUM_PATH,
  CHROMIUM_ARGS,
  FIRST_RENDER_MARK,
  chromiumAvailable,
  readBuildInfo,
  isFreshProductionBuild,
  ensureProductionBuild,
  runWebpackProduction,
  startStaticServer,
  launchChromium,
  isLocalUrl,
  initialScriptFiles,
  gzipSize,
  measureFirstRender,
};
