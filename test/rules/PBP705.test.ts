import { ruleTester } from '../helpers/rule-tester.js';

const dockerfile = { kind: 'dockerfile' as const, path: 'Dockerfile' };

ruleTester('PBP705', {
  valid: [
    {
      name: 'secrets passed in from outside',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        ARG GITHUB_TOKEN
        ARG SECRET_KEY
        ENV SECRET_KEY=\${SECRET_KEY}
        ENV DATABASE_PASSWORD=$DATABASE_PASSWORD
        RUN --mount=type=secret,id=pip_token PIP_TOKEN=$(cat /run/secrets/pip_token) pip install --no-cache-dir -r requirements.txt
      `,
    },
    {
      name: 'names that are not secrets (the official python image sets GPG_KEY)',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
        ENV TOKEN_URL=https://auth.example.com/oauth/token PASSWORD_MIN_LENGTH=12
        ENV SECRET_KEY_FILE=/run/secrets/django_secret_key
      `,
    },
    {
      name: 'empty values, placeholders and stand-ins for a build step',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        ARG NPM_TOKEN=""
        ENV API_KEY=<your-api-key>
        ENV DJANGO_SECRET_KEY=dummy-key-for-collectstatic
        ENV POSTGRES_PASSWORD=changeme
      `,
    },
    {
      name: 'file paths to mounted secrets',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        ENV PRIVATE_KEY=/run/secrets/private_key
        ENV DB_PASSWORD=./secrets/db_password.txt
      `,
    },
    {
      name: 'a Dockerfile for tests',
      kind: 'dockerfile',
      path: 'tests/docker/Dockerfile',
      code: `
        FROM postgres:16
        ENV POSTGRES_PASSWORD=test-password-123
      `,
    },
  ],
  invalid: [
    {
      name: 'ENV with a literal API key (the demo Dockerfile)',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
        ENV STRIPE_API_KEY=sk_live_51Hq-DEMO-not-a-real-key-8f2a
      `,
      errors: [{ line: 3, column: 5, message: /^ENV STRIPE_API_KEY writes a secret/ }],
    },
    {
      name: 'ARG with a default, also before the first FROM',
      ...dockerfile,
      code: `
        ARG PYPI_TOKEN=pypi-AgEIcHlwaS5vcmcCJDUwZDU3
        FROM python:3.12-slim
        ARG GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a
      `,
      errors: [
        { line: 1, message: /^ARG PYPI_TOKEN/ },
        { line: 3, message: /^ARG GITHUB_TOKEN/ },
      ],
    },
    {
      name: 'one of several properties, on a continuation line; the legacy ENV form',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        ENV APP_ENV=production \\
            SECRET_KEY="x9#2kLq!v8Pz@w3N" \\
            LOG_LEVEL=info
        ENV DB_PASSWORD Sh0p-pw-2024
      `,
      errors: [{ line: 3, column: 5 }, { line: 5 }],
    },
    {
      name: 'in a builder stage too: the Dockerfile itself is in the repository',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS builder
        ENV PIP_INDEX_URL_PASSWORD=hunter2-corp-pypi
        FROM python:3.12-slim
      `,
      errors: [{ line: 2 }],
    },
    {
      name: 'the value never appears in the message',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        ENV JWT_SECRET=7f3c9a1e5b2d4f6a8c0e
      `,
      errors: [{ line: 2, message: /^(?!.*7f3c9a1e5b2d4f6a8c0e)/ }],
    },
  ],
});
