import { ruleTester } from '../helpers/rule-tester.js';

const dockerfile = { kind: 'dockerfile' as const, path: 'Dockerfile' };

ruleTester('PBP706', {
  valid: [
    {
      name: 'a multi-stage build: compilers only in the builder',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS builder
        RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev
        RUN pip wheel --no-cache-dir -w /wheels -r requirements.txt

        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
        COPY --from=builder /wheels /wheels
      `,
    },
    {
      name: 'runtime libraries only',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 curl udev \\
            && rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'removed again in the same RUN (the official images’ pattern)',
      ...dockerfile,
      code: `
        FROM python:3.12-alpine
        RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \\
            && pip install --no-cache-dir -r requirements.txt \\
            && apk del .build-deps
        RUN apt-get install -y gcc && pip install --no-cache-dir cffi && apt-get purge -y --auto-remove gcc
      `,
    },
    {
      name: 'removed through a variable',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN buildDeps='gcc libpq-dev' \\
            && apt-get update && apt-get install -y gcc libpq-dev \\
            && pip install --no-cache-dir psycopg2 \\
            && apt-get purge -y --auto-remove $buildDeps
      `,
    },
    {
      name: 'a development image',
      kind: 'dockerfile',
      path: 'docker/dev/Dockerfile',
      code: `
        FROM python:3.12
        RUN apt-get update && apt-get install -y build-essential
      `,
    },
  ],
  invalid: [
    {
      name: 'gcc and a -dev package (the demo Dockerfile), reported on the first package',
      ...dockerfile,
      code: `
        FROM python:latest
        # psycopg2 builds against libpq
        RUN apt-get update && apt-get install -y gcc libpq-dev
      `,
      errors: [{ line: 3, column: 42, message: /^gcc, libpq-dev are installed in the only stage/ }],
    },
    {
      name: 'build-essential on a continuation line',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        RUN apt-get update \\
            && apt-get install -y --no-install-recommends \\
                build-essential \\
            && rm -rf /var/lib/apt/lists/*
      `,
      errors: [{ line: 4, column: 9, message: /^build-essential is installed/ }],
    },
    {
      name: 'apk build-base and a -dev package with a version',
      ...dockerfile,
      code: `
        FROM python:3.12-alpine
        RUN apk add --no-cache build-base postgresql-dev=16.3-r0
      `,
      errors: [{ line: 2 }],
    },
    {
      name: 'dnf with -devel packages; one removed, one left',
      ...dockerfile,
      code: `
        FROM registry.access.redhat.com/ubi9/python-311
        RUN dnf install -y gcc-c++ openssl-devel && dnf clean all
        RUN dnf remove -y gcc-c++
      `,
      errors: [{ line: 2, message: /^openssl-devel is installed/ }],
    },
  ],
});
