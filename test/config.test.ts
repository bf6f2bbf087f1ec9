import { describe, expect, it } from 'vitest';
import { ConfigError, readConfigFile, resolveConfig } from '../src/config.js';
import { tempProject } from './helpers/temp-project.js';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('reads [tool.pybp] from pyproject.toml and merges flags over it', () => {
    const root = tempProject({
      'pyproject.toml': [
        '[project]',
        'name = "shop"',
        '[tool.pybp]',
        'select = ["PBP2", "flake8/E"]',
        'ignore = ["PBP201"]',
        'extend-exclude = ["legacy/"]',
        'tools = ["flake8", "patterns"]',
        'fail-on = "warning"',
        '[tool.pybp.per-file-ignores]',
        '"scripts/*.py" = ["PBP6"]',
        '[tool.pybp.levels]',
        'PBP202 = "warning"',
      ].join('\n'),
    });
    const config = resolveConfig(root, { ignore: ['flake8/E501'], failOn: 'error' });
    expect(config.configFile?.endsWith('pyproject.toml')).toBe(true);
    expect(config.select).toEqual(['PBP2', 'flake8/E']);
    expect(config.ignore).toEqual(['PBP201', 'flake8/E501']);
    expect(config.tools).toEqual(['flake8', 'patterns']);
    expect(config.toolsChosen).toBe(true);
    expect(config.failOn).toBe('error');
    expect(config.perFileIgnores).toEqual([{ glob: 'scripts/*.py', selectors: ['PBP6'] }]);
    expect(config.levels).toEqual({ PBP202: 'warning' });
    expect(config.extendExclude).toEqual(['legacy/']);
  });

  it('uses .pybp.toml as a whole-file table, and defaults without any file', () => {
    const withDotfile = tempProject({ '.pybp.toml': 'fail-on = "never"\n' });
    expect(resolveConfig(withDotfile).failOn).toBe('never');
    const plain = tempProject({ 'pyproject.toml': '[project]\nname = "x"\n' });
    const config = resolveConfig(plain);
    expect(config.configFile).toBeNull();
    expect(config.tools).toEqual(['mypy', 'black', 'flake8', 'pip-audit', 'hadolint', 'patterns']);
    expect(config.toolsChosen).toBe(false);
    expect(config.failOn).toBe('error');
  });

  it('names the file, the key and what is allowed for an unknown key', () => {
    const error = errorOf(() =>
      readConfigFile('/repo/pyproject.toml', '[tool.pybp]\nselct = ["PBP2"]\n'),
    );
    expect(error.message).toContain('/repo/pyproject.toml');
    expect(error.message).toContain('unknown key "tool.pybp.selct"');
    expect(error.message).toContain('allowed keys: select, ignore');
    expect(error.key).toBe('tool.pybp.selct');
  });

  it('rejects wrong types, unknown values and unknown rule ids', () => {
    expect(errorOf(() => readConfigFile('/r/.pybp.toml', 'select = "PBP2"\n')).message).toMatch(
      /"select" must be a list of strings, not string "PBP2"/,
    );
    expect(errorOf(() => readConfigFile('/r/.pybp.toml', 'fail-on = "fatal"\n')).message).toMatch(
      /allowed: error, warning, note, never/,
    );
    expect(errorOf(() => readConfigFile('/r/.pybp.toml', 'tools = ["pylint"]\n')).message).toMatch(
      /"tools" has "pylint"; allowed: mypy, black/,
    );
    expect(errorOf(() => readConfigFile('/r/.pybp.toml', 'ignore = ["PBP999"]\n')).message).toMatch(
      /unknown rule "PBP999"/,
    );
    expect(errorOf(() => readConfigFile('/r/.pybp.toml', 'select = ["E501"]\n')).message).toMatch(
      /flake8\/E501/,
    );
    expect(
      errorOf(() => readConfigFile('/r/.pybp.toml', '[levels]\nPBP201 = "fatal"\n')).message,
    ).toMatch(/levels\.PBP201" must be one of error, warning, note, off/);
    expect(
      errorOf(() => readConfigFile('/r/.pybp.toml', '[per-file-ignores]\n"a.py" = "PBP2"\n'))
        .message,
    ).toMatch(/must be a list of rule ids/);
    expect(errorOf(() => readConfigFile('/r/.pybp.toml', 'timeout = -1\n')).message).toMatch(
      /positive number/,
    );
  });

  it('reports malformed TOML with its line and column', () => {
    const error = errorOf(() =>
      readConfigFile('/r/pyproject.toml', '[tool.pybp]\nselect = ["PBP2",\n'),
    );
    expect(error.message).toMatch(/^\/r\/pyproject\.toml:\d+:\d+: not valid TOML/);
  });

  it('rejects bad flags: unknown tools, fail-on, imports and a missing path', () => {
    const root = tempProject({ 'a.py': '' });
    expect(errorOf(() => resolveConfig(root, { tools: ['ruff'] })).message).toMatch(
      /unknown tool "ruff"/,
    );
    expect(errorOf(() => resolveConfig(root, { failOn: 'always' })).message).toMatch(
      /fail-on "always"/,
    );
    expect(errorOf(() => resolveConfig(root, { imports: ['bandit=x.json'] })).message).toMatch(
      /--import takes TOOL=FILE/,
    );
    expect(
      errorOf(() => resolveConfig(root, { imports: ['hadolint=missing.json'] }, root)).message,
    ).toMatch(/does not exist/);
    expect(errorOf(() => resolveConfig(`${root}/nope`)).message).toMatch(/does not exist/);
    expect(errorOf(() => resolveConfig(root, { select: ['PBP9'] })).message).toMatch(
      /unknown rule "PBP9"/,
    );
  });

  it('finds the repository root as the base for reported paths', () => {
    const root = tempProject({ 'services/api/app.py': '' });
    const config = resolveConfig(`${root}/services/api`);
    expect(config.base).toBe(root);
    expect(config.root).toBe(`${root}/services/api`);
  });
});

describe('config: section policy', () => {
  it('reads [tool.pybp.sections] and rejects unknown sections and levels', () => {
    const root = tempProject({
      '.pybp.toml': '[sections]\nsecurity = "warning"\ncode-quality = "never"\n',
    });
    expect(resolveConfig(root).sectionPolicy).toEqual({
      security: 'warning',
      'code-quality': 'never',
    });
    expect(
      errorOf(() => readConfigFile('/r/.pybp.toml', '[sections]\nsecuritty = "warning"\n')).message,
    ).toMatch(/unknown section "securitty"; allowed: performance, security/);
    expect(
      errorOf(() => readConfigFile('/r/.pybp.toml', '[sections]\nsecurity = "fatal"\n')).message,
    ).toMatch(/sections\.security" must be one of error, warning, note, never/);
  });
});
