/**
 * office.js on a closed network (`npm run build -- --env officejs=local`): the build serves its
 * own copy, taken from the `@microsoft/office-js` package (the CDN's tree, 86 MB), from the same
 * server as the task pane. office.js loads the rest relative to its own address
 * (`getOfficeJsBasePath()`), so the copy keeps the CDN's layout under dist/office-js/, and only
 * what Excel's task pane asks for is copied:
 *
 * - office.js itself, and o15apptofilemappingtable.js, which it loads when the page has no
 *   host information (opened in a plain browser, or by Office 2013) to settle Office.onReady;
 * - the Excel host scripts office.js picks as `excel-<platform>-<version>.js` from the host
 *   information Office adds to the pane's URL (`_host_Info=Excel$Win32$16.01$zh-CN$…`):
 *   Windows (win32 16.01), Mac (mac 16.00) and the web (web 16.00);
 * - the string tables for zh-CN and en-US (office.js falls back to en-us when a locale is
 *   missing);
 * - the telemetry scripts the host scripts load from the same folder (without them the
 *   console shows 404s; their uploads fail harmlessly on a closed network).
 *
 * Mobile (iOS, Android) and other hosts (Word, Outlook, …) are left out: they never load this
 * pane. The package's licence goes along with the files.
 */
'use strict';
const fs = require('fs');
const path = require('path');

/** Where the copy goes inside dist/ (and so the URL of office.js relative to taskpane.html). */
const LOCAL_DIR = 'office-js';
const CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-win32-16.01.js',
  'excel-mac-16.00.js',
  'excel-web-16.00.js',
  'zh-cn/office_strings.js',
  'en-us/office_strings.js',
  'telemetry/oteljs_agave.js',
  'ariatelemetry/aria-web-telemetry.js',
];

/** The package's dist/ folder; a clear error when the devDependency is not installed. */
function packageDist(root) {
  let pkg;
  try {
    pkg = require.resolve('@microsoft/office-js/package.json', { paths: [root] });
  } catch {
    throw new Error(
      '找不到 @microsoft/office-js：请先运行 npm ci。\n@microsoft/office-js is not installed: run npm ci first.',
    );
  }
  return path.join(path.dirname(pkg), 'dist');
}

/** CopyWebpackPlugin patterns for the local copy (every file must exist: a missing one fails the build). */
function copyPatterns(root) {
  const dist = packageDist(root);
  const patterns = FILES.map((file) => {
    const from = path.join(dist, file);
    if (!fs.existsSync(from))
      throw new Error(`@microsoft/office-js 缺少 ${file}\n@microsoft/office-js lacks ${file}`);
    // Copied byte for byte: `minimized` keeps terser (and its licence extraction) off them.
    return { from, to: `${LOCAL_DIR}/${file}`, info: { minimized: true } };
  });
  patterns.push({
    from: path.join(dist, '..', 'LICENSE.md'),
    to: `${LOCAL_DIR}/LICENSE.md`,
    info: { minimized: true },
  });
  return patterns;
}

/** The office.js URL taskpane.html and commands.html load. */
function officeJsUrl(mode) {
  return mode === 'local' ? `${LOCAL_DIR}/office.js` : CDN_URL;
}

module.exports = { LOCAL_DIR, CDN_URL, FILES, copyPatterns, officeJsUrl, packageDist };
