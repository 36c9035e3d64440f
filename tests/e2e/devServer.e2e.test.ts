/**
 * scripts/start.js (what `npm start` runs): https dev server with the Office developer
 * certificates, usable where the CA cannot be installed (here: no sudo), and no network.
 * Uses a temporary certificate folder and a random port so it never touches
 * ~/.office-addin-dev-certs or a running `npm start`.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { repoRoot } from './harness';
import { httpsGet } from './httpsStatic';

describe('scripts/start.js', () => {
  let child: ChildProcess | undefined;
  let output = '';
  let origin = '';
  const certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-certs-'));

  beforeAll(async () => {
    child = spawn(process.execPath, ['scripts/start.js', '--dev', '--port', '0', '--cert-dir', certDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    origin = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /LISTENING (https:\/\/localhost:\d+)/.exec(output);
        if (m) {
          clearInterval(timer);
          resolve(m[1]);
        }
      }, 100);
      child!.on('exit', (code) => {
        clearInterval(timer);
        reject(new Error(`start.js exited with ${code}:\n${output}`));
      });
    });
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(certDir, { recursive: true, force: true });
  });

  test('serves the task pane, function file, manifest and icons over https with a certificate chaining to the dev CA', async () => {
    const ca = fs.readFileSync(path.join(certDir, 'ca.crt'));
    const pane = await httpsGet(`${origin}/taskpane.html`, ca);
    expect(pane.status).toBe(200);
    expect(pane.body.toString()).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect((await httpsGet(`${origin}/commands.html`, ca)).status).toBe(200);
    const manifest = await httpsGet(`${origin}/manifest.xml`, ca);
    expect(manifest.body.toString()).toContain('<Id>');
    const icon = await httpsGet(`${origin}/assets/icon-80.png`, ca);
    expect(icon.status).toBe(200);
    expect(icon.body.subarray(1, 4).toString()).toBe('PNG');
  });

  test('says, in Chinese and English, that the CA is not trusted, and how to sideload', () => {
    expect(output).toContain('本机未信任开发用根证书');
    expect(output).toContain('The development CA is NOT trusted on this machine');
    expect(output).toContain(path.join(certDir, 'ca.crt'));
    for (const where of ['Windows (Excel desktop)', 'Mac (Excel for Mac)', 'Excel on the web'])
      expect(output).toContain(where);
    expect(output).toContain(`${origin}/taskpane.html`);
  });
});
