// Benchmarks, printed as a table (run `npm run build` first; needs GNU time, and bandit for the
// comparison: `apt-get install time bandit black flake8 mypy`).
//
//   npm run bench                 # both benchmarks on the Python 3.11 standard library
//   npm run bench -- engine       # pattern engine vs tree-sitter parsing alone vs bandit
//   npm run bench -- check        # whole check vs each tool alone (S, C)
//   npm run bench -- rules        # what each rule adds to parsing, one rule at a time (--runs N)
//   npm run bench -- --tree DIR   # another tree (the check benchmark defaults to pip's own
//                                 # source, /usr/lib/python3/dist-packages/pip/_internal: mypy
//                                 # cannot check the standard library as a project)
//
// Engine: all pattern rules over the tree, beside parsing alone with the same workers and bandit
// on the same files. Targets: rules ≤ 30% over parsing alone (the engine's own time against the
// parser's own time; the end-to-end figure with start-up and reports is printed beside it), ≥ 8×
// faster than bandit end to end, < 400 MB.
// Check: S = the slowest tool's wall time alone, C = every tool's CPU time summed / cores; target
// `pybp check` ≤ 1.1 × max(S, C) + 1 s.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const treeAt = args.indexOf('--tree');
const tree = treeAt >= 0 ? args[treeAt + 1] : '/usr/lib/python3.11';
const checkTree = treeAt >= 0 ? args[treeAt + 1] : '/usr/lib/python3/dist-packages/pip/_internal';
const which = args.find((arg) => arg === 'engine' || arg === 'check' || arg === 'rules');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const cores = availableParallelism();
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) throw new Error('run `npm run build` first');

// Check the whole tree: no default excludes (the standard library has a `venv` package).
const scratch = mkdtempSync(join(tmpdir(), 'pybp-bench-'));
const config = join(scratch, 'pybp.toml');
writeFileSync(config, 'exclude = []\n');

/** Runs argv under GNU time; returns wall s, CPU s (user+sys, children included), peak MB. */
function timed(argv, options = {}) {
  const format = '%e %U %S %M';
  const run = spawnSync('/usr/bin/time', ['-f', `BENCH ${format}`, ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options,
  });
  const line = run.stderr
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`no timing for ${argv.join(' ')}: ${run.stderr.slice(-500)}`);
  const [wall, user, sys, kb] = line.slice(6).split(' ').map(Number);
  return {
    wall,
    cpu: user + sys,
    mb: kb / 1024,
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
  };
}

function pythonFiles() {
  const run = spawnSync('find', [tree, '-name', '*.py', '-type', 'f'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return run.stdout.trim().split('\n').filter(Boolean).sort();
}

function fmt(n, digits = 2) {
  return Number.isFinite(n) ? n.toFixed(digits) : String(n);
}

function engineBench() {
  const files = pythonFiles();
  const lines = Number(
    spawnSync('sh', ['-c', 'cat "$@" | wc -l', 'sh', ...files], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    }).stdout.trim(),
  );
  const engine = timed([
    'node',
    cli,
    'check',
    tree,
    '--config',
    config,
    '--tools',
    'patterns',
    '--fail-on',
    'never',
    '--format',
    'json',
    '--output',
    join(scratch, 'engine.json'),
  ]);
  const parse = timed(
    [
      'node',
      join(root, 'scripts', 'bench-parse.mjs'),
      String(cores),
      ...[join(scratch, 'files.txt')],
    ],
    {
      input: files.join('\n'),
    },
  );
  const banditAvailable = spawnSync('bandit', ['--version'], { encoding: 'utf8' }).status === 0;
  const bandit = banditAvailable
    ? timed(['bandit', '-q', '-r', tree, '-f', 'json', '-o', join(scratch, 'bandit.json')])
    : null;
  // The engine's own time (from the project facts to the last finding, start-up excluded) beside
  // the parse reference's own time (from the file list to the last tree): like against like.
  const engineMs = JSON.parse(readFileSync(join(scratch, 'engine.json'), 'utf8')).tools.find(
    (tool) => tool.name === 'patterns',
  ).durationMs;
  const parseMs = JSON.parse(parse.stdout.trim().split('\n').at(-1)).ms;
  const rows = [
    ['pybp check, patterns only (all rules)', engine, engineMs],
    ['tree-sitter parse only', parse, parseMs],
    ...(bandit ? [['bandit', bandit, NaN]] : []),
  ];
  console.log(`\nEngine on ${tree}: ${files.length} files, ${lines} lines, ${cores} cores`);
  console.log('| run | wall s | lines/s | CPU s | peak MB | engine s |\n|---|--:|--:|--:|--:|--:|');
  for (const [name, r, ms] of rows)
    console.log(
      `| ${name} | ${fmt(r.wall)} | ${fmt(lines / r.wall, 0)} | ${fmt(r.cpu)} | ${fmt(r.mb, 0)} | ${Number.isFinite(ms) ? fmt(ms / 1000) : '–'} |`,
    );
  console.log(
    `rules over parsing alone: ${fmt((engineMs / parseMs - 1) * 100, 0)}% engine to parser ` +
      `(target ≤ 30%); ${fmt((engine.wall / parse.wall - 1) * 100, 0)}% end to end, start-up, ` +
      `discovery and reports included`,
  );
  if (bandit)
    console.log(
      `faster than bandit: ${fmt(bandit.wall / engine.wall, 1)}× end to end (target ≥ 8×)`,
    );
  console.log(`peak memory: ${fmt(engine.mb, 0)} MB (target < 400 MB)`);
}

/** A fresh copy of the tree for each run: no tool may find a warm cache left by the one before. */
function freshCopy(source) {
  const dir = mkdtempSync(join(tmpdir(), 'pybp-bench-tree-'));
  spawnSync('cp', ['-r', source, join(dir, 'project')]);
  mkdirSync(join(dir, 'project', '.git'));
  return join(dir, 'project');
}

function checkBench() {
  const tools = ['flake8', 'black', 'mypy', 'patterns'].filter(
    (tool) => tool === 'patterns' || spawnSync(tool, ['--version']).status === 0,
  );
  const run = (list) => {
    const project = freshCopy(checkTree);
    return timed([
      'node',
      cli,
      'check',
      project,
      '--config',
      config,
      '--tools',
      list,
      '--fail-on',
      'never',
      '--format',
      'json',
      '--output',
      join(scratch, 'out.json'),
    ]);
  };
  const alone = {};
  for (const tool of tools) alone[tool] = run(tool);
  const whole = run(tools.join(','));
  const S = Math.max(...Object.values(alone).map((r) => r.wall));
  const C = Object.values(alone).reduce((sum, r) => sum + r.cpu, 0) / cores;
  const bound = 1.1 * Math.max(S, C) + 1;
  console.log(
    `\nWhole check on ${checkTree}: tools ${tools.join(', ')}, ${cores} cores, cold caches`,
  );
  console.log('| run | wall s | CPU s | peak MB |\n|---|--:|--:|--:|');
  for (const [tool, r] of Object.entries(alone))
    console.log(`| ${tool} alone | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${fmt(r.mb, 0)} |`);
  console.log(
    `| pybp check (all) | ${fmt(whole.wall)} | ${fmt(whole.cpu)} | ${fmt(whole.mb, 0)} |`,
  );
  console.log(
    `S = ${fmt(S)} s, C = ${fmt(C)} s, bound 1.1 × max(S, C) + 1 = ${fmt(bound)} s → check ${fmt(whole.wall)} s ${whole.wall <= bound ? 'within' : 'OVER'} the bound`,
  );
}

/** The patterns tool's own time (`durationMs`) for the engine with the rules `select` names. */
function engineMs(select) {
  const run = spawnSync(
    'node',
    [cli, 'check', tree, '--config', config, '--tools', 'patterns', '--fail-on', 'never'].concat([
      '--format',
      'json',
      '--select',
      select,
    ]),
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const report = JSON.parse(run.stdout);
  return report.tools.find((tool) => tool.name === 'patterns').durationMs;
}

/** The fastest of `runs` runs: the least disturbed by whatever else the machine was doing. */
function fastest(measure) {
  return Math.min(...Array.from({ length: runs }, measure));
}

/**
 * Where the engine's time goes, rule by rule: the engine with PBP000 alone (every file read and
 * parsed once, the parse-error check, the project facts) is the floor, and each rule is run
 * beside it to see what it adds. The rules share caches (imports, parents, line starts), so the
 * sum of what they add alone is more than what they add together.
 */
function rulesBench() {
  const list = spawnSync('node', [cli, 'rules'], { encoding: 'utf8' }).stdout;
  const ids = list
    .split('\n')
    .map((line) => /^(PBP\d{3})\s/.exec(line)?.[1])
    .filter((id) => id && id !== 'PBP000');
  const files = pythonFiles();
  const parse = fastest(() => {
    const run = spawnSync('node', [join(root, 'scripts', 'bench-parse.mjs'), String(cores)], {
      input: files.join('\n'),
      encoding: 'utf8',
    });
    return JSON.parse(run.stdout.trim().split('\n').at(-1)).ms;
  });
  const floor = fastest(() => engineMs('PBP000'));
  const all = fastest(() => engineMs('PBP'));
  const rows = ids.map((id) => ({ id, ms: fastest(() => engineMs(`PBP000,${id}`)) }));
  rows.sort((a, b) => b.ms - a.ms || (a.id < b.id ? -1 : 1));
  console.log(
    `\nRule by rule on ${tree}: ${files.length} files, ${cores} cores, fastest of ${runs} runs`,
  );
  console.log('| run | engine ms | over PBP000 alone ms | % of parsing alone |\n|---|--:|--:|--:|');
  const pct = (ms) => `${fmt((ms / parse) * 100, 0)}%`;
  console.log(`| tree-sitter parse only | ${parse} | – | 100% |`);
  console.log(`| PBP000 alone (the floor) | ${floor} | 0 | ${pct(floor)} |`);
  for (const { id, ms } of rows)
    console.log(`| PBP000 + ${id} | ${ms} | ${ms - floor} | ${pct(ms)} |`);
  console.log(`| every rule | ${all} | ${all - floor} | ${pct(all)} |`);
  const sum = rows.reduce((total, row) => total + Math.max(0, row.ms - floor), 0);
  console.log(
    `what the rules add: ${all - floor} ms together (${sum} ms summed one by one); ` +
      `the 30% budget over parsing alone is ${Math.round(parse * 0.3)} ms, ` +
      `of which the floor takes ${floor - parse} ms`,
  );
}

if (!which || which === 'engine') engineBench();
if (!which || which === 'check') checkBench();
if (which === 'rules') rulesBench();
