/**
 * `.env` files as docker compose and python-dotenv read them: `KEY=value` and `export KEY=value`
 * lines, `#` comments (after whitespace, for unquoted values), single- and double-quoted values
 * that may span lines. Each entry keeps the line and column of its key.
 */
import type { TextFile } from '../text-file.js';

export interface EnvEntry {
  key: string;
  /** Without quotes; never put into a message. */
  value: string;
  line: number;
  column: number;
  endColumn: number;
}

const ENTRY = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=[ \t]*(.*)$/;

const cache = new WeakMap<TextFile, EnvEntry[]>();

export function envEntries(file: TextFile): EnvEntry[] {
  let entries = cache.get(file);
  if (!entries) {
    entries = parseEnv(file.lines);
    cache.set(file, entries);
  }
  return entries;
}

function parseEnv(lines: readonly string[]): EnvEntry[] {
  const entries: EnvEntry[] = [];
  for (let index = 0; index < lines.length; index++) {
    const match = ENTRY.exec(lines[index] ?? '');
    if (!match) continue;
    const key = match[2] ?? '';
    const column = (match[1]?.length ?? 0) + 1;
    const entry = { key, line: index + 1, column, endColumn: column + key.length };
    let rest = match[3] ?? '';
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      // A quoted value ends at the next unescaped quote, possibly lines later.
      let value = '';
      rest = rest.slice(1);
      for (;;) {
        const end = closing(rest, quote);
        if (end >= 0) {
          value += rest.slice(0, end);
          break;
        }
        value += `${rest}\n`;
        if (index + 1 >= lines.length) break;
        rest = lines[++index] ?? '';
      }
      entries.push({ ...entry, value });
    } else {
      entries.push({ ...entry, value: rest.replace(/(^|\s)#.*$/, '').trim() });
    }
  }
  return entries;
}

function closing(text: string, quote: string): number {
  for (let index = 0; index < text.length; index++) {
    if (quote === '"' && text[index] === '\\') {
      index++;
      continue;
    }
    if (text[index] === quote) return index;
  }
  return -1;
}

/** `.env.example`, `example.env`, `.env.sample`, `.env.template`, `.env.dist`: documentation. */
export function isEnvTemplate(path: string): boolean {
  const name = (path.split('/').pop() ?? '').toLowerCase();
  return /(^|[._-])(example|examples|sample|samples|template|templates|tmpl|tpl|dist|defaults?|skel|schema)([._-]|$)/.test(
    name,
  );
}

/** Env files for test runs and CI (`.env.test`, `.env.ci`, `tests/.env`), where stand-in credentials belong. */
export function isTestEnvFile(path: string): boolean {
  const segments = path.toLowerCase().split('/');
  const name = segments.pop() ?? '';
  if (segments.some((segment) => segment === 'tests' || segment === 'test')) return true;
  return name
    .split(/[._-]/)
    .some((word) => word === 'test' || word === 'tests' || word === 'testing' || word === 'ci');
}

/** `.env.production`, `.env.prod`, `production.env`, `deploy/production/.env`. */
export function isProductionEnvFile(path: string): boolean {
  return path
    .toLowerCase()
    .split('/')
    .flatMap((segment) => segment.split(/[._-]/))
    .some((word) => word === 'production' || word === 'prod' || word === 'prd');
}
