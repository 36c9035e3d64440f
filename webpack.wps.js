/**
 * The WPS 加载项 build: `npm run build -- --env host=wps [--env origin=https://内网服务器/台账点评/wps]`.
 * webpack.config.js hands its Excel configuration here and this file turns it into the add-in
 * for WPS 表格, written to dist-wps/:
 *
 *   dist-wps/                    the folder to serve from the intranet server (online mode)
 *     index.html, main.js        the add-in's entry page and script (ribbon callbacks)
 *     ribbon.xml                 the 台账点评 tab: 校验台账 / 汇总台账 / 季度点评
 *     taskpane.html, *.js        the same task pane and engine as the Excel add-in, no office.js
 *     jsplugins.xml              the add-in list for oem.ini's JSPluginsServer (online: url = origin)
 *     jsaddons/                  offline installation (copy into the user's jsaddons folder)
 *       ledger-review_<version>/ the add-in's files
 *       publish.xml              the add-in list WPS reads in that folder
 *       install-windows.bat      copies both into %APPDATA%\kingsoft\wps\jsaddons
 *       install-linux.sh         copies both into ~/.local/share/Kingsoft/wps/jsaddons (统信 UOS, 银河麒麟)
 *
 * The folder layout, publish.xml and jsplugins.xml follow Kingsoft's wpsjs tooling (2.2.3:
 * src/lib/build.js writes `<name>_<version>` and publish.xml into jsaddons; debug writes
 * jsplugins.xml with `jspluginonline`). The WPS build never loads office.js, so the Excel
 * build's office.js options do not apply to it; `origin` is the address the online add-in is
 * served from (the Excel build's option of the same name).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ADDIN_NAME = 'ledger-review';
const DEFAULT_ORIGIN = 'https://localhost:3000';

const xmlAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `https://host/path` → `https://host/path/` (WPS joins ribbon.xml and index.html to it). */
function addinUrl(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`--env origin=${origin}：不是有效的网址（应为 https://服务器/路径）/ not a valid URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`--env origin=${origin}：只支持 http 或 https / only http(s) is supported`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function installWindows(folder) {
  return [
    '@echo off',
    'rem 台账点评 WPS 加载项：离线安装到当前用户的 jsaddons 文件夹（无需管理员权限）。',
    'rem Installs the Ledger Review WPS add-in into this user\'s jsaddons folder.',
    'chcp 65001 >nul',
    'set "DEST=%APPDATA%\\kingsoft\\wps\\jsaddons"',
    'if not exist "%DEST%" mkdir "%DEST%"',
    `xcopy /E /I /Y "%~dp0${folder}" "%DEST%\\${folder}" >nul`,
    'if not exist "%DEST%\\publish.xml" (',
    '  copy /Y "%~dp0publish.xml" "%DEST%\\publish.xml" >nul',
    ') else (',
    `  findstr /C:"name=\\"${ADDIN_NAME}\\"" "%DEST%\\publish.xml" >nul || powershell -NoProfile -Command "$p='%DEST%\\publish.xml'; $l=(Get-Content '%~dp0publish.xml' | Select-String '<jsplugin ').Line; (Get-Content -Raw $p) -replace '</jsplugins>', ($l + [Environment]::NewLine + '</jsplugins>') | Set-Content -Encoding UTF8 $p"`,
    ')',
    'echo 已安装到 %DEST%。请重新启动 WPS 表格，在“台账点评”选项卡中使用。',
    'pause',
    '',
  ].join('\r\n');
}

function installLinux(folder) {
  return [
    '#!/bin/sh',
    '# 台账点评 WPS 加载项：离线安装到当前用户的 jsaddons 文件夹（统信 UOS、银河麒麟等），无需 root。',
    '# Installs the Ledger Review WPS add-in into this user\'s jsaddons folder.',
    'set -e',
    'here=$(cd "$(dirname "$0")" && pwd)',
    'dest="$HOME/.local/share/Kingsoft/wps/jsaddons"',
    'mkdir -p "$dest"',
    `rm -rf "$dest/${folder}"`,
    `cp -R "$here/${folder}" "$dest/${folder}"`,
    'if [ ! -f "$dest/publish.xml" ]; then',
    '  cp "$here/publish.xml" "$dest/publish.xml"',
    `elif ! grep -q 'name="${ADDIN_NAME}"' "$dest/publish.xml"; then`,
    '  line=$(grep "<jsplugin " "$here/publish.xml")',
    '  tmp=$(mktemp)',
    '  awk -v line="$line" \'/<\\/jsplugins>/ { print line } { print }\' "$dest/publish.xml" > "$tmp" && mv "$tmp" "$dest/publish.xml"',
    'fi',
    'echo "已安装到 $dest。请重新启动 WPS 表格，在“台账点评”选项卡中使用。"',
    '',
  ].join('\n');
}

/** Emits jsplugins.xml (online) and the jsaddons/ offline package from the built assets. */
class WpsPackagePlugin {
  constructor({ origin, version }) {
    this.url = addinUrl(origin);
    this.version = version;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WpsPackagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After every other asset exists (BuildInfoPlugin reports at REPORT too; it is skipped below).
        { name: 'WpsPackagePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT + 1 },
        () => {
          const { RawSource } = webpack.sources;
          const folder = `${ADDIN_NAME}_${this.version}`;
          for (const name of Object.keys(compilation.assets)) {
            if (name.endsWith('.map') || name === 'build-info.json') continue;
            compilation.emitAsset(`jsaddons/${folder}/${name}`, compilation.assets[name]);
          }
          compilation.emitAsset(
            'jsplugins.xml',
            new RawSource(
              `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="et" url="${xmlAttr(this.url)}"/>\n</jsplugins>\n`,
            ),
          );
          compilation.emitAsset(
            'jsaddons/publish.xml',
            new RawSource(
              `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="${folder}" version="${this.version}" enable="enable_dev" install="null"/>\n</jsplugins>\n`,
            ),
          );
          compilation.emitAsset('jsaddons/install-windows.bat', new RawSource(installWindows(folder)));
          compilation.emitAsset('jsaddons/install-linux.sh', new RawSource(installLinux(folder)));
        },
      );
    });
  }
}

/** The Excel configuration of webpack.config.js, turned into the WPS 加载项's. */
module.exports = function wpsConfig(config, { env, root }) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return {
    ...config,
    entry: { taskpane: config.entry.taskpane, main: './src/wps/addin/main.ts' },
    output: {
      ...config.output,
      path: path.resolve(root, 'dist-wps'),
      // index.html names main.js; chunks keep their hashes.
      filename: (data) => (data.chunk && data.chunk.name === 'main' ? 'main.js' : config.output.filename),
    },
    plugins: [
      // The Excel pages, copies and release zip are the Excel add-in's; the WPS package is made below.
      ...config.plugins.filter((p) => !(p instanceof HtmlWebpackPlugin) && !(p instanceof CopyWebpackPlugin) && p.constructor.name !== 'ZipPlugin'),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        // The same page without office.js: WPS never needs it, and on a closed network it would only time out.
        template: './src/taskpane/taskpane.html',
        officeJsUrl: '',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'body',
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/wps/addin/index.html',
        chunks: ['main'],
        // The ribbon's callbacks must exist before WPS calls OnAddinLoad.
        scriptLoading: 'blocking',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/wps/addin/ribbon.xml', to: 'ribbon.xml' },
        ],
      }),
      new WpsPackagePlugin({ origin: env.origin || DEFAULT_ORIGIN, version: pkg.version }),
    ],
  };
};

module.exports.ADDIN_NAME = ADDIN_NAME;
module.exports.addinUrl = addinUrl;
