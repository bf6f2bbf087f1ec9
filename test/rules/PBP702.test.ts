import { ruleTester } from '../helpers/rule-tester.js';

const dockerfile = { kind: 'dockerfile' as const, path: 'Dockerfile' };

ruleTester('PBP702', {
  valid: [
    {
      name: 'version tags and digests',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS builder
        FROM python:3.12-slim@sha256:2be8daddbb82756f7d1f2c7ece706aadcb284bf6ab6d769ea695cc3ed6016743
        FROM ghcr.io/astral-sh/uv:0.4.18 AS uv
      `,
    },
    {
      name: 'earlier stage names are not images (any case)',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS Builder
        RUN pip wheel --no-cache-dir -w /wheels -r requirements.txt
        FROM builder AS test
        RUN pytest
        FROM builder
        CMD ["python", "-m", "app"]
      `,
    },
    {
      name: 'FROM scratch',
      ...dockerfile,
      code: `
        FROM rust:1.79 AS build
        FROM scratch
        COPY --from=build /app /app
      `,
    },
    {
      name: 'images from build arguments are not guessed at',
      ...dockerfile,
      code: `
        ARG PYTHON_VERSION=3.12
        ARG BASE_IMAGE
        FROM python:\${PYTHON_VERSION}-slim
        FROM \${BASE_IMAGE}
        FROM $BASE_IMAGE AS runtime
      `,
    },
    {
      name: 'a registry with a port is not a tag; --platform is not the image',
      ...dockerfile,
      code: `
        FROM localhost:5000/python:3.12
        FROM --platform=$BUILDPLATFORM python:3.12-alpine AS cross
      `,
    },
  ],
  invalid: [
    {
      name: ':latest',
      ...dockerfile,
      code: `
        FROM python:latest
        CMD ["python"]
      `,
      errors: [{ line: 1, column: 6, message: /follows :latest/ }],
    },
    {
      name: 'no tag at all',
      ...dockerfile,
      code: `
        FROM python
        WORKDIR /app
      `,
      errors: [{ line: 1, message: /has no tag/ }],
    },
    {
      name: 'each stage is checked, stage references are not',
      ...dockerfile,
      code: `
        FROM node AS assets
        RUN npm ci && npm run build
        FROM python:3.12-slim AS app
        COPY --from=assets /dist /app/static
        FROM app
      `,
      errors: [{ line: 1 }],
    },
    {
      name: 'a registry path without a tag, with --platform',
      ...dockerfile,
      code: `
        FROM --platform=linux/amd64 registry.example.com:5000/base/python AS base
        FROM docker.io/library/python:latest
      `,
      errors: [{ line: 1 }, { line: 2 }],
    },
  ],
});
