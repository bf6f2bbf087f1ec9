/**
 * ## What it does
 * Finds Dockerfiles whose final image serves something (it `EXPOSE`s a port, or its `CMD`/
 * `ENTRYPOINT` starts uvicorn, gunicorn, hypercorn, daphne, granian, uWSGI, waitress, `flask run`,
 * `manage.py runserver`, `fastapi run`, nginx …) but declares no `HEALTHCHECK`.
 *
 * ## Why is this bad?
 * Without a health check, Docker and compose only know that the process is alive: a server stuck
 * on a dead database connection or a full worker pool keeps receiving traffic, and a rollout
 * cannot wait for the new container to be ready.
 *
 * Counted as a health check: `HEALTHCHECK` in the final stage or a stage it builds on (also
 * `HEALTHCHECK NONE`, a deliberate choice), and a `healthcheck:` on the compose service that
 * builds this Dockerfile. Development images (`Dockerfile.dev`, `.devcontainer/`) are not
 * reported.
 */
import type { Rule } from '../../model.js';
import type { DeploymentFacts } from '../deps/file-facts.js';
import type { TextRule } from '../rule.js';
import {
  chainInstructions,
  dockerfileModel,
  instructionSpan,
  isDevelopmentDockerfile,
} from './dockerfile-model.js';

const meta: Rule = {
  id: 'PBP704',
  name: 'docker-no-healthcheck',
  tool: 'patterns',
  section: 'deployment',
  level: 'note',
  precision: 'medium',
  summary: 'The image runs a server but declares no HEALTHCHECK.',
  docs: {
    what: 'Finds Dockerfiles whose final image exposes a port or starts a server (uvicorn, gunicorn, hypercorn, daphne, granian, uWSGI, flask run, runserver, nginx …) without a HEALTHCHECK; a healthcheck on the compose service that builds the image counts too.',
    why: 'Without a health check the orchestrator only knows the process is alive: a server stuck on a dead database connection keeps getting traffic, and a rollout cannot wait for the new container to become ready.',
    example: 'EXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
    useInstead:
      'EXPOSE 8000\nHEALTHCHECK --interval=30s --timeout=3s --start-period=5s \\\n    CMD python -c "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
  },
};

const SERVER =
  /\b(uvicorn|gunicorn|hypercorn|daphne|granian|uwsgi|waitress-serve|runserver|nginx|httpd|caddy|streamlit["',\s]+run|flask\b.*["',\s]run|fastapi["',\s]+(run|dev)|litestar["',\s]+run)\b/;

export const dockerNoHealthcheck: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['dockerfile'],
  check({ file, project, report }) {
    if (isDevelopmentDockerfile(file.path)) return;
    const { final, finalChain } = dockerfileModel(file);
    if (!final) return;
    const instructions = chainInstructions(finalChain);
    if (instructions.some((instruction) => instruction.getKeyword() === 'HEALTHCHECK')) return;
    if ((project as DeploymentFacts).composeHealthchecks?.includes(file.path)) return;
    const exposes = instructions.some((instruction) => instruction.getKeyword() === 'EXPOSE');
    const start = instructions.filter(
      (instruction) =>
        instruction.getKeyword() === 'CMD' || instruction.getKeyword() === 'ENTRYPOINT',
    );
    const serves = start.some((instruction) =>
      SERVER.test(instruction.getArgumentsContent() ?? ''),
    );
    if (!exposes && !serves) return;
    report({
      at: instructionSpan(file, final.from),
      message: `The final image ${exposes ? 'exposes a port' : 'starts a server'} but declares no HEALTHCHECK, so a hung server keeps getting traffic; add a HEALTHCHECK that calls a health endpoint.`,
    });
  },
};
