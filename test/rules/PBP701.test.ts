import { ruleTester } from '../helpers/rule-tester.js';

const dockerfile = { kind: 'dockerfile' as const, path: 'Dockerfile' };

ruleTester('PBP701', {
  valid: [
    {
      name: 'the final stage switches to an unprivileged user',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN useradd --create-home --uid 10001 app
        WORKDIR /home/app
        COPY --chown=app:app . .
        USER app
        CMD ["gunicorn", "app.wsgi:application", "--bind", "0.0.0.0:8000"]
      `,
    },
    {
      name: 'multi-stage: the builder runs as root, the runtime stage does not',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS builder
        RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

        FROM python:3.12-slim
        COPY --from=builder /wheels /wheels
        RUN pip install --no-cache-dir /wheels/* && adduser --system app
        USER 10001:10001
        CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
      `,
    },
    {
      name: 'the USER is set in the stage the final one builds on',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS base
        RUN useradd app
        USER app

        FROM base AS runtime
        COPY . /app
        CMD ["python", "-m", "app"]
      `,
    },
    {
      name: 'base images that already run unprivileged',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS build
        RUN pip install --no-cache-dir --target /deps -r requirements.txt

        FROM gcr.io/distroless/python3-debian12:nonroot
        COPY --from=build /deps /deps
        CMD ["app.py"]
      `,
    },
    {
      name: 'a base image from a build argument is not guessed at',
      ...dockerfile,
      code: `
        ARG BASE=python:3.12-slim
        FROM \${BASE}
        COPY . /app
        CMD ["python", "/app/main.py"]
      `,
    },
    {
      name: 'an entrypoint that drops privileges with gosu',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
        COPY docker-entrypoint.sh /usr/local/bin/
        ENTRYPOINT ["docker-entrypoint.sh"]
        CMD ["gunicorn", "app:app"]
      `,
    },
    {
      name: 'FROM scratch',
      ...dockerfile,
      code: `
        FROM golang:1.22 AS build
        RUN go build -o /healthcheck ./cmd/healthcheck

        FROM scratch
        COPY --from=build /healthcheck /healthcheck
        ENTRYPOINT ["/healthcheck"]
      `,
    },
    {
      name: 'an official database image whose entrypoint switches to its service user',
      kind: 'dockerfile',
      path: 'Dockerfile.db',
      code: `
        FROM postgres:16-alpine
        ENV POSTGRES_DB=shop
        COPY ./migrations/*.sql /docker-entrypoint-initdb.d/
      `,
    },
    {
      name: 'gunicorn switches user itself',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN useradd web
        CMD ["gunicorn", "--user", "web", "--bind", "0.0.0.0:8000", "app:app"]
      `,
    },
    {
      name: 'a development image',
      kind: 'dockerfile',
      path: 'docker/Dockerfile.dev',
      code: `
        FROM python:3.12
        CMD ["flask", "run", "--host", "0.0.0.0"]
      `,
    },
    {
      name: 'a dev container',
      kind: 'dockerfile',
      path: '.devcontainer/Dockerfile',
      code: `
        FROM mcr.microsoft.com/devcontainers/python:3.12
        RUN pip install --no-cache-dir -r requirements-dev.txt
      `,
    },
  ],
  invalid: [
    {
      name: 'single stage without USER (reported on its FROM)',
      ...dockerfile,
      code: `
        # API image
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        RUN pip install --no-cache-dir -r requirements.txt
        CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
      `,
      errors: [{ line: 2, column: 1, message: /never sets a USER/ }],
    },
    {
      name: 'the USER is only set in the builder stage',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS builder
        RUN useradd build
        USER build
        RUN pip wheel --no-cache-dir -w /wheels -r requirements.txt

        FROM python:3.12-slim
        COPY --from=builder /wheels /wheels
        RUN pip install --no-cache-dir /wheels/*
        CMD ["python", "-u", "-m", "app"]
      `,
      errors: [{ line: 6 }],
    },
    {
      name: 'switching back to root at the end (reported on that USER)',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN useradd app
        USER app
        COPY . /app
        USER root
        CMD ["python", "/app/main.py"]
      `,
      errors: [{ line: 5, message: /switches back to root/ }],
    },
    {
      name: 'USER 0 and pip install --user are not a user switch',
      ...dockerfile,
      code: `
        FROM python:3.11-slim
        RUN pip install --user --no-cache-dir -r requirements.txt
        USER 0:0
        CMD ["python", "-m", "app"]
      `,
      errors: [{ line: 3 }],
    },
    {
      name: 'a final stage built on an unprivileged-free chain of stages',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS base
        ENV PYTHONUNBUFFERED=1

        FROM base AS app
        COPY . /srv
        EXPOSE 8000
        CMD ["daphne", "-b", "0.0.0.0", "project.asgi:application"]
      `,
      errors: [{ line: 4 }],
    },
  ],
});
