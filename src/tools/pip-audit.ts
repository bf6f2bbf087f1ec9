/**
 * pip-audit, through `-f json`: one run per requirements file (`-r FILE`) and one per folder
 * whose pyproject.toml declares `[project] dependencies` (`pip-audit DIR`, pip-audit ≥ 2.1).
 * Every vulnerability becomes a finding on the line that declares the package, so it is
 * annotated where the fix goes; a package nobody declares (a dependency of a dependency) is put
 * on the first line of the audited file, and its message says so.
 *
 * Formats (pypa/pip-audit `pip_audit/_format/json.py`): 1.x printed a bare list of dependencies;
 * 2.0 wrapped it as `{"dependencies": [...], "fixes": [...]}` (some reports have no `fixes`).
 * A dependency is `{name, version, vulns: [{id, fix_versions, aliases?, description?}]}` or
 * `{name, skip_reason}`. `--desc` and `--aliases` both default to on for JSON, so neither is
 * passed: `--aliases` only exists from 2.7 and would make older versions exit with a usage error.
 *
 * Exit codes lie here: 0 is "nothing found", 1 is "vulnerabilities found" — and also "could not
 * reach the vulnerability service". A JSON report on stdout decides, not the code.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { compare, gt, valid } from '@renovatebot/pep440';
import { parse as parseToml } from 'smol-toml';
import { normaliseName, parseRequirements } from '../deps/requirements.js';
import { filesOfKind, type DiscoveredFile, type Discovery } from '../discover.js';
import { executionProblem, type ExecResult } from '../exec/executor.js';
import type { RawFinding, Rule, ToolRun } from '../model.js';
import { asToolArgument, repoRelative } from '../paths.js';
import { pipAuditRule } from '../rules/tool-rules.js';
import { failedRun, parseVersion, type ToolAdapter, type ToolContext } from './adapter.js';

/** A file that declares dependencies, with its repo-relative path and text. */
export interface ManifestFile {
  path: string;
  text: string;
  kind: 'requirements' | 'pyproject';
}

/** Where a package is declared: the span of its name. */
export interface Declaration {
  path: string;
  /** PEP 503 normalised. */
  name: string;
  line: number;
  column: number;
  endColumn: number;
  /** As written, without spaces (`==2.31.0`, `>=1,<2`, poetry's `^1.2`). */
  specifier: string;
}

export interface ReportVulnerability {
  id: string;
  fixVersions: string[];
  aliases: string[];
  description: string | null;
}

export interface ReportDependency {
  /** As pip-audit printed it (canonical, lower case). */
  name: string;
  version: string | null;
  vulns: ReportVulnerability[];
  skipReason: string | null;
}

export type PipAuditReport =
  { ok: true; dependencies: ReportDependency[] } | { ok: false; problem: string };

export interface PipAuditParse {
  findings: RawFinding[];
  rules: Rule[];
  /** Skipped dependencies and other things a person should know. */
  notices: string[];
  /** Why the output is not a usable report; null when it is. */
  problem: string | null;
}

const BASE_ARGS = ['-f', 'json', '--progress-spinner', 'off'] as const;

/** Environment for pip (which pip-audit runs): never prompt for index credentials in CI. */
const PIP_ENV = { PIP_NO_INPUT: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' } as const;

/** Manifests larger than this are not read for locating packages. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export function pipAuditRequirementsArgv(requirementsFile: string): string[] {
  return [...BASE_ARGS, '-r', asToolArgument(requirementsFile)];
}

/** `pip-audit DIR` audits the `[project] dependencies` of DIR/pyproject.toml. */
export function pipAuditProjectArgv(projectDir: string): string[] {
  return [...BASE_ARGS, projectDir === '' || projectDir === '.' ? '.' : asToolArgument(projectDir)];
}

// ---------------------------------------------------------------------------------------------
// Reading the report

/** Reads pip-audit's JSON (1.x list or 2.x object, compact or pretty-printed). */
export function readPipAuditReport(output: string): PipAuditReport {
  const text = output.trim();
  if (!text) return { ok: false, problem: 'pip-audit printed no report' };
  let value = parseJson(text);
  if (value === undefined) {
    // Anything printed before the report (a stray warning on stdout): start at the line that opens JSON.
    // (`[notice] …` also opens with a bracket, so try each candidate line in turn.)
    const lines = text.split(/\r?\n/);
    for (let start = 1; start < lines.length && value === undefined; start++) {
      if (/^\s*[[{]/.test(lines[start] ?? '')) value = parseJson(lines.slice(start).join('\n'));
    }
  }
  if (value === undefined) return { ok: false, problem: 'pip-audit did not print a JSON report' };
  const list = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value['dependencies'])
      ? value['dependencies']
      : null;
  if (!list) {
    return {
      ok: false,
      problem:
        'the JSON is not a pip-audit report (expected a list of dependencies or {"dependencies": [...]})',
    };
  }
  const dependencies: ReportDependency[] = [];
  for (const item of list) {
    const dependency = readDependency(item);
    if (!dependency)
      return {
        ok: false,
        problem: `the JSON is not a pip-audit report (unexpected entry ${JSON.stringify(item).slice(0, 120)})`,
      };
    dependencies.push(dependency);
  }
  return { ok: true, dependencies };
}

function readDependency(item: unknown): ReportDependency | null {
  if (!isRecord(item) || typeof item['name'] !== 'string') return null;
  const skipReason = typeof item['skip_reason'] === 'string' ? item['skip_reason'] : null;
  const version = typeof item['version'] === 'string' ? item['version'] : null;
  const rawVulns = item['vulns'] ?? [];
  if (!Array.isArray(rawVulns)) return null;
  const vulns: ReportVulnerability[] = [];
  for (const raw of rawVulns) {
    if (!isRecord(raw) || typeof raw['id'] !== 'string') return null;
    vulns.push({
      id: raw['id'],
      fixVersions: stringList(raw['fix_versions']),
      // pip-audit builds aliases from a set: their order changes between runs.
      aliases: stringList(raw['aliases']).sort(),
      description:
        typeof raw['description'] === 'string' && raw['description'].trim()
          ? raw['description'].trim()
          : null,
    });
  }
  if (version === null && skipReason === null) return null;
  return { name: item['name'], version, vulns, skipReason };
}

// ---------------------------------------------------------------------------------------------
// Where packages are declared

export function declarationsIn(manifest: ManifestFile): Declaration[] {
  if (manifest.kind === 'pyproject') return pyprojectDeclarations(manifest.path, manifest.text);
  return parseRequirements(manifest.text).requirements.map((requirement) => ({
    path: manifest.path,
    name: requirement.name,
    line: requirement.line,
    column: requirement.column,
    endColumn: requirement.endColumn,
    specifier: requirement.specifier,
  }));
}

const PEP508_NAME = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*([^;]*)/;
const TABLE_HEADER = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const KEY_VALUE =
  /^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=\s*/;

/**
 * Dependency strings in a pyproject.toml with their lines: `[project] dependencies`,
 * `[project.optional-dependencies]`, `[dependency-groups]`, uv's and pdm's dev dependencies, and
 * poetry's `name = "^1.2"` tables. A line scanner, because the TOML parser keeps no positions.
 */
export function pyprojectDeclarations(path: string, text: string): Declaration[] {
  const declarations: Declaration[] = [];
  let table = '';
  let arrayDepth = 0;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (arrayDepth > 0) {
      arrayDepth = scanArray(line, 0, arrayDepth, index + 1, path, declarations);
      return;
    }
    const header = TABLE_HEADER.exec(line);
    if (header) {
      table = tomlKey(header[1] ?? '');
      return;
    }
    const keyValue = KEY_VALUE.exec(line);
    if (!keyValue) return;
    const key = tomlKey(keyValue[1] ?? '');
    const full = table ? `${table}.${key}` : key;
    const valueStart = keyValue[0].length;
    if (isDependencyArray(full) && line[valueStart] === '[') {
      arrayDepth = scanArray(line, valueStart, 0, index + 1, path, declarations);
    } else if (
      /^tool\.poetry\.(?:(?:dev-)?dependencies|group\.[^.]+\.dependencies)\.[^.]+$/.test(full)
    ) {
      const rawKey = (keyValue[1] ?? '').trim();
      const name = rawKey.replace(/^["']|["']$/g, '');
      if (name.toLowerCase() === 'python') return;
      const column = line.indexOf(rawKey) + 1 + (rawKey.length - name.length) / 2;
      const value = line.slice(valueStart).trim();
      declarations.push({
        path,
        name: normaliseName(name),
        line: index + 1,
        column,
        endColumn: column + name.length,
        specifier: /^["']/.test(value)
          ? value
              .slice(1)
              .replace(/["'].*$/, '')
              .replace(/\s+/g, '')
          : '',
      });
    }
  });
  return declarations;
}

function tomlKey(raw: string): string {
  return raw
    .split('.')
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .join('.');
}

function isDependencyArray(key: string): boolean {
  return (
    key === 'project.dependencies' ||
    /^project\.optional-dependencies\.[^.]+$/.test(key) ||
    /^dependency-groups\.[^.]+$/.test(key) ||
    key === 'tool.uv.dev-dependencies' ||
    /^tool\.pdm\.dev-dependencies\.[^.]+$/.test(key)
  );
}

/** Scans one line of a TOML array for dependency strings; returns the bracket depth after it. */
function scanArray(
  line: string,
  from: number,
  depth: number,
  lineNumber: number,
  path: string,
  out: Declaration[],
): number {
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (char === '#') break;
    if (char === '[') depth++;
    else if (char === ']') {
      depth--;
      if (depth === 0) return 0;
    } else if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < line.length && line[end] !== char)
        end += char === '"' && line[end] === '\\' ? 2 : 1;
      const value = line.slice(i + 1, end);
      // `{include-group = "test"}` names a group, not a package.
      const isTableValue = /=\s*$/.test(line.slice(from, i));
      const match = isTableValue ? null : PEP508_NAME.exec(value);
      if (match) {
        const name = match[2] ?? '';
        const column = i + 2 + (match[1]?.length ?? 0);
        out.push({
          path,
          name: normaliseName(name),
          line: lineNumber,
          column,
          endColumn: column + name.length,
          specifier: (match[4] ?? '').replace(/\s+/g, ''),
        });
      }
      i = end;
    }
  }
  return depth;
}

/** `==1.2.3` / `===1.2.3` → `1.2.3`; anything else → null. */
function pinnedVersion(specifier: string): string | null {
  const match = /^===?([^,*<>!~=]+)$/.exec(specifier);
  return match?.[1] ?? null;
}

function sameVersion(a: string, b: string): boolean {
  if (a === b) return true;
  return valid(a) !== null && valid(b) !== null && compare(a, b) === 0;
}

/**
 * The declarations a reported package belongs to. `strict` (imported reports, where we do not
 * know which file was audited) drops declarations pinned to another version than the reported one.
 */
function locate(
  name: string,
  version: string,
  declarations: readonly Declaration[],
  strict: boolean,
): Declaration[] {
  const matches = declarations.filter((declaration) => declaration.name === normaliseName(name));
  const exact = matches.filter((declaration) => {
    const pinned = pinnedVersion(declaration.specifier);
    return pinned !== null && sameVersion(pinned, version);
  });
  if (exact.length > 0) return exact;
  const open = matches.filter((declaration) => pinnedVersion(declaration.specifier) === null);
  if (open[0]) return [open[0]];
  return strict || !matches[0] ? [] : [matches[0]];
}

/** The lowest fixed version above the installed one: what to upgrade to. */
function upgradeTarget(version: string, fixVersions: readonly string[]): string | null {
  const usable = fixVersions.filter((fix) => valid(fix) !== null);
  const above = valid(version) ? usable.filter((fix) => gt(fix, version)) : usable;
  const sorted = [...above].sort(compare);
  return sorted[0] ?? fixVersions[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Findings

export interface ParseOptions {
  /** A report from `--import`: packages are matched against every manifest by name and version. */
  imported?: boolean;
}

/**
 * Turns pip-audit's output into findings. `manifests[0]` is the audited file; the others are
 * searched too (requirements files it includes, or every manifest for an imported report).
 */
export function parsePipAudit(
  output: string,
  manifests: readonly ManifestFile[],
  options: ParseOptions = {},
): PipAuditParse {
  const result: PipAuditParse = { findings: [], rules: [], notices: [], problem: null };
  const report = readPipAuditReport(output);
  if (!report.ok) {
    result.problem = report.problem;
    return result;
  }
  const imported = options.imported === true;
  const declarations = manifests.flatMap(declarationsIn);
  const rules = new Map<string, Rule>();
  const home = manifests[0];
  for (const dependency of report.dependencies) {
    if (dependency.skipReason !== null) {
      const where = imported || !home ? '' : ` (${home.path})`;
      result.notices.push(`pip-audit skipped ${dependency.name}${where}: ${dependency.skipReason}`);
      continue;
    }
    if (dependency.vulns.length === 0) continue;
    const version = dependency.version ?? '?';
    if (!home) {
      result.problem = `the report lists vulnerabilities (${dependency.name} ${version}: ${dependency.vulns.map((vuln) => vuln.id).join(', ')}) but no requirements file or pyproject.toml was found to place them on`;
      return result;
    }
    const places = locate(dependency.name, version, declarations, imported);
    for (const vuln of dependency.vulns) {
      if (!rules.has(vuln.id)) {
        rules.set(
          vuln.id,
          pipAuditRule({
            ...vuln,
            packageName: dependency.name,
            version,
            upgradeTo: upgradeTarget(version, vuln.fixVersions),
          }),
        );
      }
      const head = vulnerabilityText(dependency.name, version, vuln);
      if (places.length === 0) {
        const firstLine = home.text.split(/\r\n|\r|\n/)[0] ?? '';
        const reason = imported
          ? `No requirements file or pyproject.toml that pybp found declares ${dependency.name} ${version}; the finding is shown on ${home.path}.`
          : transitiveAdvice(dependency.name, home.path, upgradeTarget(version, vuln.fixVersions));
        result.findings.push({
          tool: 'pip-audit',
          ruleId: `pip-audit/${vuln.id}`,
          level: 'error',
          message: `${head} ${reason}`,
          location: {
            path: home.path,
            startLine: 1,
            startColumn: 1,
            endLine: 1,
            endColumn: Math.max(2, firstLine.length + 1),
          },
        });
        continue;
      }
      for (const place of places) {
        const matched = imported
          ? ` (Imported report, matched by package name to ${place.path}.)`
          : '';
        result.findings.push({
          tool: 'pip-audit',
          ruleId: `pip-audit/${vuln.id}`,
          level: 'error',
          message: `${head} ${upgradeAdvice(dependency.name, version, vuln)}${matched}`,
          location: {
            path: place.path,
            startLine: place.line,
            startColumn: place.column,
            endLine: place.line,
            endColumn: place.endColumn,
          },
        });
      }
    }
  }
  result.rules = [...rules.values()];
  return result;
}

function vulnerabilityText(name: string, version: string, vuln: ReportVulnerability): string {
  const aka = vuln.aliases.length > 0 ? ` (${vuln.aliases.join(', ')})` : '';
  const fixed =
    vuln.fixVersions.length > 0
      ? `fixed in ${vuln.fixVersions.join(', ')}`
      : 'no fixed release is known yet';
  return `${name} ${version} has the known vulnerability ${vuln.id}${aka}; ${fixed}.`;
}

function upgradeAdvice(name: string, version: string, vuln: ReportVulnerability): string {
  const target = upgradeTarget(version, vuln.fixVersions);
  return target
    ? `Upgrade ${name} to ${target} or later.`
    : `Replace ${name}, or accept the risk explicitly with a reason.`;
}

function transitiveAdvice(name: string, path: string, target: string | null): string {
  const why = `${name} is not declared in ${path}: it is installed as a dependency of another requirement`;
  return target ? `${why}, so upgrade that one or add ${name}>=${target} here.` : `${why}.`;
}

/** pip-audit's own error lines (`ERROR:pip_audit._cli:…`) or a traceback's last line. */
export function pipAuditErrorText(stderr: string): string | null {
  const lines = stderr.split(/\r?\n/).map((line) => line.trimEnd());
  const errors = lines
    .filter((line) => /^ERROR:/.test(line))
    .map((line) => line.replace(/^ERROR:[\w.]*:/, '').trim());
  if (errors.length > 0) return errors.slice(0, 4).join(' ');
  if (lines.some((line) => line.startsWith('Traceback (most recent call last)'))) {
    const last = [...lines].reverse().find((line) => /^[\w.]+(Error|Exception)\b/.test(line));
    if (last) return `pip-audit crashed: ${last}`;
  }
  const usage = lines.find((line) => /^pip-audit: error:/.test(line));
  return usage ?? null;
}

// ---------------------------------------------------------------------------------------------
// What to audit

export interface AuditTarget {
  kind: 'requirements' | 'pyproject';
  file: DiscoveredFile;
  argv: string[];
}

/**
 * Requirements files (not constraints files, and not a pip-compile `.in` whose compiled `.txt`
 * sits beside it) and pyproject.toml files that declare `[project] dependencies`.
 */
export function auditTargets(
  discovery: Discovery,
  readText: (file: DiscoveredFile) => string | null,
): { targets: AuditTarget[]; notices: string[] } {
  const targets: AuditTarget[] = [];
  const notices: string[] = [];
  const requirementFiles = filesOfKind(discovery, 'requirements');
  const paths = new Set(requirementFiles.map((file) => file.local));
  for (const file of requirementFiles) {
    const name = posix.basename(file.local);
    if (/^constraints/i.test(name)) continue;
    if (name.endsWith('.in') && paths.has(file.local.replace(/\.in$/, '.txt'))) continue;
    const text = readText(file);
    if (text === null) {
      notices.push(`${file.path}: could not be read, so pip-audit did not audit it`);
      continue;
    }
    const parsed = parseRequirements(text);
    if (
      parsed.requirements.length === 0 &&
      parsed.includes.every((include) => include.kind !== 'requirements') &&
      parsed.others.every((other) => other.kind === 'option')
    )
      continue;
    targets.push({ kind: 'requirements', file, argv: pipAuditRequirementsArgv(file.local) });
  }
  for (const file of filesOfKind(discovery, 'pyproject')) {
    const text = readText(file);
    if (text === null) continue;
    let document: Record<string, unknown>;
    try {
      document = parseToml(text) as Record<string, unknown>;
    } catch {
      notices.push(`${file.path}: not valid TOML, so pip-audit did not audit its dependencies`);
      continue;
    }
    const project = document['project'];
    const dependencies = isRecord(project) ? project['dependencies'] : undefined;
    if (!Array.isArray(dependencies) || dependencies.length === 0) continue;
    targets.push({ kind: 'pyproject', file, argv: pipAuditProjectArgv(posix.dirname(file.local)) });
  }
  return { targets, notices };
}

/**
 * The files the user named (the action's `requirements` input), relative to the checked folder:
 * a requirements file, a pyproject.toml, or a folder holding one. A name that does not exist is
 * a problem, not a silent skip: the user asked for it to be audited.
 */
export function explicitTargets(
  paths: readonly string[],
  root: string,
  base: string,
  isDirectory: (absolute: string) => boolean | null = directoryOrNull,
): { targets: AuditTarget[]; problems: string[] } {
  const targets: AuditTarget[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    const absolute = resolve(root, given);
    const path = repoRelative(base, absolute);
    const local = repoRelative(root, absolute);
    const kind = isDirectory(absolute);
    if (path === null || local === null) {
      problems.push(`${given} is outside the checked folder`);
      continue;
    }
    if (kind === null) {
      problems.push(`${given} does not exist`);
      continue;
    }
    if (kind || posix.basename(local) === 'pyproject.toml') {
      const dir = kind ? local : posix.dirname(local);
      const file = kind ? join(absolute, 'pyproject.toml') : absolute;
      const pyproject = posix.join(dir, 'pyproject.toml');
      targets.push({
        kind: 'pyproject',
        file: {
          path: repoRelative(base, file) ?? pyproject,
          local: pyproject,
          absolute: file,
          kind: 'pyproject',
        },
        argv: pipAuditProjectArgv(dir),
      });
      continue;
    }
    targets.push({
      kind: 'requirements',
      file: { path, local, absolute, kind: 'requirements' },
      argv: pipAuditRequirementsArgv(local),
    });
  }
  return { targets, problems };
}

function directoryOrNull(absolute: string): boolean | null {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return null;
  }
}

/** The audited file and the requirements files it includes with `-r` (inside the repository). */
export function manifestsFor(
  target: AuditTarget,
  base: string,
  readAbsolute: (absolute: string) => string | null,
): ManifestFile[] {
  const first = readAbsolute(target.file.absolute);
  if (first === null) return [];
  const manifests: ManifestFile[] = [{ path: target.file.path, text: first, kind: target.kind }];
  if (target.kind === 'pyproject') return manifests;
  const seen = new Set([target.file.absolute]);
  const queue: Array<{ absolute: string; text: string; depth: number }> = [
    { absolute: target.file.absolute, text: first, depth: 0 },
  ];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || current.depth >= 5) continue;
    for (const include of parseRequirements(current.text).includes) {
      if (include.kind !== 'requirements' || /^[a-z][a-z0-9+.-]*:\/\//i.test(include.target))
        continue;
      const absolute = join(dirname(current.absolute), include.target);
      const path = repoRelative(base, absolute);
      if (path === null || seen.has(absolute)) continue;
      seen.add(absolute);
      const text = readAbsolute(absolute);
      if (text === null) continue;
      manifests.push({ path, text, kind: 'requirements' });
      queue.push({ absolute, text, depth: current.depth + 1 });
    }
  }
  return manifests;
}

function readManifest(absolute: string): string | null {
  try {
    if (statSync(absolute).size > MAX_MANIFEST_BYTES) return null;
    return readFileSync(absolute, 'utf8');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The adapter

export const pipAuditAdapter: ToolAdapter = {
  name: 'pip-audit',

  async run(context: ToolContext): Promise<ToolRun> {
    const { config, discovery, executor } = context;
    const named = requirementsOption(config);
    let targets: AuditTarget[];
    let notices: string[] = [];
    if (named) {
      const chosen = explicitTargets(named, config.root, config.base);
      if (chosen.problems.length > 0) {
        return failedRun('pip-audit', `requirements: ${chosen.problems.join('; ')}`);
      }
      targets = chosen.targets;
    } else {
      ({ targets, notices } = auditTargets(discovery, (file) => readManifest(file.absolute)));
    }
    if (targets.length === 0) {
      return {
        tool: 'pip-audit',
        version: null,
        status: 'skipped',
        durationMs: 0,
        findings: [],
        reason: 'no requirements files and no pyproject.toml with [project] dependencies',
        notices,
      };
    }
    const timeoutMs = config.timeoutSeconds * 1000;
    const started = performance.now();
    const versionRun = executor.run({
      command: 'pip-audit',
      args: ['--version'],
      cwd: config.root,
      timeoutMs: 60_000,
    });
    const run: ToolRun = {
      tool: 'pip-audit',
      version: null,
      status: 'ok',
      durationMs: 0,
      findings: [],
      rules: [],
      notices,
    };
    const rules = new Map<string, Rule>();
    const failures: string[] = [];
    for (const target of targets) {
      const result = await executor.run({
        command: 'pip-audit',
        args: target.argv,
        cwd: config.root,
        timeoutMs,
        env: PIP_ENV,
      });
      if (result.missing) {
        return {
          tool: 'pip-audit',
          version: null,
          status: 'missing',
          durationMs: 0,
          findings: [],
          reason: 'pip-audit is not installed (not found on PATH)',
          notices,
        };
      }
      const manifests = manifestsFor(target, config.base, readManifest);
      const parsed = parsePipAudit(result.stdout, manifests);
      const problem = runProblem(result, parsed, timeoutMs);
      if (problem) {
        failures.push(`${target.file.path}: ${problem}`);
        continue;
      }
      run.findings.push(...parsed.findings);
      for (const rule of parsed.rules) rules.set(rule.id, rule);
      run.notices?.push(...parsed.notices);
    }
    run.rules = [...rules.values()];
    run.version = parseVersion((await versionRun).stdout);
    run.durationMs = Math.round(performance.now() - started);
    if (failures.length > 0) {
      run.status = 'failed';
      run.reason =
        failures.length === 1
          ? (failures[0] ?? '')
          : `${failures.length} of ${targets.length} audits failed: ${failures.join('; ')}`;
    }
    return run;
  },

  importReport(text: string, context: ToolContext): ToolRun {
    const { discovery } = context;
    const files = [
      ...filesOfKind(discovery, 'requirements'),
      ...filesOfKind(discovery, 'pyproject'),
    ].sort(manifestOrder);
    const manifests: ManifestFile[] = [];
    for (const file of files) {
      const content = readManifest(file.absolute);
      if (content !== null)
        manifests.push({
          path: file.path,
          text: content,
          kind: file.kind === 'pyproject' ? 'pyproject' : 'requirements',
        });
    }
    const parsed = parsePipAudit(text, manifests, { imported: true });
    if (parsed.problem)
      return failedRun(
        'pip-audit',
        `the imported file is not a usable pip-audit JSON report: ${parsed.problem}`,
      );
    return {
      tool: 'pip-audit',
      version: null,
      status: 'ok',
      durationMs: 0,
      findings: parsed.findings,
      rules: parsed.rules,
      notices: parsed.notices,
    };
  },
};

/**
 * The requirements files the user named (the action's `requirements` input), when the config
 * carries them (`Config.requirements`, relative to the checked folder); null means discover.
 */
function requirementsOption(config: ToolContext['config']): readonly string[] | null {
  const named = (config as { requirements?: unknown }).requirements;
  if (!Array.isArray(named) || named.length === 0) return null;
  return named.filter((item): item is string => typeof item === 'string');
}

/** Top-level files first, then requirements before pyproject, then by path. */
function manifestOrder(a: DiscoveredFile, b: DiscoveredFile): number {
  const depth = (file: DiscoveredFile): number => file.path.split('/').length;
  return (
    depth(a) - depth(b) ||
    (a.kind === b.kind ? 0 : a.kind === 'requirements' ? -1 : 1) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}

/** Why one pip-audit run gave no usable report, or null when it did (whatever its exit code). */
export function runProblem(
  result: ExecResult,
  parsed: PipAuditParse,
  timeoutMs: number,
): string | null {
  const execution = executionProblem(result, 'pip-audit', timeoutMs);
  if (execution) return execution;
  if (!parsed.problem) {
    if (result.exitCode === 0 || result.exitCode === 1) return null;
    return `pip-audit exited with code ${result.exitCode}`;
  }
  const said = pipAuditErrorText(result.stderr);
  if (said) return said;
  const code = result.exitCode === null ? 'no exit code' : `exit code ${result.exitCode}`;
  const excerpt = (result.stderr.trim() || result.stdout.trim())
    .split(/\r?\n/)
    .slice(-3)
    .join(' ')
    .slice(0, 400);
  return `${parsed.problem} (${code})${excerpt ? `: ${excerpt}` : ''}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
