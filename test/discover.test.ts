import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { classify, discover } from '../src/discover.js';
import { tempProject } from './helpers/temp-project.js';

describe('discover', () => {
  it('classifies the files each tool and rule reads', () => {
    expect(classify('app/main.py')).toBe('python');
    expect(classify('Dockerfile')).toBe('dockerfile');
    expect(classify('docker/Dockerfile.prod')).toBe('dockerfile');
    expect(classify('api.Dockerfile')).toBe('dockerfile');
    expect(classify('requirements.txt')).toBe('requirements');
    expect(classify('requirements-dev.txt')).toBe('requirements');
    expect(classify('requirements/prod.txt')).toBe('requirements');
    expect(classify('pyproject.toml')).toBe('pyproject');
    expect(classify('.env')).toBe('env');
    expect(classify('.env.production')).toBe('env');
    expect(classify('poetry.lock')).toBe('lock');
    expect(classify('docker-compose.yml')).toBe('compose');
    expect(classify('README.md')).toBeNull();
    expect(classify('notes.txt')).toBeNull();
  });

  it('honours .gitignore (nested too), default excludes and extend-exclude', () => {
    const root = tempProject({
      '.gitignore': 'generated/\n*.local.py\n',
      'app/main.py': '',
      'app/settings.local.py': '',
      'app/.gitignore': 'secret_stuff.py\n',
      'app/secret_stuff.py': '',
      'generated/models.py': '',
      '.venv/lib/site.py': '',
      'node_modules/x/setup.py': '',
      'build/lib/app.py': '',
      'src/pkg.egg-info/x.py': '',
      'legacy/old.py': '',
      '.env': 'A=1\n',
      'tests/test_main.py': '',
    });
    const config = resolveConfig(root, { extendExclude: ['legacy/'] });
    expect(discover(config).files.map((file) => file.path)).toEqual([
      '.env',
      'app/main.py',
      'tests/test_main.py',
    ]);
  });

  it('never follows a symbolic link, in or out of the root, and says so', () => {
    const outside = tempProject({ 'evil.py': 'SECRET_KEY = "outside-the-repo"\n' });
    const root = tempProject({ 'app/main.py': '' });
    symlinkSync(join(outside, 'evil.py'), join(root, 'app/evil.py'));
    symlinkSync(outside, join(root, 'linked-dir'));
    mkdirSync(join(root, 'loop'));
    symlinkSync(join(root, 'loop'), join(root, 'loop/again'));
    const discovery = discover(resolveConfig(root));
    expect(discovery.files.map((file) => file.path)).toEqual(['app/main.py']);
    expect(discovery.skipped).toEqual([
      { path: 'app/evil.py', reason: 'symbolic link, not followed' },
    ]);
  });

  it('gives paths relative to the repository root when a subfolder is checked', () => {
    const root = tempProject({
      'services/api/app.py': '',
      'services/api/Dockerfile': 'FROM python:3.12\n',
      'other/x.py': '',
    });
    writeFileSync(join(root, '.gitignore'), 'services/api/ignored.py\n');
    writeFileSync(join(root, 'services/api/ignored.py'), '');
    const discovery = discover(resolveConfig(join(root, 'services/api')));
    expect(discovery.files.map((file) => [file.path, file.local, file.kind])).toEqual([
      ['services/api/Dockerfile', 'Dockerfile', 'dockerfile'],
      ['services/api/app.py', 'app.py', 'python'],
    ]);
  });
});
