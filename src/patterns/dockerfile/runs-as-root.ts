/**
 * ## What it does
 * Finds Dockerfiles whose final stage (the last `FROM`, with the stages it builds on) never
 * switches to an unprivileged `USER`, or switches back to `USER root` at the end.
 *
 * ## Why is this bad?
 * A process that runs as root inside the container is root on every file the container mounts,
 * and one kernel or runtime bug away from root on the host. An exploited dependency gets all of it.
 *
 * Not reported: `FROM scratch`; base images that already run unprivileged (`…:nonroot`,
 * distroless `nonroot`, Chainguard, Bitnami, Red Hat UBI Python, `*-unprivileged`) or whose own
 * entrypoint switches to a service user (postgres, mysql, redis, rabbitmq …); a base image
 * given by a build argument (`FROM ${BASE}`: unknown); images that drop privileges when they
 * start (`gosu`, `su-exec`, `setpriv`, `runuser`, `gunicorn --user`, `uwsgi --uid`); and
 * development images (`Dockerfile.dev`, `.devcontainer/`, `docker/test/…`).
 */
import type { Instruction } from 'dockerfile-ast';
import type { Rule } from '../../model.js';
import type { TextRule } from '../rule.js';
import {
  chainInstructions,
  dockerfileModel,
  instructionSpan,
  isDevelopmentDockerfile,
} from './dockerfile-model.js';

const meta: Rule = {
  id: 'PBP701',
  name: 'docker-runs-as-root',
  tool: 'patterns',
  section: 'deployment',
  level: 'warning',
  precision: 'high',
  summary: 'The image runs its process as root: the final stage sets no unprivileged USER.',
  docs: {
    what: 'Finds Dockerfiles whose final stage never switches to an unprivileged USER (or ends with USER root). Base images that already run unprivileged or whose entrypoint switches to a service user (postgres, redis …), FROM scratch, images that drop privileges at start (gosu, su-exec, gunicorn --user) and development images are not reported.',
    why: 'A process running as root in the container owns every mounted file and is one runtime or kernel bug away from root on the host; an exploited dependency inherits all of it.',
    example:
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
    useInstead:
      'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\nWORKDIR /app\nCOPY --chown=app:app . .\nUSER app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
  },
};

/** Base images that run as an unprivileged user unless told otherwise. */
const UNPRIVILEGED_IMAGE =
  /nonroot|non-root|rootless|unprivileged|(^|\/)chainguard\/|^cgr\.dev\/|(^|\/)bitnami\/|(^|\/)ubi\d*\/python-|(^|\/)jupyter\/|^apache\/airflow/i;

/**
 * Official images whose own entrypoint switches to a service user (`gosu postgres …`) or whose
 * image sets one: a Dockerfile that only adds files to them runs unprivileged.
 */
const DROPS_AT_START_IMAGE =
  /^(postgres|postgis|mysql|mariadb|percona|mongo|redis|valkey|rabbitmq|elasticsearch|opensearch|memcached|cassandra|couchdb|influxdb|zookeeper|solr|grafana|prometheus|alertmanager|minio|keycloak|jenkins|sonarqube|neo4j|clickhouse-server|nginx-unprivileged)$/;

/** Windows containers have no root user; their accounts work differently. */
const WINDOWS_IMAGE = /(^|\/)windows\/|servercore|nanoserver/i;

/** Programs and options that switch to another user when the container starts. */
const DROPS_PRIVILEGES =
  /\b(gosu|su-exec|setpriv|runuser|chpst|s6-setuidgid|setuidgid|setuser)\b|\b(gunicorn|uwsgi)\b.*["'\s]--(user|uid)["'=\s]/;

export const dockerRunsAsRoot: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['dockerfile'],
  check({ file, report }) {
    if (isDevelopmentDockerfile(file.path)) return;
    const { final, finalChain } = dockerfileModel(file);
    const base = finalChain.at(-1);
    if (!final || !base?.image) return;
    const instructions = chainInstructions(finalChain);
    const lastUser = instructions
      .filter((instruction) => instruction.getKeyword() === 'USER')
      .at(-1);
    if (lastUser) {
      if (isRoot(lastUser)) {
        report({
          at: instructionSpan(file, lastUser),
          message:
            'The final stage switches back to root here, so the container runs as root; end with USER set to an unprivileged user.',
        });
      }
      return;
    }
    if (
      /^scratch$/i.test(base.image) ||
      base.image.includes('$') ||
      UNPRIVILEGED_IMAGE.test(base.image)
    )
      return;
    if (DROPS_AT_START_IMAGE.test(imageName(base.image)) || WINDOWS_IMAGE.test(base.image)) return;
    if (DROPS_PRIVILEGES.test(file.text)) return;
    report({
      at: instructionSpan(file, final.from),
      message:
        'The final stage never sets a USER, so the container runs as root; create an unprivileged user and switch to it with USER before CMD.',
    });
  },
};

/** `docker.io/library/postgres:16-alpine` → `postgres`. */
function imageName(image: string): string {
  return (image.split('@')[0]?.split('/').pop() ?? '').split(':')[0]?.toLowerCase() ?? '';
}

function isRoot(user: Instruction): boolean {
  const name = (user.getArgumentsContent() ?? '').trim().split(':')[0] ?? '';
  return name === 'root' || name === '0';
}
