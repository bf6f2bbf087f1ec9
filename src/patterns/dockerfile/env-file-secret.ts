/**
 * ## What it does
 * Finds committed env files (`.env`, `.env.production`, `app.env` …) that give a secret-named
 * key (`SECRET_KEY`, `DATABASE_PASSWORD`, `STRIPE_API_KEY`, `*_TOKEN` …) a value, or hold a
 * password inside a URL under any key (`DATABASE_URL=postgresql://app:…@db/app`).
 *
 * ## Why is this bad?
 * An env file exists to keep secrets out of the code; committed, it puts them into every clone,
 * fork and CI log, and into git history after it is deleted.
 *
 * Not reported: templates (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`), env
 * files for tests and CI (`.env.test`, `.env.ci`, under `tests/`), keys that front-end build
 * tools publish into the browser bundle (`VITE_*`, `NEXT_PUBLIC_*`, `REACT_APP_*`), empty values, references to
 * other variables (`${DB_PASSWORD}`), placeholders and stand-ins (`<long-random-key>`,
 * `changeme`, `changethis`, `…-change-in-production`, `…-here`, `…-from-vault`), URL passwords
 * that stand for one (`user:pass@`) or repeat the user (`postgres:postgres@`), and file paths. Env files ignored by `.gitignore` are never read. The value never
 * appears in the message.
 */
import type { Rule } from '../../model.js';
import { isSecretName } from '../python/secret-names.js';
import { isLiteralSecretValue, urlHoldsCredential } from '../deps/secret-values.js';
import type { TextRule } from '../rule.js';
import { envEntries, isEnvTemplate, isTestEnvFile } from './env-file.js';

const meta: Rule = {
  id: 'PBP707',
  name: 'env-file-secret',
  tool: 'patterns',
  section: 'deployment',
  level: 'error',
  precision: 'high',
  summary: 'A committed env file holds a secret.',
  tags: ['security', 'external/cwe/cwe-798'],
  cwe: ['CWE-798'],
  securitySeverity: 8.0,
  docs: {
    what: 'Finds committed env files (.env, .env.production, *.env) that give a secret-named key (SECRET_KEY, *_PASSWORD, *_API_KEY, *_TOKEN …) a value, or hold a password inside a URL under any key (DATABASE_URL=postgresql://app:…@db/app). Templates (.env.example, .sample, .template), test and CI env files, empty values, variable references and placeholders are not reported.',
    why: 'An env file exists to keep secrets out of the code. Committed, it puts them into every clone, fork and CI log, and into git history even after the file is deleted.',
    example:
      '# .env.production (committed)\nSECRET_KEY=s3cr3t-prod-8f2a4c91\nDATABASE_PASSWORD=hunter2',
    useInstead:
      '# .env.example (committed): names only\nSECRET_KEY=\nDATABASE_PASSWORD=\n\n# .gitignore\n.env\n.env.*\n!.env.example',
  },
};

/** Build tools embed these in the JavaScript sent to every browser: public by design. */
const PUBLIC_PREFIX =
  /^(NEXT_PUBLIC_|NUXT_PUBLIC_|EXPO_PUBLIC_|REACT_APP_|VITE_|VUE_APP_|GATSBY_|PUBLIC_)/;

export const envFileSecret: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['env'],
  check({ file, report }) {
    if (isEnvTemplate(file.path) || isTestEnvFile(file.path)) return;
    for (const entry of envEntries(file)) {
      if (PUBLIC_PREFIX.test(entry.key)) continue;
      // A secret-named key with a literal value, or a password inside a URL under any name
      // (`DATABASE_URL=postgresql://app:…@db/app`, `CELERY_BROKER=amqp://…`).
      const named = isSecretName(entry.key);
      if (named ? !isLiteralSecretValue(entry.key, entry.value) : !urlHoldsCredential(entry.value))
        continue;
      const what = named ? 'is set to a secret' : 'holds a password in its URL';
      report({
        at: {
          startLine: entry.line,
          startColumn: entry.column,
          endLine: entry.line,
          endColumn: entry.endColumn,
        },
        message: `${entry.key} ${what} in a committed env file; keep the file out of git (commit a .env.example with empty values) and rotate the secret.`,
      });
    }
  },
};
