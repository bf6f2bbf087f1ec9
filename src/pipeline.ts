/**
 * Config → ToolRun[] + Finding[] → Verdict: the one pipeline behind the CLI, the action and the
 * Docker image. Tools and the pattern engine run concurrently; their findings are normalised
 * (paths, sections, levels), filtered (select/ignore, per-file ignores, inline suppressions),
 * fingerprinted, sorted, and judged.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from './config.js';
import { discover, type Discovery } from './discover.js';
import { lowPriority, type Executor } from './exec/executor.js';
import { LocalExecutor } from './exec/local.js';
import { fingerprintAll } from './fingerprint.js';
import {
  compareFindings,
  type Finding,
  type RawFinding,
  type Rule,
  type ToolName,
  type ToolRun,
} from './model.js';
import type { DependencyCacheSession } from './deps/actions-cache.js';
import { prepareDependencies, type Prepared, type RunnerKind } from './deps/prepare.js';
import { isInside, toPosix } from './paths.js';
import type { EngineFile } from './patterns/check-files.js';
import { gatherFileFacts } from './patterns/deps/file-facts.js';
import { runEngine } from './patterns/engine.js';
import { gatherModelRelationships } from './patterns/python/performance/model-relationships.js';
import { patternRulesById } from './patterns/registry.js';
import { PARSE_ERROR_RULE } from './patterns/parse-error.js';
import { isLockFilePath, isTestPath, type ProjectFacts } from './patterns/project-facts.js';
import { patternRules } from './rules/catalog.js';
import { selectorMatches } from './rules/catalog.js';
import { synthesisedRule } from './rules/tool-rules.js';
import {
  applyBaseline,
  fixedBaselineNotice,
  type Baseline,
  type BaselineEntry,
} from './report/baseline.js';
import {
  changedLinesFromGit,
  filterByScope,
  resolveBase,
  scopeNotice,
  type BaseRequest,
  type ChangedLines,
  type Scope,
} from './report/diff.js';
import { decideVerdict, type Verdict } from './report/gate.js';
import { readSource, splitLines } from './source-text.js';
import { suppressionFor } from './suppressions.js';
import { applyGovernedSuppressions, inlineSuppressionCounts } from './suppressions/governed.js';
import { failedRun, type ToolContext } from './tools/adapter.js';
import { TOOL_ADAPTERS } from './tools/registry.js';

export interface CheckResult {
  config: Config;
  discovery: Discovery;
  tools: ToolRun[];
  /** Every finding in scope, suppressed ones included, in report order. */
  findings: Finding[];
  /** The same before the changed-lines scope narrowed them: what SARIF carries. */
  unscopedFindings: Finding[];
  baseline: BaselineSummary | null;
  scope: ScopeSummary | null;
  /** Inline `# pybp: ignore` / `# noqa` suppressions per rule id. */
  inlineSuppressions: Record<string, number>;
  /** Every rule a finding refers to, plus every enabled pattern rule. */
  rules: Map<string, Rule>;
  verdict: Verdict;
  /** Things a person should know that are not findings (files skipped, odd tool output). */
  notices: string[];
}

export interface PipelineOptions {
  executor?: Executor;
  /** Worker threads for the pattern engine (tests pin it). */
  workers?: number;
  /** Accepted findings (`--baseline FILE`): marked `baseline`, listed, not gating. */
  baseline?: Baseline;
  /** Where and how to install the project's dependencies for mypy (the entry points know the runner). */
  dependencies?: DependencySetup;
  /** The clock for the suppression list's expiry dates (tests fix it). */
  now?: Date;
  /** The changed lines, for `config.scope` other than `all` (see changedLinesFor). */
  changed?: ChangeSet | null;
}

export interface DependencySetup {
  runner: RunnerKind;
  /** The host folder environments are kept in (`<cache>/deps`). */
  hostCacheDir: string;
  /** `PIP_*` settings for pip, and values for `${NAME}` in lock files' index URLs. */
  env: Readonly<Record<string, string>>;
  variables: Readonly<Record<string, string | undefined>>;
  /** On GitHub: the Actions cache for the environment and mypy's cache. */
  ciCache?: DependencyCacheSession | null;
  /** Where mypy keeps its cache, when that folder is cached across runs. */
  mypyCacheDir?: string;
}

/** What changed: per file, or null when there is no base and every file counts as changed. */
export interface ChangeSet {
  files: ReadonlyMap<string, ChangedLines> | null;
  description: string;
  notices: string[];
}

export interface BaselineSummary {
  file: string;
  matched: number;
  fixed: number;
  /** Entries this run looked for and did not find. */
  fixedEntries: BaselineEntry[];
}

export interface ScopeSummary {
  scope: Scope;
  description: string;
  kept: number;
  leftOut: number;
}

/** The tools in the order they usually take longest: the first one selected is the critical path. */
const CRITICAL_PATH: readonly ToolName[] = ['mypy', 'pip-audit', 'black', 'hadolint', 'flake8'];

export async function runCheck(
  config: Config,
  options: PipelineOptions = {},
): Promise<CheckResult> {
  const discovery = discover({ ...config, only: config.files });
  const context: ToolContext = {
    config,
    discovery,
    executor: options.executor ?? new LocalExecutor(),
  };
  const imported = new Set(config.imports.map((entry) => entry.tool));
  // mypy sees the project's dependencies once they are installed; the install starts now and
  // only mypy waits for it.
  let prepared: Promise<Prepared> | null = null;
  if (options.dependencies && config.tools.includes('mypy') && !imported.has('mypy')) {
    const setup = options.dependencies;
    prepared = prepareDependencies({
      setting: config.installDependencies,
      runner: setup.runner,
      executor: context.executor,
      files: discovery.projectFiles,
      read: (path) => readFileSync(join(config.base, path), 'utf8'),
      hostCacheDir: setup.hostCacheDir,
      install: {
        cwd: config.root,
        pipArgs: config.pipArgs,
        env: setup.env,
        variables: setup.variables,
      },
      ...(setup.ciCache ? { ciCache: setup.ciCache } : {}),
      ...(setup.mypyCacheDir ? { mypyCacheDir: setup.mypyCacheDir } : {}),
    });
    context.dependencies = prepared.then((result) => result.environment);
  }

  const runs = await Promise.all(
    config.tools.map(async (tool): Promise<ToolRun> => {
      try {
        if (imported.has(tool)) return importRun(tool, context);
        if (tool === 'patterns') {
          // Beside the external tools, leave one core to the slowest of them.
          const external = config.tools.some((name) => name !== 'patterns' && !imported.has(name));
          return await runPatterns(
            config,
            discovery,
            options.workers,
            external ? Math.max(1, availableParallelism() - 1) : undefined,
          );
        }
        const adapter = TOOL_ADAPTERS[tool];
        if (!adapter) {
          return {
            tool,
            version: null,
            status: 'skipped',
            durationMs: 0,
            findings: [],
            reason: `pybp has no adapter for ${tool}`,
          };
        }
        // The slowest tool bounds the check's wall time: it keeps normal priority, the rest yield.
        const critical = CRITICAL_PATH.find(
          (name) => config.tools.includes(name) && !imported.has(name),
        );
        return await adapter.run(
          tool === critical ? context : { ...context, executor: lowPriority(context.executor) },
        );
      } catch (error) {
        // An adapter bug must not hide the other tools' findings.
        return failedRun(tool, `internal error: ${(error as Error).message}`);
      }
    }),
  );
  // Imports for tools that were not selected still count: the user asked for them.
  for (const tool of imported) {
    if (!config.tools.includes(tool)) runs.push(importRun(tool, context));
  }

  const rules = new Map<string, Rule>();
  for (const rule of patternRules()) rules.set(rule.id, rule);
  for (const run of runs) for (const rule of run.rules ?? []) rules.set(rule.id, rule);

  // The install's own notices (what, from which file, how long) arrive through mypy's run.
  if (prepared) await prepared;
  const notices = [
    ...discovery.skipped.map((skip) => `${skip.path}: skipped: ${skip.reason}`),
    ...runs.flatMap((run) => run.notices ?? []),
  ];
  let findings = normalise(runs, rules, config, notices);

  // The suppression list, after inline comments and before the baseline and the scope, so an
  // entry's use is judged on every finding. Its expired and unused entries are findings too.
  let inlineSuppressions: Record<string, number> = {};
  if (config.suppressions.length > 0) {
    const outcome = applyGovernedSuppressions(findings, config.suppressions, {
      now: options.now ?? new Date(),
      configPath: config.configFile
        ? toPosix(relative(config.base, config.configFile))
        : '.pybp.toml',
      fullRun: discovery.files === discovery.projectFiles && !config.selectionNarrowed,
      globBase: toPosix(relative(config.base, config.root)),
      checkedTools: new Set(runs.filter((run) => run.status === 'ok').map((run) => run.tool)),
    });
    inlineSuppressions = outcome.inline;
    const meta: ToolRun = {
      tool: 'patterns',
      version: null,
      status: 'ok',
      durationMs: 0,
      findings: [...outcome.expired, ...outcome.unused],
    };
    findings = [...outcome.findings, ...normalise([meta], rules, config, notices)].sort(
      compareFindings,
    );
  } else {
    inlineSuppressions = inlineSuppressionCounts(findings);
  }

  // The baseline applies to every finding, before a scope narrows them: otherwise entries in
  // files outside the change would look fixed.
  let baseline: BaselineSummary | null = null;
  if (options.baseline) {
    const checkedTools = new Set(runs.filter((run) => run.status === 'ok').map((run) => run.tool));
    const outcome = applyBaseline(findings, options.baseline, {
      isChecked: (entry) =>
        checkedTools.has(entry.tool) &&
        isSelected(config, entry.tool, entry.ruleId) &&
        config.levels[entry.ruleId] !== 'off' &&
        (discovery.files === discovery.projectFiles ||
          discovery.files.some((file) => file.path === entry.path)),
    });
    findings = outcome.findings;
    baseline = {
      file: options.baseline.file,
      matched: outcome.matched,
      fixed: outcome.fixed.length,
      fixedEntries: outcome.fixed,
    };
    const notice = fixedBaselineNotice(outcome.fixed, options.baseline.file, relativeRoot(config));
    if (notice) notices.push(notice);
  }
  // Every finding goes to SARIF (a narrower upload would close alerts elsewhere); the scope
  // narrows what is reported and gated.
  const unscoped = findings;
  let scope: ScopeSummary | null = null;
  if (config.scope !== 'all') {
    const changed = options.changed ?? null;
    const scoped = filterByScope(findings, changed?.files ?? null, config.scope);
    findings = scoped.findings;
    scope = {
      scope: config.scope,
      description: changed?.description ?? 'no base to compare with: every file counts as changed',
      kept: scoped.kept,
      leftOut: scoped.leftOut,
    };
    notices.push(`scope ${config.scope}: ${scope.description}`, ...(changed?.notices ?? []));
    const notice = scopeNotice(config.scope, scoped);
    if (notice) notices.push(notice);
  }

  const verdict = decideVerdict({
    findings,
    tools: runs,
    failOn: config.failOn,
    sectionPolicy: config.sectionPolicy,
    toolsChosen: config.toolsChosen,
  });
  return {
    config,
    discovery,
    tools: runs,
    findings,
    unscopedFindings: unscoped,
    rules,
    verdict,
    notices,
    baseline,
    scope,
    inlineSuppressions,
  };
}

/**
 * The changed lines for `config.scope`, from git: before any tool runs, so a checkout that cannot
 * be compared fails at once (a ConfigError that says how to fix it) instead of linting nothing.
 */
export async function changedLinesFor(
  config: Config,
  request: BaseRequest,
): Promise<ChangeSet | null> {
  if (config.scope === 'all') return null;
  const resolved = resolveBase({
    ...request,
    changedSince: config.changedSince ?? request.changedSince,
  });
  if (resolved.base === null)
    return { files: null, description: resolved.description, notices: resolved.notices };
  // git always runs here, never in the tools container.
  const changed = await changedLinesFromGit(config.base, resolved.base, new LocalExecutor());
  return {
    ...changed,
    description: `${resolved.description}; ${changed.description}`,
    notices: [...resolved.notices, ...changed.notices],
  };
}

function relativeRoot(config: Config): string {
  return toPosix(relative(config.base, config.root)) || '.';
}

function importRun(tool: ToolName, context: ToolContext): ToolRun {
  const entry = context.config.imports.find((item) => item.tool === tool);
  const adapter = TOOL_ADAPTERS[tool];
  if (!entry || !adapter) {
    return failedRun(tool, `pybp cannot import a ${tool} report`);
  }
  try {
    return adapter.importReport(readFileSync(entry.file, 'utf8'), context);
  } catch (error) {
    return failedRun(tool, `cannot read the imported ${tool} report: ${(error as Error).message}`);
  }
}

async function runPatterns(
  config: Config,
  discovery: Discovery,
  workers: number | undefined,
  maxWorkers: number | undefined,
): Promise<ToolRun> {
  const started = performance.now();
  const partial = discovery.files !== discovery.projectFiles;
  const enabled = patternRules()
    .filter(
      // Checking named files (pre-commit) is about those files: project-wide rules stay quiet.
      // PBP000 is listed with them but reported per file, by the engine.
      (rule) =>
        !(
          partial &&
          rule.id !== PARSE_ERROR_RULE.id &&
          patternRulesById().get(rule.id)?.kind === 'project'
        ),
    )
    .filter((rule) => isSelected(config, rule.tool, rule.id) && config.levels[rule.id] !== 'off');
  const files: EngineFile[] = discovery.files
    .filter((file) => file.kind !== 'lock')
    .map((file) => ({
      path: file.path,
      absolute: file.absolute,
      kind: file.kind as EngineFile['kind'],
    }));
  // Facts come from the whole project even when only some files are checked (`--files`);
  // gathered while the engine's workers start.
  const gatherFacts = async (): Promise<ProjectFacts> => {
    const project = discovery.projectFiles;
    const python = project.filter((file) => file.kind === 'python').map((file) => file.path);
    const facts: ProjectFacts = {
      pythonFiles: python,
      hasTests: python.some(isTestPath),
      asyncioAuto: detectAsyncioAuto(config.root),
      lockFiles: project.filter((file) => isLockFilePath(file.path)).map((file) => file.path),
      pyprojectFiles: project.filter((file) => file.kind === 'pyproject').map((file) => file.path),
      // What one deployment/dependency file needs from another (compose health checks, pinned
      // requirements that lock a pyproject, requirements a Dockerfile installs): small files,
      // read once here.
      ...gatherFileFacts(
        project
          .filter(
            (file) =>
              file.kind === 'compose' ||
              file.kind === 'requirements' ||
              file.kind === 'pyproject' ||
              file.kind === 'dockerfile',
          )
          .flatMap((file) => {
            const source = readSource(file.absolute, 1024 * 1024);
            return source.ok ? [{ path: file.path, kind: file.kind, text: source.text }] : [];
          }),
      ),
    };
    // N+1 through a lazy relationship needs the models of the whole project: a cheap pre-pass that
    // parses only files whose text may declare models.
    facts.modelRelationships = await gatherModelRelationships(
      project.filter((file) => file.kind === 'python'),
    );
    return facts;
  };
  const result = await runEngine({
    files,
    ruleIds: enabled.map((rule) => rule.id),
    facts: gatherFacts,
    ...(workers === undefined ? {} : { workers }),
    ...(maxWorkers === undefined ? {} : { maxWorkers, lowPriority: true }),
  });
  return {
    tool: 'patterns',
    version: null,
    status: 'ok',
    durationMs: Math.round(performance.now() - started),
    findings: result.findings,
    metrics: result.metrics,
    texts: result.texts,
    notices: [
      ...result.skipped.map(
        (skip) => `${skip.path}: skipped by the pattern engine (${skip.reason})`,
      ),
      ...result.notices,
    ],
  };
}

/** pytest runs coroutine tests itself: asyncio mode auto in pyproject.toml, pytest.ini, setup.cfg or tox.ini. */
function detectAsyncioAuto(root: string): boolean {
  for (const name of ['pyproject.toml', 'pytest.ini', 'setup.cfg', 'tox.ini']) {
    try {
      // `asyncio_mode = "auto"` in the ini/toml, or `--asyncio-mode=auto` in addopts.
      const text = readFileSync(join(root, name), 'utf8');
      if (/^\s*asyncio_mode\s*=\s*["']?auto|--asyncio-mode[= ]auto/m.test(text)) return true;
    } catch {
      // Not there.
    }
  }
  return false;
}

function isSelected(config: Config, tool: string, ruleId: string): boolean {
  if (
    config.select.length > 0 &&
    !config.select.some((selector) => selectorMatches(selector, tool, ruleId))
  )
    return false;
  return !config.ignore.some((selector) => selectorMatches(selector, tool, ruleId));
}

function normalise(
  runs: ToolRun[],
  rules: Map<string, Rule>,
  config: Config,
  notices: string[],
): Finding[] {
  const perFile = config.perFileIgnores.map((entry) => ({
    match: picomatch(entry.glob, { dot: true }),
    selectors: entry.selectors,
  }));
  const raw: RawFinding[] = [];
  for (const run of runs) {
    if (run.status !== 'ok') continue;
    for (const finding of run.findings) {
      if (!isInside(finding.location.path)) {
        notices.push(`${run.tool}: a finding outside the checked folder was ignored`);
        continue;
      }
      if (!isSelected(config, finding.tool, finding.ruleId)) continue;
      if (config.levels[finding.ruleId] === 'off') continue;
      const local = toPosix(relative(config.root, join(config.base, finding.location.path)));
      if (
        perFile.some(
          (entry) =>
            entry.match(local) &&
            entry.selectors.some((s) => selectorMatches(s, finding.tool, finding.ruleId)),
        )
      )
        continue;
      raw.push(finding);
    }
  }
  const kept = dropOverlaps(dropDuplicates(raw), rules);

  // Read only the files that have findings, once each: for suppressions and fingerprints.
  const texts = new Map<string, string[]>();
  const linesOf = (path: string): string[] => {
    let lines = texts.get(path);
    if (!lines) {
      const known = runs.find((run) => run.texts?.has(path))?.texts?.get(path);
      if (known !== undefined) lines = splitLines(known);
      else {
        const source = readSource(join(config.base, path));
        lines = source.ok ? splitLines(source.text) : [];
      }
      texts.set(path, lines);
    }
    return lines;
  };

  const findings: Finding[] = kept.map((finding) => {
    let rule = rules.get(finding.ruleId);
    if (!rule) {
      rule = synthesisedRule(
        finding.tool,
        finding.ruleId.replace(/^[^/]+\//, ''),
        finding.message,
        finding.level ?? 'warning',
      );
      rules.set(rule.id, rule);
    }
    const override = config.levels[finding.ruleId];
    const level = override && override !== 'off' ? override : (finding.level ?? rule.level);
    const lines = linesOf(finding.location.path);
    const suppression = suppressionFor(
      lines,
      {
        tool: finding.tool,
        ruleId: finding.ruleId,
        startLine: finding.location.startLine,
        endLine: finding.location.endLine,
      },
      !finding.location.path.endsWith('.py'),
    );
    const normalised: Finding = {
      tool: finding.tool,
      ruleId: finding.ruleId,
      level,
      section: finding.section ?? rule.section,
      message: finding.message,
      location: finding.location,
      fingerprint: '',
      state: suppression ? 'suppressed' : 'new',
    };
    if (finding.fix) normalised.fix = finding.fix;
    if (suppression) normalised.suppression = suppression.reason ?? 'inline comment';
    return normalised;
  });
  findings.sort(compareFindings);
  const prints = fingerprintAll(
    findings.map((finding) => ({
      tool: finding.tool,
      ruleId: finding.ruleId,
      path: finding.location.path,
      lineText: linesOf(finding.location.path)[finding.location.startLine - 1] ?? '',
    })),
  );
  findings.forEach((finding, index) => (finding.fingerprint = prints[index] ?? ''));
  return findings;
}

/** The same rule at the same place twice (a rule reached one literal two ways): keep one. */
function dropDuplicates(findings: RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const { path, startLine, startColumn, endLine, endColumn } = finding.location;
    const key = [finding.ruleId, path, startLine, startColumn, endLine, endColumn].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where our rule declares it overlaps a tool rule and both fired on one line, keep ours. */
function dropOverlaps(findings: RawFinding[], rules: Map<string, Rule>): RawFinding[] {
  const covered = new Set<string>();
  for (const finding of findings) {
    for (const overlapped of rules.get(finding.ruleId)?.overlaps ?? []) {
      covered.add([overlapped, finding.location.path, finding.location.startLine].join('\u0000'));
    }
  }
  if (covered.size === 0) return findings;
  return findings.filter(
    (finding) =>
      !covered.has(
        [finding.ruleId, finding.location.path, finding.location.startLine].join('\u0000'),
      ),
  );
}
