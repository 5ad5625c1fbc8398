/**
 * The Outlook task pane (/app/outlook) for webpack, as a partial the front end's webpack config
 * imports (one entry, `outlook`, and its page):
 *
 *   const { outlookEntry, outlookPlugins } = require('./webpack.outlook');
 *   module.exports = { entry: { ...otherEntries, ...outlookEntry }, plugins: [...otherPlugins, ...outlookPlugins()] };
 *
 * The page loads Office.js from /vendor/office-js/office.js (served by the app) before the bundle.
 * `standaloneOutlookConfig` builds the task pane alone (the task pane's browser test uses it).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const outlookEntry = { outlook: path.resolve(__dirname, 'src/client/outlook/index.tsx') };

/** The page: served as /app/outlook (file outlook.html in the front end's output folder). */
const outlookPlugins = () => [
  new HtmlWebpackPlugin({
    template: path.resolve(__dirname, 'src/client/outlook/outlook.html'),
    filename: 'outlook.html',
    chunks: ['outlook'],
    scriptLoading: 'defer',
  }),
];

/**
 * A complete config for the task pane alone: output in outDir, assets under publicPath. TypeScript
 * emits ES modules here (tsconfig says commonjs for node) so webpack can tree-shake Fluent UI.
 */
function standaloneOutlookConfig({ outDir, mode = 'production', publicPath = '/app/' }) {
  return {
    mode,
    context: __dirname,
    entry: outlookEntry,
    output: { path: outDir, filename: '[name].[contenthash:8].js', publicPath, clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } }] },
    plugins: outlookPlugins(),
    devtool: false,
    performance: { hints: false },
  };
}

module.exports = { outlookEntry, outlookPlugins, standaloneOutlookConfig };
