/**
 * Governed suppressions: one list, in `[[tool.pybp.suppress]]` (or `[[suppress]]` in
 * `.pybp.toml`), for every tool alike. Each entry names a rule (any tool's id or prefix, a tool,
 * or an advisory id such as `PYSEC-2024-1` for pip-audit), an optional path glob, a required
 * reason, and optionally an owner, an expiry date and a link.
 *
 * An entry keeps the findings it matches visible as `suppressed`, with its reason. An entry past
 * its expiry date stops suppressing and is itself a finding (PBP001, on its line of the config
 * file); an entry that matched nothing in a full run is reported too (PBP002), so the list only
 * shrinks. Inline comments (`# pybp: ignore[…] -- reason`) are src/suppressions.ts.
 */
import picomatch from 'picomatch';
import { ConfigError } from '../config.js';
import type { Finding, RawFinding, Rule, ToolName } from '../model.js';
import { isToolName } from '../model.js';
import { isKnownSelector, selectorMatches } from '../rules/catalog.js';

export interface SuppressionEntry {
  /** A rule id or prefix (`flake8/E501`, `PBP2`), a tool name, or an advisory id (`PYSEC-2024-1`). */
  rule: string;
  /** A glob over paths relative to the checked folder (`legacy/**`); absent: every path. */
  path?: string;
  /** Why the findings are acceptable: required, shown beside every finding it suppresses. */
  reason: string;
  owner?: string;
  /** `YYYY-MM-DD`: the entry stops suppressing on this day (from 00:00 UTC). */
  expires?: string;
  link?: string;
  /** Where the entry is written in the config file: 1-based line, columns of its text there. */
  line: number;
  column: number;
  endColumn: number;
}

const ENTRY_KEYS = ['rule', 'path', 'reason', 'owner', 'expires', 'link'] as const;

export {
  EXPIRED_SUPPRESSION_RULE,
  META_RULES,
  UNUSED_SUPPRESSION_RULE,
} from '../patterns/meta-rules.js';
import { EXPIRED_SUPPRESSION_RULE, UNUSED_SUPPRESSION_RULE } from '../patterns/meta-rules.js';

// ── Reading the list ─────────────────────────────────────────────────────────────────────────

/**
 * Validates the `suppress` value of `[tool.pybp]` (or of a `.pybp.toml`) and finds the line of
 * each entry in `text`, the config file's content. Every mistake is a ConfigError naming the
 * file, the key and what is allowed.
 */
export function parseSuppressionEntries(
  value: unknown,
  file: string,
  text: string,
): SuppressionEntry[] {
  const pyproject = file.endsWith('pyproject.toml');
  const key = pyproject ? 'tool.pybp.suppress' : 'suppress';
  if (!Array.isArray(value) || value.some((item) => !isPlainObject(item))) {
    throw new ConfigError(
      `${file}: "${key}" must be an array of tables ([[${key}]] with rule = "…" and reason = "…"), ` +
        `not ${describe(value)}`,
      file,
      key,
    );
  }
  const places = entryPlaces(text, pyproject ? 'tool.pybp' : '');
  return (value as Record<string, unknown>[]).map((item, index) => {
    const place = places.entries[index] ?? places.key ?? { line: 1, column: 1, endColumn: 2 };
    let where = `${file}:${place.line}: [[${key}]] entry ${index + 1}`;
    const fail = (field: string, message: string): never => {
      throw new ConfigError(`${where}: ${message}`, file, `${key}.${field}`);
    };
    for (const field of Object.keys(item)) {
      if (!(ENTRY_KEYS as readonly string[]).includes(field)) {
        fail(field, `unknown key "${field}"; allowed keys: ${ENTRY_KEYS.join(', ')}`);
      }
    }
    const text = (field: (typeof ENTRY_KEYS)[number]): string | undefined => {
      const raw = item[field];
      if (raw === undefined) return undefined;
      if (typeof raw !== 'string' || raw.trim() === '') {
        fail(field, `"${field}" must be a non-empty string, not ${describe(raw)}`);
      }
      return (raw as string).trim();
    };

    const rule = text('rule');
    if (rule === undefined) {
      fail(
        'rule',
        'needs a rule: rule = "flake8/E501" (a rule id or prefix, a tool, or an advisory id such as "PYSEC-2024-1")',
      );
    }
    checkRule(rule as string, fail);
    where += ` (rule "${rule}")`;
    const reason = text('reason');
    if (reason === undefined) {
      fail(
        'reason',
        'needs a reason: reason = "why this is acceptable here"; a suppression without one is not accepted',
      );
    }
    const entry: SuppressionEntry = {
      rule: rule as string,
      reason: reason as string,
      line: place.line,
      column: place.column,
      endColumn: place.endColumn,
    };
    const path = text('path');
    if (path !== undefined) {
      if (path.startsWith('/') || path.split('/').includes('..')) {
        fail(
          'path',
          `"path" is a glob relative to the checked folder ("legacy/**", "tests/*.py"), not "${path}"`,
        );
      }
      entry.path = path;
    }
    const owner = text('owner');
    if (owner !== undefined) entry.owner = owner;
    const link = text('link');
    if (link !== undefined) {
      if (!isWebLink(link)) fail('link', `"link" must be an http(s) URL, not "${link}"`);
      entry.link = link;
    }
    if (item['expires'] !== undefined) {
      const expires = expiryDate(item['expires']);
      if (expires === null) {
        fail(
          'expires',
          `"expires" must be a date such as 2025-06-30 (a TOML date or a "YYYY-MM-DD" string), not ${describe(item['expires'])}`,
        );
      }
      entry.expires = expires as string;
    }
    return entry;
  });
}

function checkRule(rule: string, fail: (field: string, message: string) => never): void {
  if (EXPIRED_SUPPRESSION_RULE.id === rule || UNUSED_SUPPRESSION_RULE.id === rule) {
    fail(
      'rule',
      `${rule} is about the suppression list itself and cannot be suppressed by it; fix the entry it points at`,
    );
  }
  if (advisoryOf(rule) === null && !isKnownSelector(rule)) {
    fail(
      'rule',
      `names unknown rule "${rule}"; use a pybp rule id or prefix (PBP201, PBP2), a tool rule ` +
        '(flake8/E501, mypy/arg-type), a tool name (hadolint) or an advisory id for pip-audit ' +
        '(PYSEC-2024-1, GHSA-…, CVE-…); `pybp rules` lists them',
    );
  }
}

/** `YYYY-MM-DD` from a TOML local date or a string, or null when it is not a calendar date. */
function expiryDate(value: unknown): string | null {
  let text: string | null = null;
  if (value instanceof Date) {
    // smol-toml's TomlDate: a date-only value prints as YYYY-MM-DD; a date-time is not accepted.
    const isDateOnly = (value as Date & { isDate?: () => boolean }).isDate?.() === true;
    text = isDateOnly ? value.toISOString().slice(0, 10) : null;
  } else if (typeof value === 'string') {
    text = value.trim();
  }
  const match = text === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return text;
}

function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

// ── Where each entry is written ──────────────────────────────────────────────────────────────

interface Place {
  line: number;
  column: number;
  endColumn: number;
}

const HEADER = /^\s*(\[\[?)\s*([^\]#]+?)\s*\]\]?\s*(?:#.*)?$/;
const KEY_VALUE =
  /^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=\s*/;

/**
 * The line of each entry, in order: its `[[…suppress]]` header, or the `{` of its inline table in
 * `suppress = [ {…}, … ]`. A line scanner (the TOML parser keeps no positions) that skips strings,
 * multi-line ones included, and comments.
 */
function entryPlaces(text: string, table: string): { entries: Place[]; key: Place | null } {
  const target = table ? `${table}.suppress` : 'suppress';
  const lines = text.split(/\r\n|\r|\n/);
  const entries: Place[] = [];
  let key: Place | null = null;
  let current = '';
  let openString: '"""' | "'''" | null = null;
  let arrayDepth = 0;
  let braceDepth = 0;
  lines.forEach((line, index) => {
    let pos = 0;
    if (openString) {
      const end = closingQuote(line, 0, openString);
      if (end < 0) return;
      pos = end;
      openString = null;
    } else if (arrayDepth === 0) {
      const header = HEADER.exec(line);
      if (header) {
        current = tomlKey(header[2] ?? '');
        if (header[1] === '[[' && current === target) {
          entries.push(placeOf(line.slice(0, line.indexOf(']]') + 2), index, 0));
        }
        return;
      }
      const keyValue = KEY_VALUE.exec(line);
      if (keyValue) {
        const name = tomlKey(keyValue[1] ?? '');
        if ((current ? `${current}.${name}` : name) === target) {
          key = placeOf(line, index, 0);
          pos = keyValue[0].length;
          if (line[pos] === '[') {
            arrayDepth = 1;
            braceDepth = 0;
            pos++;
          }
        }
      }
    }
    // The rest of the line: strings, comments, and (inside the suppress array) brackets.
    while (pos < line.length) {
      const char = line[pos];
      if (char === '#') break;
      if (char === '"' || char === "'") {
        const triple = line.startsWith(char.repeat(3), pos)
          ? (char.repeat(3) as '"""' | "'''")
          : null;
        if (triple) {
          const end = closingQuote(line, pos + 3, triple);
          if (end < 0) {
            openString = triple;
            return;
          }
          pos = end;
        } else {
          pos = closingQuote(line, pos + 1, char as '"' | "'");
          if (pos < 0) return;
        }
        continue;
      }
      if (arrayDepth > 0) {
        if (char === '[') arrayDepth++;
        else if (char === ']') arrayDepth--;
        else if (char === '{') {
          if (arrayDepth === 1 && braceDepth === 0) entries.push(placeOf(line, index, pos));
          braceDepth++;
        } else if (char === '}') braceDepth--;
      }
      pos++;
    }
  });
  return { entries, key };
}

/** The index just after the quote that closes a string opened before `from`, or -1. */
function closingQuote(line: string, from: number, quote: '"' | "'" | '"""' | "'''"): number {
  const escapes = quote[0] === '"';
  for (let i = from; i < line.length; i++) {
    if (escapes && line[i] === '\\') {
      i++;
      continue;
    }
    if (line.startsWith(quote, i)) {
      // `""""` closes with the last three quotes of a run.
      let end = i + quote.length;
      while (quote.length === 3 && line[end] === quote[0] && end - i < 5) end++;
      return end;
    }
  }
  return -1;
}

function placeOf(line: string, index: number, from: number): Place {
  const start = Math.max(from, line.length - line.trimStart().length);
  return {
    line: index + 1,
    column: start + 1,
    endColumn: Math.max(start + 2, line.trimEnd().length + 1),
  };
}

function tomlKey(raw: string): string {
  return raw
    .split('.')
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .join('.');
}

// ── Applying the list ────────────────────────────────────────────────────────────────────────

export interface GovernedOptions {
  /** The clock: injected, so that expiry is testable. */
  now: Date;
  /** Repo-relative path of the config file the entries come from: PBP001/PBP002 point there. */
  configPath: string;
  /**
   * Every file of the project was checked (no `--files`, no narrowing of the rules on the command
   * line): only then is an entry that matched nothing reported as unused.
   */
  fullRun: boolean;
  /** Repo-relative folder that `path` globs are relative to: the checked folder. Default: root. */
  globBase?: string;
  /**
   * Tools whose run ended `ok`. An entry for another tool could not have matched, so it is never
   * reported as unused. Default: every tool counts as checked.
   */
  checkedTools?: ReadonlySet<ToolName>;
  /**
   * The advisory entries were handed to pip-audit as `--ignore-vuln` (pipAuditIgnoreArgs): it
   * drops those vulnerabilities from its report, so whether they still apply cannot be seen and
   * they are never reported as unused.
   */
  delegatedToPipAudit?: boolean;
}

export interface GovernedOutcome {
  /** The findings, those an active entry matched now `suppressed`; a new array, same order. */
  findings: Finding[];
  /** PBP001 at each expired entry's line. */
  expired: RawFinding[];
  /** PBP002 at each entry that matched nothing (full runs only). */
  unused: RawFinding[];
  /** Findings each entry matched, by the entry's index (already-suppressed ones included). */
  matched: number[];
  /** Inline suppressions per rule id, counted before the entries applied. */
  inline: Record<string, number>;
}

/**
 * Applies the entries to normalised findings: after inline suppressions (a finding already
 * suppressed inline keeps its inline reason, but counts as matched), before the baseline and the
 * changed-lines scope (so usage is judged on every finding, not on the change).
 */
export function applyGovernedSuppressions(
  findings: readonly Finding[],
  entries: readonly SuppressionEntry[],
  options: GovernedOptions,
): GovernedOutcome {
  const inline = inlineSuppressionCounts(findings);
  const active = entries.map((entry) => !isExpired(entry, options.now));
  const matchers = entries.map((entry) => entryMatcher(entry, options.globBase ?? ''));
  const matched = entries.map(() => 0);

  const result = findings.map((finding): Finding => {
    let first = -1;
    entries.forEach((_, index) => {
      if (active[index] && matchers[index]?.(finding)) {
        matched[index] = (matched[index] ?? 0) + 1;
        if (first < 0) first = index;
      }
    });
    const entry = entries[first];
    if (!entry || finding.state === 'suppressed') return finding;
    return { ...finding, state: 'suppressed', suppression: suppressionText(entry) };
  });

  const expired: RawFinding[] = [];
  const unused: RawFinding[] = [];
  entries.forEach((entry, index) => {
    if (!active[index]) {
      expired.push(
        metaFinding(EXPIRED_SUPPRESSION_RULE, entry, options.configPath, expiredMessage(entry)),
      );
      return;
    }
    if (!options.fullRun || (matched[index] ?? 0) > 0) return;
    const tool = entryTool(entry);
    if (tool !== null && options.checkedTools && !options.checkedTools.has(tool)) return;
    if (options.delegatedToPipAudit && advisoryOf(entry.rule) !== null) return;
    unused.push(
      metaFinding(UNUSED_SUPPRESSION_RULE, entry, options.configPath, unusedMessage(entry)),
    );
  });
  return { findings: result, expired, unused, matched, inline };
}

/** True from the expiry day on (00:00 UTC). */
export function isExpired(entry: SuppressionEntry, now: Date): boolean {
  if (entry.expires === undefined) return false;
  return now.getTime() >= Date.parse(`${entry.expires}T00:00:00Z`);
}

/**
 * `--ignore-vuln ID` for each advisory entry that has not expired. With `manifest` (the audited
 * file, relative to the checked folder), entries whose path glob does not cover it are left out:
 * pip-audit's ignore is global to one run, an entry's path is not.
 */
export function pipAuditIgnoreArgs(
  entries: readonly SuppressionEntry[],
  now: Date,
  manifest?: string,
): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    const advisory = advisoryOf(entry.rule);
    if (advisory === null || isExpired(entry, now)) continue;
    if (entry.path !== undefined && (manifest === undefined || !pathMatcher(entry.path)(manifest)))
      continue;
    ids.add(advisory);
  }
  return [...ids].flatMap((id) => ['--ignore-vuln', id]);
}

/**
 * Suppressed findings per rule id. Call it on the findings as normalisation leaves them (before
 * applyGovernedSuppressions): then every suppressed finding was suppressed by an inline comment.
 */
export function inlineSuppressionCounts(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) {
    if (finding.state === 'suppressed') counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  }
  return Object.fromEntries(
    Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** The tool an entry's findings come from, or null for a selector spanning tools (none today). */
export function entryTool(entry: SuppressionEntry): ToolName | null {
  if (advisoryOf(entry.rule) !== null) return 'pip-audit';
  if (isToolName(entry.rule)) return entry.rule;
  const tool = /^([a-z0-9-]+)\//.exec(entry.rule)?.[1];
  if (tool !== undefined) return isToolName(tool) ? tool : null;
  return /^PBP/.test(entry.rule) ? 'patterns' : null;
}

/** The advisory id an entry names (`PYSEC-2024-1`, `pip-audit/GHSA-…`), upper-cased, or null. */
function advisoryOf(rule: string): string | null {
  const id = rule.startsWith('pip-audit/') ? rule.slice('pip-audit/'.length) : rule;
  const advisory =
    /^(?:PYSEC|GHSA|CVE|OSV|PSF|MAL|BIT|GSD)-[A-Za-z0-9][A-Za-z0-9._:-]*$/i.test(id) ||
    (/^[A-Z][A-Z0-9]*-[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id) && !/^PBP/.test(id));
  return advisory ? id.toUpperCase() : null;
}

/**
 * A pip-audit finding's advisory id and its aliases, upper-cased. The id is in the rule id
 * (`pip-audit/PYSEC-2023-74`); the aliases are in the message, as src/tools/pip-audit.ts writes
 * it: `… has the known vulnerability PYSEC-2023-74 (CVE-2023-32681, GHSA-j8r2-6x86-q33q); …`.
 */
function advisoryIds(finding: Finding): Set<string> {
  const ids = new Set<string>();
  if (finding.tool !== 'pip-audit') return ids;
  ids.add(finding.ruleId.replace(/^pip-audit\//, '').toUpperCase());
  const aliases = /known vulnerability \S+ \(([^)]*)\)/.exec(finding.message)?.[1];
  for (const alias of aliases?.split(',') ?? []) {
    if (alias.trim()) ids.add(alias.trim().toUpperCase());
  }
  return ids;
}

function entryMatcher(entry: SuppressionEntry, globBase: string): (finding: Finding) => boolean {
  const inPath = entry.path === undefined ? () => true : pathMatcher(entry.path);
  const prefix = globBase === '' || globBase === '.' ? '' : `${globBase.replace(/\/+$/, '')}/`;
  const advisory = advisoryOf(entry.rule);
  return (finding) => {
    const path = finding.location.path;
    if (!inPath(prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path)) return false;
    if (advisory !== null) return advisoryIds(finding).has(advisory);
    return selectorMatches(entry.rule, finding.tool, finding.ruleId);
  };
}

/** A glob, or a folder: `legacy` and `legacy/` cover everything below it. */
function pathMatcher(glob: string): (path: string) => boolean {
  const folder = glob.replace(/\/+$/, '');
  return picomatch([glob, `${folder}/**`], { dot: true });
}

function suppressionText(entry: SuppressionEntry): string {
  const details = [
    entry.owner ? `owner: ${entry.owner}` : '',
    entry.expires ? `until ${entry.expires}` : '',
  ].filter(Boolean);
  return details.length ? `${entry.reason} (${details.join(', ')})` : entry.reason;
}

function describeEntry(entry: SuppressionEntry): string {
  const where = entry.path ? ` in "${entry.path}"` : '';
  const owner = entry.owner ? ` (owner: ${entry.owner})` : '';
  return `The suppression of ${entry.rule}${where}${owner}`;
}

function expiredMessage(entry: SuppressionEntry): string {
  return (
    `${describeEntry(entry)} expired on ${entry.expires ?? '?'} and no longer applies: fix what ` +
    'it excused, or look again and renew it with a new expires date and reason.'
  );
}

function unusedMessage(entry: SuppressionEntry): string {
  return (
    `${describeEntry(entry)} matched no finding in this run: the code it excused is fixed or ` +
    'gone, so delete the entry.'
  );
}

function metaFinding(
  rule: Rule,
  entry: SuppressionEntry,
  configPath: string,
  message: string,
): RawFinding {
  return {
    tool: rule.tool,
    ruleId: rule.id,
    level: rule.level,
    section: rule.section,
    message,
    location: {
      path: configPath,
      startLine: entry.line,
      startColumn: entry.column,
      endLine: entry.line,
      endColumn: entry.endColumn,
    },
  };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (value instanceof Date) return `the date-time ${value.toISOString()}`;
  if (typeof value === 'object') return 'a table';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}
