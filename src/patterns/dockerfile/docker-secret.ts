/**
 * ## What it does
 * Finds `ENV` and `ARG` instructions that give a secret-named variable (`SECRET_KEY`,
 * `DB_PASSWORD`, `STRIPE_API_KEY`, `GITHUB_TOKEN` …) a literal value.
 *
 * ## Why is this bad?
 * The value is in the repository, in every copy of the image and in its history (`docker history`,
 * `docker inspect`), readable by anyone who can pull it; rotating it means rebuilding every image.
 *
 * Not reported: `ARG TOKEN` without a default, values taken from other variables
 * (`ENV SECRET_KEY=${SECRET_KEY}`), empty values, placeholders and stand-ins (`changeme`,
 * `<token>`, `dummy`), file paths (`/run/secrets/db_password`), and Dockerfiles under tests.
 */
import type { PropertyInstruction } from 'dockerfile-ast';
import type { Rule } from '../../model.js';
import { isSecretName } from '../python/secret-names.js';
import { isTestPath } from '../project-facts.js';
import { isLiteralSecretValue } from '../deps/secret-values.js';
import type { TextRule } from '../rule.js';
import { dockerfileModel, spanOf } from './dockerfile-model.js';

const meta: Rule = {
  id: 'PBP705',
  name: 'docker-secret',
  tool: 'patterns',
  section: 'deployment',
  level: 'error',
  precision: 'high',
  summary: 'A secret is written into the Dockerfile with ENV or ARG.',
  tags: ['security', 'external/cwe/cwe-798'],
  cwe: ['CWE-798'],
  securitySeverity: 8.0,
  docs: {
    what: 'Finds ENV and ARG instructions that give a secret-named variable (SECRET_KEY, DB_PASSWORD, STRIPE_API_KEY, *_TOKEN …) a literal value. Values taken from other variables, placeholders and file paths are not reported.',
    why: 'The value is in the repository, in every copy of the image and in its metadata (docker history, docker inspect), readable by anyone who can pull the image; rotating it means rebuilding and redeploying every image.',
    example: 'ENV STRIPE_API_KEY=sk_live_51Hq…\nARG GITHUB_TOKEN=ghp_…',
    useInstead:
      "# at run time, from the platform's secret store:\ndocker run -e STRIPE_API_KEY …\n# at build time, without leaving it in the image (BuildKit):\nRUN --mount=type=secret,id=github_token GITHUB_TOKEN=$(cat /run/secrets/github_token) pip install …",
  },
};

export const dockerSecret: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['dockerfile'],
  check({ file, report }) {
    if (isTestPath(file.path)) return;
    const { preamble, stages } = dockerfileModel(file);
    for (const instructions of [preamble, ...stages.map((stage) => stage.instructions)]) {
      for (const instruction of instructions) {
        const keyword = instruction.getKeyword();
        if (keyword !== 'ENV' && keyword !== 'ARG') continue;
        for (const property of (instruction as PropertyInstruction).getProperties()) {
          const name = property.getName();
          const value = property.getValue();
          if (value === null || !isSecretName(name) || !isLiteralSecretValue(name, value)) continue;
          report({
            at: spanOf(property.getNameRange()),
            message: `${keyword} ${name} writes a secret into the image and the repository; pass it at run time (environment, secret store) or, for the build, with a BuildKit secret mount.`,
          });
        }
      }
    }
  },
};
