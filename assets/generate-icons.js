#!/usr/bin/env node
/* global document */
/**
 * Renders the add-in icons (PNG, transparent corners) by screenshotting a Chinese glyph on a
 * rounded tile in headless Chromium, so the icons use a real CJK font instead of hand-drawn
 * pixels. Run it only when the design changes; the PNGs are committed:
 *
 *   node assets/generate-icons.js
 *
 * Needs Debian's chromium and fonts-wqy-zenhei (without the font, Chinese renders as boxes). Nothing leaves the machine:
 * the page is built from a data URL.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
// The e2e tests' way of running Debian's chromium headless, offline.
const { CHROMIUM_ARGS, CHROMIUM_PATH } = require('../tests/e2e/harness-core');

/** One tile per ribbon button plus the add-in's own icon (账 = ledger). */
const ICONS = [
  { name: 'icon', glyph: '账', background: '#A4262C', sizes: [16, 32, 64, 80, 128] },
  { name: 'validate', glyph: '验', background: '#107C41', sizes: [16, 32, 80] },
  { name: 'consolidate', glyph: '汇', background: '#0F6CBD', sizes: [16, 32, 80] },
  { name: 'review', glyph: '评', background: '#8A3707', sizes: [16, 32, 80] },
];

function tileHtml(glyph, background, size) {
  // Small tiles get a larger glyph share and a smaller corner radius so the stroke stays legible.
  const radius = Math.max(2, Math.round(size * 0.18));
  const fontSize = Math.round(size * (size <= 16 ? 0.92 : 0.72));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;padding:0;background:transparent;}
    #tile{width:${size}px;height:${size}px;border-radius:${radius}px;background:${background};
      display:flex;align-items:center;justify-content:center;overflow:hidden;
      color:#fff;font-family:'WenQuanYi Zen Hei',sans-serif;font-size:${fontSize}px;line-height:1;}
  </style></head><body><div id="tile">${glyph}</div></body></html>`;
}

async function main() {
  const outDir = __dirname;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-icons-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    for (const icon of ICONS) {
      for (const size of icon.sizes) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(tileHtml(icon.glyph, icon.background, size));
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(outDir, `${icon.name}-${size}.png`);
        await page.locator('#tile').screenshot({ path: file, omitBackground: true });
        console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
      }
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
