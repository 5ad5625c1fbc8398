# PO-overleg as a container image (see README, "In productie"; compose.yaml adds PostgreSQL).
#
# No Docker engine runs in this project's CI. So this file does nothing of its own: it copies files
# and runs the npm scripts that CI runs and tests in .ci/run's production smoke: `npm run build`,
# then, in a clean folder with exactly the files copied below, `npm ci --omit=dev` and
# `npm run start:prod`, checked with scripts/healthcheck.js. tests/prod/dockerfile.test.ts keeps
# this file and .ci/run in step.

ARG NODE_IMAGE=node:22-bookworm-slim

# --- build: every dependency, compile the server (dist/node) and the front end (dist/client) -------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# --- runtime: production dependencies and the build, run as the unprivileged user `node` ----------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY scripts/start.js scripts/healthcheck.js ./scripts/
COPY appPackage/assets ./appPackage/assets
COPY --from=build /app/dist ./dist
# Only for the embedded database (no DATABASE_URL): its folder must be writable by `node`.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3978
# Live: the process answers (no database). Migrations run before the server listens: start-period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "scripts/healthcheck.js", "live"]
# `npm run start:prod` execs node: SIGTERM (docker stop) reaches the server, which stops gracefully
# within SHUTDOWN_TIMEOUT_MS (8 s, under docker stop's 10 s).
CMD ["npm", "run", "start:prod"]
