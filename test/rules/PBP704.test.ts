import type { FileFacts } from '../../src/patterns/deps/file-facts.js';
import type { ProjectFacts } from '../../src/patterns/project-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const dockerfile = { kind: 'dockerfile' as const, path: 'Dockerfile' };
const facts = (extra: FileFacts & Partial<ProjectFacts>): Partial<ProjectFacts> => extra;

ruleTester('PBP704', {
  valid: [
    {
      name: 'a HEALTHCHECK in the final stage (the guide’s example)',
      ...dockerfile,
      code: `
        FROM python:3.11-slim as base
        WORKDIR /app
        RUN pip install --no-cache-dir -r requirements.txt

        FROM base as runtime
        COPY . .
        EXPOSE 8000
        HEALTHCHECK --interval=30s --timeout=3s --start-period=5s \\
            CMD python -c "import requests; requests.get('http://localhost:8000/health')"
        CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
      `,
    },
    {
      name: 'a HEALTHCHECK in the stage the final one builds on, and HEALTHCHECK NONE',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS base
        HEALTHCHECK CMD curl -fsS http://localhost:8000/health || exit 1
        FROM base
        EXPOSE 8000
        CMD ["gunicorn", "app:app"]
      `,
    },
    {
      name: 'the compose service that builds it declares a healthcheck',
      ...dockerfile,
      path: 'services/api/Dockerfile',
      facts: facts({ composeHealthchecks: ['services/api/Dockerfile'] }),
      code: `
        FROM python:3.12-slim
        EXPOSE 8000
        CMD ["uvicorn", "api.main:app", "--host", "0.0.0.0"]
      `,
    },
    {
      name: 'a worker or a job: no port, no server',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        COPY . /app
        CMD ["celery", "-A", "app.tasks", "worker", "--loglevel=info"]
      `,
    },
    {
      name: 'a builder stage serves nothing; the final image is a CLI',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS docs
        EXPOSE 8000
        CMD ["python", "-m", "http.server"]
        FROM python:3.12-slim
        ENTRYPOINT ["python", "-m", "tool"]
      `,
    },
    {
      name: 'a development image',
      kind: 'dockerfile',
      path: 'Dockerfile.dev',
      code: `
        FROM python:3.12
        EXPOSE 5000
        CMD ["flask", "run", "--host=0.0.0.0"]
      `,
    },
  ],
  invalid: [
    {
      name: 'EXPOSE without HEALTHCHECK (reported on the final FROM)',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        COPY . /app
        EXPOSE 8000
        CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
      `,
      errors: [{ line: 1, message: /exposes a port/ }],
    },
    {
      name: 'a server without EXPOSE',
      ...dockerfile,
      code: `
        FROM python:3.12-slim
        COPY . /app
        CMD gunicorn --bind 0.0.0.0:$PORT app.wsgi:application
      `,
      errors: [{ line: 1, message: /starts a server/ }],
    },
    {
      name: 'multi-stage: the final stage is judged',
      ...dockerfile,
      code: `
        FROM python:3.12-slim AS builder
        RUN pip wheel --no-cache-dir -w /wheels -r requirements.txt
        HEALTHCHECK CMD true

        FROM python:3.12-slim
        COPY --from=builder /wheels /wheels
        ENTRYPOINT ["python", "manage.py", "runserver", "0.0.0.0:8000"]
      `,
      errors: [{ line: 5 }],
    },
    {
      name: 'a compose healthcheck for another Dockerfile does not count',
      ...dockerfile,
      facts: facts({ composeHealthchecks: ['worker/Dockerfile'] }),
      code: `
        FROM python:3.12-slim
        CMD ["flask", "--app", "shop", "run", "--host", "0.0.0.0"]
      `,
      errors: [{ line: 1 }],
    },
  ],
});
