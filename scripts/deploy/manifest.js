/**
 * The manifest for a deployment: manifest.xml is written for the developer's
 * https://localhost:3000/; a build for an intranet server rewrites every URL to that server's
 * address (a sub-path is fine: Office only needs each URL to be https and under AppDomains)
 * and gives the release its own <Version>, so Office stops serving a cached older manifest.
 *
 * Plain CommonJS: webpack.config.js and scripts/validate-manifest.js use it, tests import it.
 */
'use strict';

/** Where manifest.xml points today (the dev server of `npm start`). */
const DEV_ORIGIN = 'https://localhost:3000/';

/** Why an --env origin=… cannot be used, in Chinese and English (one line each), or null. */
function originProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return `origin 不是有效的网址：${value}\norigin is not a valid URL: ${value}`;
  }
  // Office loads add-in pages only over https (the manifest's URLs must be https).
  if (url.protocol !== 'https:')
    return `origin 必须以 https:// 开头（Office 只从 HTTPS 加载加载项）：${value}\norigin must start with https:// (Office loads add-ins over HTTPS only): ${value}`;
  if (url.search || url.hash)
    return `origin 不能带 ? 或 # 部分：${value}\norigin must not have a query or fragment: ${value}`;
  if (url.username || url.password) return `origin 不能含用户名或密码\norigin must not contain credentials`;
  return null;
}

/**
 * `https://Host.example/sub/path` → `https://host.example/sub/path/` (always a trailing slash,
 * so `${base}taskpane.html` is the page). Throws with the bilingual reason when unusable.
 */
function normaliseOrigin(value) {
  const problem = originProblem(String(value));
  if (problem) throw new Error(problem);
  const url = new URL(String(value));
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/**
 * package.json's `1.2.3` as the manifest's four-part `1.2.3.0`; an explicit four-part version
 * (`--env version=1.2.3.4`) is kept. Each part is at most five digits (the schema's pattern).
 */
function manifestVersion(version) {
  const parts = String(version).split('-')[0].split('.');
  while (parts.length < 4) parts.push('0');
  if (parts.length > 4 || !parts.every((p) => /^\d{1,5}$/.test(p)))
    throw new Error(
      `版本号必须是最多四段数字（如 1.2.3）：${version}\nThe version must be up to four numeric parts (e.g. 1.2.3): ${version}`,
    );
  return parts.map((p) => String(Number(p))).join('.');
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * manifest.xml with every dev URL under `base` (normalised origin with path), AppDomain set to
 * the server's origin, and `<Version>` set. Throws if a localhost URL would remain.
 */
function deployManifest(xml, { base, version }) {
  const origin = new URL(base).origin;
  let out = xml.split(DEV_ORIGIN).join(escapeXml(base));
  out = out.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${escapeXml(origin)}</AppDomain>`);
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  const left = /https?:\/\/(localhost|127\.0\.0\.1)[:/]/i.exec(out);
  if (left && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/i.test(base))
    throw new Error(
      `manifest 中仍有本机地址：${left[0]}\nThe manifest still points at this computer: ${left[0]}`,
    );
  return out;
}

module.exports = { DEV_ORIGIN, originProblem, normaliseOrigin, manifestVersion, deployManifest };
