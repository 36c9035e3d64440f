/**
 * Builds the Excel add-in (task pane + ribbon function file) into dist/.
 *
 *   npx webpack --mode production        # dist/ for deployment, bundle budgets apply
 *   node scripts/start.js                # https://localhost:3000 dev server (see that file)
 *
 * Deployment (docs/部署指南.md), options given as `--env name=value` and parsed once, in
 * buildOptions() below, so further options join there:
 *
 *   npm run build -- --env origin=https://fzb.example.gov.cn/ledger-review/
 *       every manifest URL under that address (sub-paths are fine), the manifest <Version>
 *       from package.json's version (or --env version=1.2.3.4), and
 *       dist/ledger-review-addin-<version>.zip with everything the web server needs;
 *   npm run build -- --env officejs=local
 *       serve office.js and its Excel scripts from dist/office-js/ (closed networks) instead
 *       of Microsoft's CDN (the default).
 *
 * Budgets (checked by tests/e2e/taskpane.e2e.test.ts and scripts/bench/addin.js): the task
 * pane's initial JS is at most 300 KB gzip; the engine (xlsx reader and writer, validation,
 * review) loads only when a file is opened, as a lazy chunk (dynamic import in
 * src/engine/load.ts).
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { workspaceSources } = require('./scripts/workspace-sources');

const root = __dirname;
const { normaliseOrigin, deployManifest, DEV_ORIGIN } = require('./scripts/deploy/manifest');
const officeJs = require('./scripts/deploy/officeJs');
const { ZipPlugin } = require('./scripts/deploy/zipPlugin');

/**
 * Every `--env` option, parsed and checked once (webpack-cli passes `--env a=b` as env.a === 'b').
 * Unknown values fail the build with a bilingual message instead of building the wrong thing.
 */
function buildOptions(env = {}, argv = {}) {
  const mode = argv.mode || env.mode || 'production';
  const officeJsMode = env.officejs === undefined ? 'cdn' : String(env.officejs);
  if (officeJsMode !== 'cdn' && officeJsMode !== 'local') {
    throw new Error(
      `--env officejs 只能是 local 或 cdn：${officeJsMode}\n--env officejs must be local or cdn: ${officeJsMode}`,
    );
  }
  const version = env.version === undefined ? require('./package.json').version : String(env.version);
  // `--env host=wps`: the WPS 加载项 (webpack.wps.js) instead of the Excel add-in.
  const host = env.host === undefined ? 'excel' : String(env.host);
  if (host !== 'excel' && host !== 'wps') {
    throw new Error(`--env host 只能是 excel 或 wps：${host}\n--env host must be excel or wps: ${host}`);
  }
  return {
    mode,
    host,
    production: mode === 'production',
    /** Base URL the manifest points at, with a trailing slash. */
    origin: env.origin === undefined ? DEV_ORIGIN : normaliseOrigin(env.origin),
    officeJs: officeJsMode,
    version,
    /** The release zip is made by production builds (the dev server serves from memory). */
    zip: mode === 'production' && !env.WEBPACK_SERVE,
  };
}

/**
 * Writes dist/build-info.json (mode, time, entry files) so tests and benches can tell a fresh
 * production build from a stale or development one without rebuilding.
 */
class BuildInfoPlugin {
  constructor(mode) {
    this.mode = mode;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BuildInfoPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BuildInfoPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoints = {};
          for (const [name, entry] of compilation.entrypoints) {
            entrypoints[name] = entry.getFiles().filter((f) => f.endsWith('.js'));
          }
          const info = { mode: this.mode, builtAt: new Date().toISOString(), entrypoints };
          compilation.emitAsset(
            'build-info.json',
            new webpack.sources.RawSource(JSON.stringify(info, null, 2)),
          );
        },
      );
    });
  }
}
const DEV_PORT = 3000;

/** Node core modules the shared packages mention (the CLI side); none is needed in the browser build. */
const NODE_CORE_FALLBACKS = {
  fs: false,
  path: false,
  os: false,
  crypto: false,
  stream: false,
  zlib: false,
  util: false,
  buffer: false,
  events: false,
  url: false,
  http: false,
  https: false,
  net: false,
  tls: false,
  child_process: false,
  worker_threads: false,
  string_decoder: false,
  assert: false,
  constants: false,
};

module.exports = (env = {}, argv = {}) => {
  const options = buildOptions(env, argv);
  const { mode, production, host } = options;
  const officeJsUrl = officeJs.officeJsUrl(options.officeJs);
  const config = {
    mode,
    context: root,
    // No eval-based source maps: Office webviews and the CSP-free static hosts both handle files.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Chunks load relative to the page, so dist/ works from any origin and sub-path.
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      // The packages' exports maps, compiled from source (as tsconfig.json "paths" and jest do).
      alias: Object.fromEntries(
        Object.entries(workspaceSources(root)).map(([specifier, file]) => [`${specifier}$`, file]),
      ),
      fallback: NODE_CORE_FALLBACKS,
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(root, 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: {
                // ES modules, so webpack keeps `import()` as a split point (CommonJS output
                // would turn it into a synchronous require and pull the engine into the entry).
                module: 'esnext',
                moduleResolution: 'node',
                noEmit: false,
                declaration: false,
                sourceMap: true,
              },
            },
          },
        },
      ],
    },
    plugins: [
      // `node:fs` style specifiers: drop the scheme so the fallbacks above apply.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'body',
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        inject: 'body',
        officeJsUrl,
      }),
      new BuildInfoPlugin(mode),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              deployManifest(content.toString('utf8'), { base: options.origin, version: options.version }),
          },
          { from: 'src/support/support.html', to: 'support.html' },
          ...(options.officeJs === 'local' ? officeJs.copyPatterns(root) : []),
        ],
      }),
      ...(options.zip ? [new ZipPlugin({ version: options.version, webpack })] : []),
    ],
    optimization: {
      splitChunks: {
        // Only async chunks are split; the task pane's entry stays one file.
        chunks: 'async',
      },
    },
    performance: {
      // The entry budget is enforced in gzip by the e2e test and the bench.
      hints: false,
    },
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      hot: false,
      liveReload: !production,
      // Office loads the function file and the pane from other origins (Excel on the web).
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false } },
      static: false,
    },
  };
  return host === 'wps' ? require('./webpack.wps')(config, { env, production, root }) : config;
};

module.exports.DEV_PORT = DEV_PORT;
module.exports.buildOptions = buildOptions;
