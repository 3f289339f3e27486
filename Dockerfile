# Graph Auth Doctor: build with the dev toolchain, run with production dependencies only.
# docker build -t graph-auth-doctor .
# docker run -p 3978:3978 -e MicrosoftAppId=… -e MicrosoftAppPassword=… -e MicrosoftAppTenantId=… graph-auth-doctor
# (MicrosoftAppType is inferred: a tenant id with a secret is SingleTenant.)
#
# Node 24 LTS (supported until April 2028; the suite also runs on 22 in CI: .ci/run).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY test ./test
COPY scripts ./scripts
COPY bench ./bench
RUN npx tsc -p tsconfig.json

FROM node:24-bookworm-slim AS runtime
# HOST=0.0.0.0: a container is reached through its network interface, never its loopback. Without
# MicrosoftAppId the bot still refuses to start on it (local mode is loopback only), so the image
# cannot serve unauthenticated by accident.
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    LOG_LEVEL=info
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/src ./dist/src
COPY cards ./cards
COPY manifest ./manifest
COPY data ./data
USER node
EXPOSE 3978
# Readiness: /healthz answers 503 while shutting down, so a load balancer drains the instance.
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# SIGTERM finishes the turns in flight, then exits (graceful shutdown). A larger young generation
# (semi-space) cuts garbage-collection time per turn: see README, Performance.
CMD ["node", "--max-semi-space-size=32", "dist/src/index.js"]
