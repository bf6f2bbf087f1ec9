import { describe, expect, it } from 'vitest';
import { composeServices } from '../../src/patterns/dockerfile/compose.js';
import { gatherFileFacts, isFullyPinned } from '../../src/patterns/deps/file-facts.js';
import { requirementsFilesReadByPyproject } from '../../src/patterns/deps/pyproject.js';

const compose = `
x-healthcheck: &default-healthcheck
  interval: 10s

services:
  api:
    build:
      context: ./services/api
      dockerfile: Dockerfile.prod
    ports: ["8000:8000"]
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
      interval: 30s
  worker:
    build: ./services/worker   # no health check
    command: celery -A app worker
  web:
    build: .
    healthcheck:
      disable: true
  admin:
    <<: *default-healthcheck
    build:
      context: admin
  db:
    image: postgres:16
    healthcheck:
      test: ["CMD-SHELL", "pg_isready"]
  remote:
    build: https://github.com/example/app.git#main
    healthcheck:
      test: ["CMD", "true"]
`;

describe('compose files', () => {
  it('reads each service’s Dockerfile and health check', () => {
    expect(composeServices('deploy/docker-compose.yml', compose)).toEqual([
      { name: 'api', dockerfile: 'deploy/services/api/Dockerfile.prod', healthcheck: true },
      { name: 'worker', dockerfile: 'deploy/services/worker/Dockerfile', healthcheck: false },
      { name: 'web', dockerfile: 'deploy/Dockerfile', healthcheck: false },
      { name: 'admin', dockerfile: 'deploy/admin/Dockerfile', healthcheck: true },
      { name: 'db', dockerfile: null, healthcheck: true },
      { name: 'remote', dockerfile: null, healthcheck: true },
    ]);
  });

  it('a file without services has none', () => {
    expect(composeServices('compose.yaml', 'version: "3"\nvolumes:\n  data: {}\n')).toEqual([]);
  });
});

describe('gatherFileFacts', () => {
  it('collects compose health checks, pinned requirements files and metadata requirements files', () => {
    const facts = gatherFileFacts([
      {
        path: 'compose.yaml',
        kind: 'compose',
        text: 'services:\n  app:\n    build: .\n    healthcheck:\n      test: ["CMD", "true"]\n',
      },
      {
        path: 'requirements.txt',
        kind: 'requirements',
        text: 'fastapi==0.110.0\nuvicorn[standard]==0.29.0 ; python_version >= "3.8"\n',
      },
      {
        path: 'requirements-dev.txt',
        kind: 'requirements',
        text: '-r requirements.txt\npytest>=8\n',
      },
      { path: 'requirements.in', kind: 'requirements', text: 'fastapi==0.110.0\n' },
      {
        path: 'lib/pyproject.toml',
        kind: 'pyproject',
        text: '[tool.setuptools.dynamic]\ndependencies = {file = ["requirements.txt"]}\n',
      },
      {
        path: 'sdk/pyproject.toml',
        kind: 'pyproject',
        text: '[project]\nname = "sdk"\nclassifiers = ["Typing :: Typed"]\ndependencies = ["httpx"]\n',
      },
      { path: 'broken/pyproject.toml', kind: 'pyproject', text: '[project\n' },
    ]);
    expect(facts).toEqual({
      composeHealthchecks: ['Dockerfile'],
      pinnedRequirementsFiles: ['requirements.txt'],
      metadataRequirementsFiles: ['lib/requirements.txt'],
      libraryFolders: ['sdk'],
      productionRequirementsFiles: [],
      dockerInstalledRequirementsFiles: [],
    });
  });

  it('knows a lock-like requirements file', () => {
    expect(isFullyPinned('# compiled\nflask==3.0.2 \\\n    --hash=sha256:abc\n')).toBe(true);
    expect(isFullyPinned('-r base.txt\n')).toBe(false);
    expect(isFullyPinned('flask==3.0.2\nredis\n')).toBe(false);
    expect(isFullyPinned('-e .\nflask==3.0.2\n')).toBe(false);
  });

  it('finds requirements files a pyproject reads as metadata', () => {
    const text = [
      '[tool.setuptools.dynamic]',
      'dependencies = {file = "requirements/base.txt"}',
      'optional-dependencies.test = {file = ["requirements/test.txt"]}',
      '[tool.hatch.metadata.hooks.requirements_txt]',
      'files = ["requirements.txt"]',
    ].join('\n');
    expect(requirementsFilesReadByPyproject('pyproject.toml', text)).toEqual([
      'requirements/base.txt',
      'requirements/test.txt',
      'requirements.txt',
    ]);
    expect(requirementsFilesReadByPyproject('pyproject.toml', 'not toml = = =')).toEqual([]);
  });
});

describe('production requirements files', () => {
  it('are the files named for production and what they include, transitively', () => {
    const facts = gatherFileFacts([
      {
        path: 'backend/requirements.txt',
        kind: 'requirements',
        text: 'fastapi==0.110.0\npytest==8.0.0\n',
      },
      { path: 'backend/requirements.prod.txt', kind: 'requirements', text: 'fastapi==0.110.0\n' },
      {
        path: 'requirements/production.txt',
        kind: 'requirements',
        text: '-r base.txt\ngunicorn==21.2.0\n',
      },
      {
        path: 'requirements/base.txt',
        kind: 'requirements',
        text: '-r ./common.txt\ndjango==5.0\n',
      },
      { path: 'requirements/common.txt', kind: 'requirements', text: 'requests==2.31.0\n' },
      {
        path: 'requirements/local.txt',
        kind: 'requirements',
        text: '-r base.txt\npytest==8.0.0\n',
      },
      { path: 'services/api/requirements.txt', kind: 'requirements', text: 'flask==3.0.0\n' },
    ]);
    expect(facts.productionRequirementsFiles).toEqual([
      'backend/requirements.prod.txt',
      'requirements/base.txt',
      'requirements/common.txt',
      'requirements/production.txt',
    ]);
  });

  it('are none in a project without such a name', () => {
    const facts = gatherFileFacts([
      { path: 'requirements.txt', kind: 'requirements', text: 'fastapi==0.110.0\n' },
      { path: 'requirements-dev.txt', kind: 'requirements', text: '-r requirements.txt\npytest\n' },
    ]);
    expect(facts.productionRequirementsFiles).toEqual([]);
  });
});

describe('requirements files a Dockerfile installs', () => {
  it('are found by their path from the Dockerfile, else by name in its folder', () => {
    const facts = gatherFileFacts([
      { path: 'requirements.txt', kind: 'requirements', text: 'django\n' },
      { path: 'requirements-dev.txt', kind: 'requirements', text: 'pytest\n' },
      { path: 'services/api/requirements/base.txt', kind: 'requirements', text: 'flask\n' },
      { path: 'services/worker/requirements.txt', kind: 'requirements', text: 'celery\n' },
      {
        path: 'Dockerfile',
        kind: 'dockerfile',
        text: [
          'FROM python:3.12-slim',
          'COPY requirements.txt /app/requirements.txt',
          'RUN apt-get update && rm -rf /var/lib/apt/lists/*',
          'RUN pip install --no-cache-dir \\',
          '    -r /app/requirements.txt',
        ].join('\n'),
      },
      {
        path: 'services/api/Dockerfile',
        kind: 'dockerfile',
        text: 'FROM python:3.12-slim\nCOPY . .\nRUN python -m pip install --requirement=requirements/base.txt\n',
      },
    ]);
    expect(facts.dockerInstalledRequirementsFiles).toEqual([
      'requirements.txt',
      'services/api/requirements/base.txt',
    ]);
  });
});
