# Roadie in a container: one process runs Discord, Slack, the announcer and the HTTP server
# (/healthz, /readyz, /metrics, and /slack/events in Slack HTTP mode), all on port 8080.
# The knowledge base lives on the /data volume; settings and tokens come from the environment.
#   docker build -t roadie .
#   docker run --env-file .env -e ROADIE_DB=/data/roadie.db -e ROADIE_HTTP_PORT=8080 -e PORT=8080 \
#       -v roadie-data:/data -p 8080:8080 roadie
# (the -e flags win over the blank or different values a copy of .env.example holds; compose.yaml
# does the same.)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The exact versions Roadie was tested with, in their own layer: rebuilt only when the lock
# file changes.
COPY requirements.lock ./
RUN pip install --no-deps -r requirements.lock

COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
RUN pip install --no-deps . && rm -rf build

RUN useradd --create-home --uid 10001 roadie \
    && mkdir /data \
    && chown roadie:roadie /data
USER roadie

ENV ROADIE_DB=/data/roadie.db \
    ROADIE_HTTP_PORT=8080 \
    PORT=8080 \
    ROADIE_LOG_FORMAT=json
VOLUME ["/data"]
EXPOSE 8080

# Liveness: the event loop answers. The first start builds the knowledge base from the bundled
# articles (up to a minute on a small machine) before the server listens, hence the start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('ROADIE_HTTP_PORT', '8080'), timeout=4)"]

# SIGTERM (docker stop) makes Roadie put back its sends in flight and exit 0 within 10 s.
STOPSIGNAL SIGTERM
CMD ["roadie", "run", "--no-console"]
