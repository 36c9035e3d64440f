#!/usr/bin/env node
/**
 * `npm start`: serves the add-in over https://localhost:3000 (the origin manifest.xml names)
 * with webpack-dev-server, using the Office add-in developer certificates. Needs no network.
 *
 *   node scripts/start.js                 production build, served from memory (default)
 *   node scripts/start.js --dev           development build with live reload
 *   node scripts/start.js --port 3001     another port (browser mode only: the manifest says 3000)
 *   node scripts/start.js --cert-dir DIR  use/create certificates in DIR instead of ~/.office-addin-dev-certs
 *   node scripts/start.js --sideload      also sideload into Excel desktop via office-addin-debugging
 *                                         (Windows/Mac, only if that optional package is installed)
 *
 * Certificates: office-addin-dev-certs' getHttpsServerOptions() creates them and installs its CA
 * into the system's trust store. Where that fails (no sudo, no admin rights, Linux CI), the
 * certificates it generated (or ones generated here with its generateCertificates API) are
 * passed to the server directly and the CA stays untrusted; the script says so in both languages.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..');
const MANIFEST_PORT = 3000;

function parseArgs(argv) {
  const args = { dev: false, port: MANIFEST_PORT, certDir: null, sideload: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dev') args.dev = true;
    else if (a === '--sideload') args.sideload = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--port') args.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) args.port = Number(a.slice(7));
    else if (a === '--cert-dir') args.certDir = path.resolve(argv[++i]);
    else if (a.startsWith('--cert-dir=')) args.certDir = path.resolve(a.slice(11));
    else throw new Error(`未知参数 Unknown option: ${a} (see --help)`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new Error('端口无效 Invalid --port');
  return args;
}

/** Certificate files that exist, parse, cover localhost and stay valid for another day. */
function usableCertificates(paths) {
  try {
    const cert = fs.readFileSync(paths.cert);
    const key = fs.readFileSync(paths.key);
    const ca = fs.readFileSync(paths.ca);
    const x509 = new crypto.X509Certificate(cert);
    const dayAhead = Date.now() + 24 * 3600 * 1000;
    if (new Date(x509.validTo).getTime() < dayAhead) return null;
    if (!x509.checkHost('localhost')) return null;
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) return null;
    return { key, cert, ca };
  } catch {
    return null;
  }
}

function certPaths(dir) {
  return {
    ca: path.join(dir, 'ca.crt'),
    cert: path.join(dir, 'localhost.crt'),
    key: path.join(dir, 'localhost.key'),
  };
}

/**
 * HTTPS options for the dev server. Resolves to { options, trusted, dir }.
 */
async function httpsOptions(certDir) {
  const devCerts = require('office-addin-dev-certs');
  // The package's default folder (~/.office-addin-dev-certs); lib/defaults is not re-exported.
  const { certificateDirectory } = require('office-addin-dev-certs/lib/defaults');
  if (!certDir) {
    try {
      const options = await devCerts.getHttpsServerOptions();
      return { options, trusted: true, dir: certificateDirectory };
    } catch (err) {
      console.warn(
        `office-addin-dev-certs: ${String(err && err.message ? err.message : err).split('\n')[0]}`,
      );
    }
  }
  const dir = certDir || certificateDirectory;
  const paths = certPaths(dir);
  let options = usableCertificates(paths);
  if (!options) {
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
    options = usableCertificates(paths);
    if (!options) throw new Error(`无法生成可用的证书 Could not generate usable certificates in ${dir}`);
  }
  return { options, trusted: false, dir };
}

function untrustedCaMessage(dir) {
  const ca = path.join(dir, 'ca.crt');
  return [
    '',
    '⚠ 本机未信任开发用根证书（CA）：证书已生成，但没有安装到系统的受信任证书中（需要管理员权限）。',
    '  浏览器和 Excel 会提示 https://localhost 的证书不受信任，加载项可能无法在 Excel 中打开。',
    '⚠ The development CA is NOT trusted on this machine: the certificates were generated but',
    '  could not be installed into the system trust store (that needs admin rights). Browsers and',
    '  Excel will warn that https://localhost is not trusted; Excel may refuse to load the add-in.',
    `  CA file / 根证书文件: ${ca}`,
    '  To trust it / 信任方法:',
    '    Windows, Mac: npx office-addin-dev-certs install   (as your normal user / 以普通用户运行)',
    `    Linux Chromium: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n office-addin-dev -i "${ca}"`,
    '    or open the page once and accept the warning / 或先在浏览器中打开页面并选择继续访问.',
    '',
  ].join('\n');
}

function sideloadHelp(origin) {
  const manifest = path.join(root, 'manifest.xml');
  return [
    '',
    `台账点评 Ledger Review is served at ${origin}/`,
    `  浏览器模式 Browser mode (WPS / LibreOffice users): ${origin}/taskpane.html`,
    `  manifest: ${manifest}`,
    '',
    '在 Excel 中旁加载 manifest.xml / Sideload manifest.xml into Excel:',
    '  Windows (Excel desktop):',
    '    1. 将 manifest.xml 所在文件夹设为网络共享（如 \\\\电脑名\\addins）。Share the folder holding manifest.xml.',
    '    2. 文件 > 选项 > 信任中心 > 信任中心设置 > 受信任的加载项目录：添加该共享路径，勾选“显示在菜单中”。',
    '       File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs: add the share, tick "Show in Menu".',
    '    3. 重启 Excel，插入 > 我的加载项 > 共享文件夹 > 台账点评。Restart Excel; Insert > My Add-ins > SHARED FOLDER > Ledger Review.',
    '  Mac (Excel for Mac):',
    '    1. mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef',
    `    2. cp "${manifest}" ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/`,
    '    3. 重启 Excel，插入 > 我的加载项 > 开发人员加载项。Restart Excel; Insert > My Add-ins > Developer Add-ins.',
    '  Excel 网页版 Excel on the web:',
    '    开始 > 加载项 > 更多加载项 > 我的加载项 > 上传我的加载项，选择 manifest.xml。',
    '    Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, then choose manifest.xml.',
    '    （浏览器必须信任 https://localhost:3000 的证书。The browser must trust the certificate of https://localhost:3000.)',
    '',
  ].join('\n');
}

function officeAddinDebuggingCli() {
  try {
    const pkg = require.resolve('office-addin-debugging/package.json', { paths: [root] });
    const cli = path.join(path.dirname(pkg), 'cli.js');
    return fs.existsSync(cli) ? cli : null;
  } catch {
    return null;
  }
}

/** Sideloads into Excel desktop where that is possible, otherwise explains why not. */
function maybeSideload(args) {
  const desktop = process.platform === 'win32' || process.platform === 'darwin';
  const cli = officeAddinDebuggingCli();
  if (!desktop) {
    if (args.sideload)
      console.log(
        '--sideload: 本机没有 Excel 桌面版（仅 Windows/Mac 有）。No Excel desktop on this platform (Windows/Mac only); use Excel on the web.',
      );
    return null;
  }
  if (!cli) {
    console.log(
      [
        'office-addin-debugging 未安装（可选依赖：它带有需要编译的 keytar，约 500 MB），因此不会自动旁加载。',
        'office-addin-debugging is not installed (optional: it brings keytar, which must compile, ~500 MB), so no',
        'automatic sideloading. To enable it / 如需启用: npm install --no-save office-addin-debugging, then',
        '  node scripts/start.js --sideload',
      ].join('\n'),
    );
    return null;
  }
  if (!args.sideload) {
    console.log(
      'office-addin-debugging 已安装：加 --sideload 可自动旁加载到 Excel。Installed: add --sideload to sideload into Excel.',
    );
    return null;
  }
  if (args.port !== MANIFEST_PORT) {
    console.log(
      `--sideload 需要端口 ${MANIFEST_PORT}（manifest.xml 中的地址）。--sideload needs port ${MANIFEST_PORT} (the manifest's origin).`,
    );
    return null;
  }
  const manifest = path.join(root, 'manifest.xml');
  const child = spawn(
    process.execPath,
    [
      cli,
      'start',
      manifest,
      'desktop',
      '--app',
      'excel',
      '--no-debug',
      '--no-live-reload',
      '--dev-server-port',
      String(MANIFEST_PORT),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  return () =>
    new Promise((resolve) => {
      const stop = spawn(process.execPath, [cli, 'stop', manifest], { cwd: root, stdio: 'inherit' });
      stop.on('close', () => resolve());
      stop.on('error', () => resolve());
      child.kill();
    });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(
      fs
        .readFileSync(__filename, 'utf8')
        .split('\n')
        .slice(2, 12)
        .map((l) => l.replace(/^ \* ?/, ''))
        .join('\n'),
    );
    return;
  }
  const mode = args.dev ? 'development' : 'production';
  if (args.port !== MANIFEST_PORT) {
    console.warn(
      `注意：manifest.xml 使用端口 ${MANIFEST_PORT}；端口 ${args.port} 只适用于浏览器模式。Note: manifest.xml uses port ${MANIFEST_PORT}; port ${args.port} suits browser mode only.`,
    );
  }

  const { options, trusted, dir } = await httpsOptions(args.certDir);
  if (!trusted) console.warn(untrustedCaMessage(dir));

  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require(path.join(root, 'webpack.config.js'))({ WEBPACK_SERVE: true }, { mode });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port: args.port,
      server: { type: 'https', options: { key: options.key, cert: options.cert, ca: options.ca } },
      // Production-like by default: no client script injected, no live reload.
      client: args.dev ? config.devServer.client : false,
      webSocketServer: args.dev ? 'ws' : false,
      liveReload: args.dev,
      open: false,
    },
    compiler,
  );

  await new Promise((resolve, reject) => {
    compiler.hooks.done.tap('start', (stats) =>
      stats.hasErrors() ? reject(new Error(stats.toString('errors-only'))) : resolve(),
    );
    server.start().catch(reject);
  });
  const port = server.server.address().port;
  const origin = new URL(`https://localhost:${port}`).origin;
  console.log(sideloadHelp(origin));
  console.log(`LISTENING ${origin} (${mode})`);

  const stopSideload = maybeSideload(args);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    if (stopSideload) await stopSideload();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  if (err && err.code === 'EADDRINUSE') {
    console.error(
      '端口已被占用（可能已有 npm start 在运行）。The port is in use (is npm start already running?).',
    );
  } else {
    console.error(err && err.stack ? err.stack : err);
  }
  process.exit(1);
});
