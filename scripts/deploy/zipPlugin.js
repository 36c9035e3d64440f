/**
 * dist/ledger-review-addin-<version>.zip: everything the web server needs, in one file for the
 * office's IT (unzip into the folder the --env origin address serves). Source maps and the
 * build's own bookkeeping (build-info.json) stay out; the pages, scripts, icons, manifest,
 * help page and, with officejs=local, the office.js copy go in. The same zip, unpacked anywhere
 * and opened with a double click on taskpane.html, is the browser page for WPS users.
 */
'use strict';
const { zipSync } = require('fflate');

const PLUGIN = 'LedgerReviewZipPlugin';

function zipName(version) {
  return `ledger-review-addin-${version}.zip`;
}

/** Whether an emitted asset belongs in the server's folder. */
function shipped(name) {
  return !name.endsWith('.map') && name !== 'build-info.json' && !name.endsWith('.zip');
}

class ZipPlugin {
  constructor({ version, webpack }) {
    this.version = version;
    this.webpack = webpack;
  }

  apply(compiler) {
    const { Compilation, sources } = this.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After every other asset exists (HTML, copies, hashes, build-info).
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT + 100 },
        () => {
          const entries = {};
          const mtime = new Date();
          for (const asset of compilation.getAssets()) {
            if (!shipped(asset.name)) continue;
            const bytes = new Uint8Array(asset.source.buffer());
            // PNGs are compressed already; text compresses about 4:1.
            entries[asset.name] = [bytes, { level: asset.name.endsWith('.png') ? 0 : 6, mtime }];
          }
          compilation.emitAsset(zipName(this.version), new sources.RawSource(Buffer.from(zipSync(entries))));
        },
      );
    });
  }
}

module.exports = { ZipPlugin, zipName, shipped };
