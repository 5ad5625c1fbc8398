/**
 * The Teams front end: ONE ENTRY PER SURFACE, each with its own page, built into dist/client and
 * served by the app under /app/ (src/server/app.ts):
 *
 *   /app/tab      personal tab "PO-overleg"           src/client/tab
 *   /app/channel  channel tab (POs and verslagen)     src/client/channel
 *   /app/config   config page of the configurable tab src/client/config
 *   /app/meeting  meeting details tab and side panel  src/client/meeting
 *   /app/stage    meeting stage                       src/client/stage
 *   /app/outlook  Outlook task pane (add-in)          src/client/outlook
 *
 * `npx webpack` builds (production: minified, tree-shaken, shared chunks split out); so does
 * `npm run build` (with the server). `node webpack.config.js --if-stale` builds only when dist/client
 * is missing or older than the sources: `npm start` runs it in the background (scripts/start.js),
 * so a fresh clone answers at once after `npm ci` and its pages appear when the build is done.
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OUT_DIR = path.resolve(__dirname, 'dist/client');
const STAMP = path.join(OUT_DIR, '.build-stamp');

/**
 * The surfaces: entry module, page title, and whether the page loads Office.js first (the Outlook
 * add-in; served by the app at /vendor/office-js/, src/server/routes/system/addinAssets.ts).
 */
const SURFACES = {
  tab: { entry: 'src/client/tab/index.tsx', title: 'PO-overleg' },
  channel: { entry: 'src/client/channel/index.tsx', title: 'PO-overleg – verslagen' },
  config: { entry: 'src/client/config/index.tsx', title: 'PO-overleg – instellen' },
  meeting: { entry: 'src/client/meeting/index.tsx', title: 'PO-overleg – vergadering' },
  stage: { entry: 'src/client/stage/index.tsx', title: 'PO-overleg – scherm' },
  outlook: { entry: 'src/client/outlook/index.tsx', title: 'PO-overleg – agenda in de uitnodiging', officeJs: true },
};

function config(_env = {}, argv = {}) {
  const mode = argv.mode || 'production';
  return {
    mode,
    context: __dirname,
    entry: Object.fromEntries(Object.entries(SURFACES).map(([name, s]) => [name, path.resolve(__dirname, s.entry)])),
    output: {
      path: OUT_DIR,
      publicPath: '/app/',
      filename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          // ES modules for webpack (tsconfig says commonjs for node) so Fluent UI is tree-shaken.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node10', sourceMap: mode !== 'production' } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
        },
      },
    },
    plugins: [
      ...Object.entries(SURFACES).map(
        ([name, s]) =>
          new HtmlWebpackPlugin({
            template: path.resolve(__dirname, 'src/client/page.html'),
            filename: `${name}.html`,
            chunks: [name],
            title: s.title,
            officeJs: s.officeJs === true,
            scriptLoading: 'defer',
          }),
      ),
    ],
    devtool: mode === 'production' ? false : 'eval-source-map',
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

/** The newest modification time under these paths (files only). */
function newest(paths) {
  let max = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) visit(path.join(p, f));
    else max = Math.max(max, st.mtimeMs);
  };
  paths.forEach((p) => visit(path.resolve(__dirname, p)));
  return max;
}

const SOURCES = ['src/client', 'src/domain', 'src/shared', 'webpack.config.js', 'package-lock.json'];

function isStale() {
  if (!fs.existsSync(STAMP)) return true;
  return newest(SOURCES) > fs.statSync(STAMP).mtimeMs;
}

/** Builds the front end (production) when it is missing or older than its sources. */
function buildIfStale({ force = false, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  if (!force && !isStale()) return Promise.resolve(false);
  log('PO-overleg: de front end wordt gebouwd (dist/client)…');
  const webpack = require('webpack');
  return new Promise((resolve, reject) => {
    webpack(config({}, { mode: 'production' })).run((err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      fs.writeFileSync(STAMP, new Date().toISOString());
      resolve(true);
    });
  });
}

module.exports = config;
module.exports.buildIfStale = buildIfStale;
module.exports.OUT_DIR = OUT_DIR;
module.exports.SURFACES = Object.keys(SURFACES);

if (require.main === module) {
  const force = !process.argv.includes('--if-stale');
  const started = Date.now();
  buildIfStale({ force }).then(
    (built) => {
      if (built) process.stderr.write(`PO-overleg: front end gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
