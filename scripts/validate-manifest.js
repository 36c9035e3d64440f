#!/usr/bin/env node
/**
 * `npm run validate` (the Office add-in template's script name): checks the manifest
 *
 * 1. offline, against Microsoft's XSDs copied into schemas/office-addin-manifest/ (xmllint), and
 *    that every URL in it is https and under one of its AppDomains;
 * 2. online, with `office-addin-manifest validate` (Microsoft's validation web service), where
 *    that service is reachable; where it is not (a closed network, CI), it says so plainly
 *    instead of passing silently: offline, the tool prints "Unable to contact the manifest
 *    validation service" and proves nothing.
 *
 *   npm run validate                      manifest.xml, and dist/manifest.xml when a build exists
 *   npm run validate -- path/manifest.xml one file
 *   npm run validate -- --offline         skip the web service
 *
 * Exit code 0 when every file passed the offline checks (and the service, if it answered, found
 * no error); 1 when any did not; 2 when xmllint is missing.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const SCHEMA = path.join(root, 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const ONLINE_TIMEOUT_MS = 60_000;

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : null;
}

/** Schema check with xmllint: { ok, output }. */
function schemaCheck(file) {
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

/** URLs the schema cannot judge: https only, each under an AppDomain (or the page's own origin). */
function urlProblems(xml) {
  const problems = [];
  const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim());
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
  const pageOrigin = source ? new URL(source[1]).origin : null;
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  for (const url of urls) {
    if (!url.startsWith('https://')) problems.push(`不是 https：${url}（not https）`);
    const origin = new URL(url).origin;
    if (origin !== pageOrigin && !domains.includes(origin))
      problems.push(`不在 AppDomains 中：${url}（not under an AppDomain）`);
  }
  for (const d of domains) if (!d.startsWith('https://')) problems.push(`AppDomain 不是 https：${d}`);
  return problems;
}

/** office-addin-manifest validate: { status: 'valid' | 'invalid' | 'unreachable' | 'unavailable', output }. */
function onlineCheck(file) {
  let cli;
  try {
    cli = require.resolve('office-addin-manifest/cli.js', { paths: [root] });
  } catch {
    return { status: 'unavailable', output: 'office-addin-manifest is not installed' };
  }
  const r = spawnSync(process.execPath, [cli, 'validate', file], {
    encoding: 'utf8',
    timeout: ONLINE_TIMEOUT_MS,
  });
  const output = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (/Unable to contact the manifest validation service/i.test(output) || r.error)
    return { status: 'unreachable', output };
  if (/The manifest is valid/i.test(output) && !/The manifest is not valid/i.test(output))
    return { status: 'valid', output };
  return { status: 'invalid', output };
}

function main() {
  const args = process.argv.slice(2);
  const offline = args.includes('--offline');
  let files = args.filter((a) => !a.startsWith('--')).map((f) => path.resolve(f));
  if (!files.length) {
    files = [path.join(root, 'manifest.xml')];
    const built = path.join(root, 'dist', 'manifest.xml');
    if (fs.existsSync(built)) files.push(built);
  }
  if (!which('xmllint')) {
    console.error(
      '找不到 xmllint（Debian/Ubuntu：apt-get install libxml2-utils）。\nxmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils).',
    );
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    const shown = path.relative(process.cwd(), file) || file;
    if (!fs.existsSync(file)) {
      console.error(`✗ ${shown}: 文件不存在 / not found`);
      failed = true;
      continue;
    }
    const schema = schemaCheck(file);
    const problems = urlProblems(fs.readFileSync(file, 'utf8'));
    if (schema.ok && !problems.length) {
      console.log(
        `✓ ${shown}: 符合清单架构（离线，schemas/office-addin-manifest/）/ valid against the manifest schema (offline)`,
      );
    } else {
      failed = true;
      console.error(`✗ ${shown}: 清单有错误 / the manifest has errors`);
      if (!schema.ok) console.error(schema.output);
      for (const p of problems) console.error(`  ${p}`);
    }
    if (offline) {
      console.log('  在线校验：已跳过（--offline）。Online validation: skipped (--offline).');
      continue;
    }
    const online = onlineCheck(file);
    if (online.status === 'valid') {
      console.log(
        '  在线校验：微软的清单校验服务认为有效。Online validation: the Microsoft service found it valid.',
      );
    } else if (online.status === 'unreachable') {
      console.log(
        '  在线校验：无法连接微软的清单校验服务（本机离线或被拦截），没有做在线校验；以上离线结果仍然有效。\n' +
          '  Online validation: the Microsoft validation service cannot be reached from here, so it was NOT done; the offline result above stands.',
      );
    } else if (online.status === 'unavailable') {
      console.log(
        `  在线校验：未安装 office-addin-manifest，没有做在线校验。Online validation not done: ${online.output}`,
      );
    } else {
      failed = true;
      console.error('  在线校验：微软的清单校验服务报告了问题 / the Microsoft service reported problems:');
      console.error(online.output.replace(/^/gm, '    '));
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
