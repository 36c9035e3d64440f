/**
 * Builds the Excel add-in (task pane + ribbon function file) into dist/.
 *
 *   npx webpack --mode production        # dist/ for deployment, bundle budgets apply
 *   node scripts/start.js                # https://localhost:3000 dev server (see that file)
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
  const mode = argv.mode || env.mode || 'production';
  const production = mode === 'production';
  return {
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
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        inject: 'body',
      }),
      new BuildInfoPlugin(mode),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'src/support/support.html', to: 'support.html' },
        ],
      }),
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
};

module.exports.DEV_PORT = DEV_PORT;
