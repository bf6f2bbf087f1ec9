/**
 * The Dockerfile half of PBP207. It shares PBP207's metadata with the Python rule, so it is not in
 * the registry (one id, one rule object) and is called directly here.
 */
import { describe, expect, it } from 'vitest';
import { dockerFlaskDebug } from '../../src/patterns/dockerfile/flask-debug.js';
import type { Report, Span } from '../../src/patterns/rule.js';
import { TextFile } from '../../src/patterns/text-file.js';
import { DEFAULT_FACTS, dedent } from '../helpers/rule-tester.js';

function lines(code: string, path = 'Dockerfile'): number[] {
  const reports: Report[] = [];
  dockerFlaskDebug.check({
    file: new TextFile(path, 'dockerfile', dedent(code)),
    project: DEFAULT_FACTS,
    report: (report) => reports.push(report),
  });
  return reports.map((report) => (report.at as Span).startLine);
}

describe('PBP207 in Dockerfiles (flask run --debug)', () => {
  it('is PBP207', () => {
    expect(dockerFlaskDebug.meta.id).toBe('PBP207');
  });

  it('fires on flask run --debug, flask --debug run and --debugger in CMD/ENTRYPOINT', () => {
    expect(
      lines(`
        FROM python:3.12-slim
        CMD ["flask", "run", "--host=0.0.0.0", "--debug"]
      `),
    ).toEqual([2]);
    expect(
      lines(`
        FROM python:3.12-slim
        ENTRYPOINT flask --app shop --debug run --host 0.0.0.0
      `),
    ).toEqual([2]);
    expect(
      lines(`
        FROM python:3.12-slim
        CMD ["python", "-m", "flask", "run", "--debugger"]
      `),
    ).toEqual([2]);
  });

  it('fires on FLASK_DEBUG / FLASK_ENV in ENV and on the command', () => {
    expect(
      lines(`
        FROM python:3.12-slim
        ENV FLASK_APP=shop \\
            FLASK_DEBUG=1
        CMD FLASK_DEBUG=true flask run --host 0.0.0.0
      `),
    ).toEqual([3, 4]);
    expect(
      lines(`
        FROM python:3.12-slim AS base
        ENV FLASK_ENV=development
        FROM base
        CMD ["gunicorn", "shop:app"]
      `),
    ).toEqual([2]);
  });

  it('stays quiet without debug, in a builder stage and in development images', () => {
    expect(
      lines(`
        FROM python:3.12-slim
        ENV FLASK_DEBUG=0 FLASK_ENV=production
        CMD ["flask", "run", "--no-debug", "--host=0.0.0.0"]
      `),
    ).toEqual([]);
    expect(
      lines(`
        FROM python:3.12-slim AS docs
        CMD ["flask", "run", "--debug"]
        FROM python:3.12-slim
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "shop:app"]
      `),
    ).toEqual([]);
    expect(
      lines(
        `
        FROM python:3.12
        CMD ["flask", "run", "--debug", "--host=0.0.0.0"]
      `,
        'Dockerfile.dev',
      ),
    ).toEqual([]);
    expect(
      lines(`
        FROM python:3.12-slim
        CMD ["python", "manage.py", "runserver", "--debug-mode"]
      `),
    ).toEqual([]);
  });
});
