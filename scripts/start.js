/**
 * `npm start` and `npm run start:prod` (plain JavaScript: production has no TypeScript tooling).
 *
 * - Development (the default): the server from the TypeScript sources (through tsx), at once. Once
 *   it listens, the front end is built in a background process when dist/client is missing or
 *   older than its sources (`webpack.config.js --if-stale`, at low priority); until it is there the
 *   app's pages say so and refresh themselves. The API answers meanwhile.
 * - NODE_ENV=production (`npm run start:prod`, also `NODE_ENV=production npm start`): the compiled
 *   build of `npm run build` (dist/node and dist/client), with production dependencies only
 *   (`npm ci --omit=dev`). Without a build it refuses and says how to make one.
 *
 * The server runs in this process (no wrapper to pass signals on): SIGTERM and SIGINT reach
 * src/server/main.ts, which stops gracefully.
 */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

function fail(message) {
  process.stderr.write(`PO-overleg: ${message}\n`);
  process.exit(1);
}

function startProduction() {
  const main = path.join(ROOT, 'dist', 'node', 'server', 'main.js');
  if (!fs.existsSync(main)) fail('er is geen productiebuild (dist/node ontbreekt). Bouw die eerst met: npm run build');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client', 'tab.html')))
    fail('de front end ontbreekt in de productiebuild (dist/client). Bouw die eerst met: npm run build');
  return require(main).run();
}

/** Builds dist/client when stale, in a child process at low priority, while the server starts. */
function buildFrontEndInBackground() {
  const child = spawn(process.execPath, [path.join(ROOT, 'webpack.config.js'), '--if-stale'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    os.setPriority(child.pid, 10);
  } catch {
    // Not allowed here: the build then competes with the server at normal priority.
  }
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) {
      process.stderr.write('PO-overleg: het bouwen van de front end is mislukt (zie hierboven); de server draait door. Opnieuw: npm run build:client\n');
    }
  });
  process.on('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
}

function startDevelopment() {
  let tsx;
  try {
    tsx = require('tsx/cjs/api');
  } catch {
    fail(
      'tsx ontbreekt: deze installatie heeft alleen de productiepakketten (npm ci --omit=dev). ' +
        'Start de productiebuild met NODE_ENV=production npm start (of npm run start:prod), of installeer alles met npm ci.',
    );
  }
  tsx.register();
  // And the ESM loader, as the tsx command has it: main.ts loads the Graph sandbox with import().
  import('tsx/esm/api').then(
    (esm) => {
      esm.register();
      // The server first, so it answers within seconds; then the build, which would slow its start.
      return require(path.join(ROOT, 'src', 'server', 'main.ts'))
        .run()
        .then(buildFrontEndInBackground);
    },
    (err) => fail(`tsx kon niet laden: ${err.message}`),
  );
}

// dist/client, appPackage/assets and the embedded database are found from the project folder.
process.chdir(ROOT);
if (process.env.NODE_ENV === 'production') startProduction();
else startDevelopment();
