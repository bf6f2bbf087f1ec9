/**
 * ## What it does
 * Finds debug switches in an env file whose name says production (`.env.production`,
 * `.env.prod`, `production.env`, `deploy/prod/.env`): `DEBUG` (also `DJANGO_DEBUG`,
 * `FLASK_DEBUG`, `APP_DEBUG`) set to a true value, or `ENVIRONMENT` (also `ENV`, `APP_ENV`,
 * `FLASK_ENV`, `DJANGO_ENV`, `NODE_ENV`) set to `development`/`dev`/`local`.
 *
 * ## Why is this bad?
 * Debug mode in production shows stack traces, settings and sometimes an interactive console to
 * anyone who triggers an error (Werkzeug's debugger runs arbitrary code), and turns off the
 * safeguards frameworks keep for production.
 */
import type { Rule } from '../../model.js';
import type { TextRule } from '../rule.js';
import { envEntries, isProductionEnvFile } from './env-file.js';

const meta: Rule = {
  id: 'PBP708',
  name: 'env-file-debug',
  tool: 'patterns',
  section: 'deployment',
  level: 'warning',
  precision: 'very-high',
  summary: 'A production env file turns debug mode on.',
  docs: {
    what: 'Finds DEBUG (DJANGO_DEBUG, FLASK_DEBUG, APP_DEBUG) set to a true value, or ENVIRONMENT (ENV, APP_ENV, FLASK_ENV, DJANGO_ENV, NODE_ENV) set to development or local, in an env file whose name says production.',
    why: "Debug mode in production shows stack traces and settings to anyone who triggers an error (Werkzeug's debugger even runs code they send), and switches off safeguards the framework keeps for production.",
    example: '# .env.production\nENVIRONMENT=production\nDEBUG=true',
    useInstead: '# .env.production\nENVIRONMENT=production\nDEBUG=false',
  },
};

const DEBUG_KEY = /^(DJANGO_|FLASK_|APP_)?DEBUG$/i;
const ENVIRONMENT_KEY =
  /^(ENVIRONMENT|ENV|APP_ENV|APP_ENVIRONMENT|FLASK_ENV|DJANGO_ENV|NODE_ENV|PYTHON_ENV)$/i;

export const envFileDebug: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['env'],
  check({ file, report }) {
    if (!isProductionEnvFile(file.path)) return;
    for (const entry of envEntries(file)) {
      const value = entry.value.trim().toLowerCase();
      let message: string | null = null;
      if (DEBUG_KEY.test(entry.key) && /^(true|1|yes|on|y)$/.test(value)) {
        message = `${entry.key} turns debug mode on in a production env file, which shows stack traces and settings to anyone who triggers an error; set it to false.`;
      } else if (
        ENVIRONMENT_KEY.test(entry.key) &&
        /^(development|develop|dev|local)$/.test(value)
      ) {
        message = `${entry.key} is "${value}" in a production env file, so the app runs with development settings; set it to production.`;
      }
      if (message)
        report({
          at: {
            startLine: entry.line,
            startColumn: entry.column,
            endLine: entry.line,
            endColumn: entry.endColumn,
          },
          message,
        });
    }
  },
};
