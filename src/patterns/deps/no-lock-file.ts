/**
 * ## What it does
 * Finds an application's pyproject.toml that declares runtime dependencies while no lock is
 * committed for it: no `uv.lock`, `poetry.lock`, `pdm.lock`, `Pipfile.lock` or `pylock*.toml` in
 * its folder or a parent folder (a workspace root), and no fully pinned requirements file beside
 * it (`requirements.txt` or `requirements/*.txt` compiled by pip-compile/uv).
 *
 * ## Why is this bad?
 * `dependencies = ["fastapi>=0.110"]` says what the code works with, not what was tested: without
 * a lock, every build resolves again and deploys whatever is newest that day, including the
 * transitive dependencies nobody listed.
 *
 * Libraries are not reported (their users resolve the ranges; a lock would not reach them). What
 * counts as an application is decided in `pyproject.ts`, precision first: a pyproject that
 * publishes (classifiers, keywords, URLs, entry points) is a library, and one that is built but
 * has no console scripts is left alone. Projects managed by tools whose lock files are not known
 * here (Rye, Pixi) are not judged.
 */
import { posix } from 'node:path';
import type { Rule } from '../../model.js';
import { tomlKeys } from '../../deps/toml-locations.js';
import type { TextRule } from '../rule.js';
import type { DeploymentFacts } from './file-facts.js';
import { headerPosition, projectKind, readToml, runtimeDependencies, table } from './pyproject.js';

const meta: Rule = {
  id: 'PBP802',
  name: 'no-lock-file',
  tool: 'patterns',
  section: 'dependencies',
  level: 'note',
  precision: 'medium',
  summary: 'An application declares dependencies in pyproject.toml but commits no lock file.',
  docs: {
    what: 'Finds the pyproject.toml of an application with runtime dependencies when no lock (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock*.toml in its folder or a parent folder, or a fully pinned requirements file beside it) is committed. Application means: it says so (Poetry package-mode = false, uv package = false, PDM distribution = false, the classifier Private :: Do Not Upload), or nothing builds it (no [build-system], no setup.py), or it is built and declares console scripts. A pyproject with classifiers, keywords, project URLs or entry points is a library and is not reported; one that is built without scripts or publishing metadata is left alone.',
    why: 'Dependency ranges say what the code works with, not what was tested. Without a lock every build resolves again and deploys whatever is newest that day, transitive dependencies included.',
    example:
      '[project]\nname = "shop-api"\ndependencies = ["fastapi>=0.110", "sqlalchemy>=2"]\n# and no uv.lock / poetry.lock / pinned requirements.txt committed',
    useInstead:
      '# commit the lock your tool writes:\nuv lock            # uv.lock\npoetry lock        # poetry.lock\n# or pin for pip:\nuv pip compile pyproject.toml -o requirements.txt',
  },
};

export const noLockFile: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['pyproject'],
  check({ file, project, report }) {
    const doc = readToml(file);
    if (!doc) return;
    const tool = table(doc.tool) ?? {};
    if ('rye' in tool || 'pixi' in tool) return;
    if (runtimeDependencies(file, doc).length === 0) return;
    if (projectKind(doc, file.path, project) !== 'application') return;
    const dir = posix.dirname(file.path);
    const covers = (lockDir: string) =>
      lockDir === '.' || lockDir === dir || dir.startsWith(`${lockDir}/`);
    if (project.lockFiles.some((lock) => covers(posix.dirname(lock)))) return;
    const pinned = (project as DeploymentFacts).pinnedRequirementsFiles ?? [];
    const requirementsDir = dir === '.' ? 'requirements' : `${dir}/requirements`;
    if (
      pinned.some((path) => posix.dirname(path) === dir || posix.dirname(path) === requirementsDir)
    )
      return;
    const key = tomlKeys(file.text, 'project').find((entry) => entry.key === 'dependencies');
    const at = key ?? headerPosition(file.text, 'tool.poetry.dependencies');
    report({
      at: { startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.endColumn },
      message:
        'This application declares its dependencies but no lock file is committed, so every build resolves them again; commit a lock (uv lock, poetry lock, pdm lock) or a pip-compiled requirements.txt.',
    });
  },
};
