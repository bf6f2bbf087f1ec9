import { ruleTester } from '../helpers/rule-tester.js';

const dockerfile = { kind: 'dockerfile' as const, path: 'Dockerfile' };

ruleTester('PBP703', {
  valid: [
    {
      name: '--no-cache-dir (also before the subcommand, and abbreviated)',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        RUN python -m pip --no-cache-dir install gunicorn
        RUN pip3 install --no-cache uvicorn
      `,
    },
    {
      name: 'PIP_NO_CACHE_DIR in ENV, in ARG of a parent stage, or on the command',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS base
        ENV PIP_NO_CACHE_DIR=1 \\
            PIP_DISABLE_PIP_VERSION_CHECK=1
        FROM base
        RUN pip install -r requirements.txt
      `,
    },
    {
      name: 'inline and exported PIP_NO_CACHE_DIR',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN PIP_NO_CACHE_DIR=off pip install -r requirements.txt
        RUN export PIP_NO_CACHE_DIR=1 && pip install gunicorn
      `,
    },
    {
      name: 'a BuildKit cache mount, and the cache removed in the same RUN',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
        RUN pip install -r requirements.txt && rm -rf /root/.cache/pip
        RUN pip install gunicorn; pip cache purge
      `,
    },
    {
      name: 'a builder stage that is not part of the final image',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS builder
        RUN pip wheel -w /wheels -r requirements.txt
        RUN pip install --prefix=/install -r requirements.txt

        FROM python:3.12-slim
        COPY --from=builder /install /usr/local
        CMD ["python", "-m", "app"]
      `,
    },
    {
      name: 'not pip install: uv, pipenv, pip download, pip in a word',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN uv pip install --system -r requirements.txt
        RUN pipenv install --deploy --system
        RUN pip download -d /pkgs flask
        RUN echo "run pip install yourself" > /README
      `,
    },
    {
      name: 'a pip configuration copied into the image',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        COPY pip.conf /etc/pip.conf
        RUN pip install -r requirements.txt
      `,
    },
  ],
  invalid: [
    {
      name: 'plain pip install (the demo Dockerfile)',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        COPY requirements.txt .
        RUN pip install -r requirements.txt
      `,
      errors: [{ line: 3, column: 1, message: /--no-cache-dir/ }],
    },
    {
      name: 'pip3, python -m pip, a venv pip, after other commands, reported on the RUN line',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \\
            && python3 -m pip install --upgrade pip \\
            && rm -rf /var/lib/apt/lists/*
        RUN /opt/venv/bin/pip install -r requirements.txt
        RUN pip3 install gunicorn==22.0.0
      `,
      errors: [{ line: 2 }, { line: 5 }, { line: 6 }],
    },
    {
      name: 'exec form and sh -c',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN ["pip", "install", "-r", "requirements.txt"]
        RUN ["/bin/sh", "-c", "pip install gunicorn && gunicorn --version"]
      `,
      errors: [{ line: 2 }, { line: 3 }],
    },
    {
      name: 'a heredoc',
      ...dockerfile,
      code: `
        # syntax=docker/dockerfile:1
        FROM python:3.12-slim
        RUN <<EOF
        set -eux
        pip install -r requirements.txt
        EOF
      `,
      errors: [{ line: 3 }],
    },
    {
      name: 'in a stage the final one builds on',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS base
        RUN pip install poetry==1.8.3
        FROM base AS runtime
        CMD ["python", "-m", "app"]
      `,
      errors: [{ line: 2 }],
    },
  ],
});
