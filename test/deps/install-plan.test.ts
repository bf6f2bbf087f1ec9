/**
 * The install plan: which file the dependencies come from, the lock files turned into pinned
 * requirements, and the stub packages for imports. Lock files are small but written as their
 * tools write them.
 */
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../src/discover.js';
import { classify } from '../../src/discover.js';
import {
  planDependencyInstall,
  poetryConstraint,
  poetryRequirement,
  type PlanFile,
} from '../../src/deps/install-plan.js';
import {
  exportPdmLock,
  exportPipfileLock,
  exportPoetryLock,
  exportPylock,
  exportUvLock,
  LockFileError,
} from '../../src/deps/lock-files.js';
import { MarkerCondition, resolveMarker } from '../../src/deps/markers.js';
import { importsOf, neededStubs, stubDistributionName } from '../../src/deps/stub-packages.js';

const UV_LOCK = `version = 1
revision = 2
requires-python = ">=3.11"
resolution-markers = [
    "python_full_version >= '3.12'",
    "python_full_version < '3.12'",
]

[[package]]
name = "anyio"
version = "4.6.2.post1"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "idna" },
    { name = "sniffio" },
]
sdist = { url = "https://files.pythonhosted.org/packages/9f/09/45b9b7a6d4e45c6bcb5bf61d19e3ab87df68e0601fa8c5293de3542546cc/anyio-4.6.2.post1.tar.gz", hash = "sha256:4c8bc31ccdb51c7f7bd251f51c609e038d63e34219b44aa86e47576389880b4c", size = 173422 }
wheels = [
    { url = "https://files.pythonhosted.org/packages/e4/f5/f2b75d2fc6f1a260f340f0e7c6a060f4dd2961cc16884ed851b0d18da06a/anyio-4.6.2.post1-py3-none-any.whl", hash = "sha256:6d170c36fba3bdd840c73d3868c1e777e33676a69c3a72cf0a0d5d6d8009b61d", size = 90377 },
]

[[package]]
name = "certifi"
version = "2024.8.30"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "colorama"
version = "0.4.6"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "fastapi"
version = "0.115.5"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "starlette" },
    { name = "typing-extensions" },
]

[[package]]
name = "idna"
version = "3.10"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "internal-auth"
version = "2.3.0"
source = { registry = "https://pkgs.example.com/simple" }

[[package]]
name = "iniconfig"
version = "2.0.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "numpy"
version = "1.26.4"
source = { registry = "https://pypi.org/simple" }
resolution-markers = [
    "python_full_version < '3.12'",
]

[[package]]
name = "numpy"
version = "2.1.3"
source = { registry = "https://pypi.org/simple" }
resolution-markers = [
    "python_full_version >= '3.12'",
]

[[package]]
name = "psycopg2-binary"
version = "2.9.10"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "pysocks"
version = "1.7.1"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "pytest"
version = "8.3.3"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "colorama", marker = "sys_platform == 'win32'" },
    { name = "iniconfig" },
]

[[package]]
name = "requests"
version = "2.32.3"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "certifi" },
    { name = "idna" },
]

[package.optional-dependencies]
socks = [
    { name = "pysocks" },
]

[[package]]
name = "ruff"
version = "0.7.4"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "shop-api"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "fastapi" },
    { name = "internal-auth" },
    { name = "numpy", version = "1.26.4", source = { registry = "https://pypi.org/simple" }, marker = "python_full_version < '3.12'" },
    { name = "numpy", version = "2.1.3", source = { registry = "https://pypi.org/simple" }, marker = "python_full_version >= '3.12'" },
    { name = "requests", extra = ["socks"] },
    { name = "shared-models" },
]

[package.optional-dependencies]
postgres = [
    { name = "psycopg2-binary" },
]

[package.dev-dependencies]
dev = [
    { name = "pytest" },
]
lint = [
    { name = "ruff" },
]

[package.metadata]
requires-dist = [
    { name = "fastapi", specifier = ">=0.115" },
    { name = "internal-auth", specifier = ">=2", index = "https://pkgs.example.com/simple" },
    { name = "numpy" },
    { name = "psycopg2-binary", marker = "extra == 'postgres'" },
    { name = "requests", extras = ["socks"] },
    { name = "shared-models", editable = "libs/shared-models" },
]
provides-extras = ["postgres"]

[package.metadata.requires-dev]
dev = [{ name = "pytest", specifier = ">=8" }]
lint = [{ name = "ruff" }]

[[package]]
name = "shared-models"
version = "0.2.0"
source = { editable = "libs/shared-models" }

[[package]]
name = "sniffio"
version = "1.3.1"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "starlette"
version = "0.41.3"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "anyio" },
]

[[package]]
name = "typing-extensions"
version = "4.12.2"
source = { registry = "https://pypi.org/simple" }
`;

const POETRY_LOCK = `# This file is automatically @generated by Poetry 2.0.1 and should not be changed by hand.

[[package]]
name = "click"
version = "8.1.7"
description = "Composable command line interface toolkit"
optional = false
python-versions = ">=3.7"
groups = ["main"]
files = [
    {file = "click-8.1.7-py3-none-any.whl", hash = "sha256:ae74fb96c20a0277a1d615f1e4d73c8414f5a98db8b799a7931d1582f3390c28"},
]

[package.dependencies]
colorama = {version = "*", markers = "platform_system == \\"Windows\\""}

[[package]]
name = "colorama"
version = "0.4.6"
description = "Cross-platform colored terminal text."
optional = false
python-versions = "!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*,!=3.5.*,!=3.6.*,>=2.7"
groups = ["main", "dev"]
markers = {main = "platform_system == \\"Windows\\"", dev = "sys_platform == \\"win32\\""}
files = []

[[package]]
name = "flask"
version = "3.0.3"
description = "A simple framework for building complex web applications."
optional = false
python-versions = ">=3.8"
groups = ["main"]
files = []

[package.dependencies]
click = ">=8.1.3"

[[package]]
name = "mkdocs"
version = "1.6.1"
description = "Project documentation with Markdown."
optional = false
python-versions = ">=3.8"
groups = ["docs"]
files = []

[[package]]
name = "pytest"
version = "8.3.3"
description = "pytest: simple powerful testing with Python"
optional = false
python-versions = ">=3.8"
groups = ["dev"]
files = []

[package.dependencies]
colorama = {version = "*", markers = "sys_platform == \\"win32\\""}

[[package]]
name = "redis"
version = "5.2.0"
description = "Python client for Redis database and key-value store"
optional = true
python-versions = ">=3.8"
groups = ["main"]
markers = "extra == \\"cache\\""
files = []

[[package]]
name = "company-sdk"
version = "1.4.0"
description = "Internal SDK"
optional = false
python-versions = ">=3.9"
groups = ["main"]
files = []

[package.source]
type = "legacy"
url = "https://pypi.example.com/simple"
reference = "company"

[[package]]
name = "tomli"
version = "2.1.0"
description = "A lil' TOML parser"
optional = false
python-versions = ">=3.8"
groups = ["dev"]
markers = "python_version < \\"3.11\\""
files = []

[extras]
cache = ["redis"]

[metadata]
lock-version = "2.1"
python-versions = "^3.10"
content-hash = "4f1a6c2a0d9e1f5b1f8c1d0c5a8e9b7f3e2d1c0b9a8f7e6d5c4b3a2918e7d6c5"
`;

const POETRY_PYPROJECT = `[tool.poetry]
name = "shop"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.10"
flask = "^3.0"
company-sdk = {version = "^1.4", source = "company"}

[tool.poetry.group.dev.dependencies]
pytest = "^8.3"

[tool.poetry.group.docs]
optional = true

[tool.poetry.group.docs.dependencies]
mkdocs = "^1.6"
`;

const PDM_LOCK = `# This file is @generated by PDM.
# It is not intended for manual editing.

[metadata]
groups = ["default", "lint", "test", "postgres"]
strategy = ["inherit_metadata"]
lock_version = "4.5.0"
content_hash = "sha256:6c1a1e0c0f2f6e2b2f1c4b8f0a9e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e"

[[metadata.targets]]
requires_python = ">=3.10"

[[package]]
name = "asyncpg"
version = "0.30.0"
requires_python = ">=3.8.0"
summary = "An asyncio PostgreSQL driver"
groups = ["postgres"]
files = []

[[package]]
name = "exceptiongroup"
version = "1.2.2"
requires_python = ">=3.7"
summary = "Backport of PEP 654 (exception groups)"
groups = ["test"]
marker = "python_version < \\"3.11\\""
files = []

[[package]]
name = "httpx"
version = "0.27.2"
requires_python = ">=3.8"
summary = "The next generation HTTP client."
groups = ["default"]
dependencies = [
    "sniffio",
]
files = []

[[package]]
name = "pytest"
version = "8.3.3"
requires_python = ">=3.8"
summary = "pytest: simple powerful testing with Python"
groups = ["test"]
dependencies = [
    "exceptiongroup>=1.0.0rc8; python_version < \\"3.11\\"",
]
files = []

[[package]]
name = "ruff"
version = "0.7.4"
requires_python = ">=3.7"
summary = "An extremely fast Python linter and code formatter, written in Rust."
groups = ["lint"]
files = []

[[package]]
name = "sniffio"
version = "1.3.1"
requires_python = ">=3.7"
summary = "Sniff out which async library your code is running under"
groups = ["default"]
files = []

[[package]]
name = "shop"
version = "0.1.0"
requires_python = ">=3.10"
editable = true
path = "."
summary = ""
groups = ["default"]
files = []
`;

const PDM_PYPROJECT = `[project]
name = "shop"
version = "0.1.0"
dependencies = ["httpx>=0.27"]

[project.optional-dependencies]
postgres = ["asyncpg>=0.30"]

[tool.pdm.dev-dependencies]
test = ["pytest>=8"]
lint = ["ruff"]
`;

const PIPFILE_LOCK = `{
    "_meta": {
        "hash": {
            "sha256": "0d1c6e7c5f7d3b2a1e0f9c8b7a6d5e4f3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f"
        },
        "pipfile-spec": 6,
        "requires": {
            "python_version": "3.12"
        },
        "sources": [
            {
                "name": "pypi",
                "url": "https://pypi.org/simple",
                "verify_ssl": true
            },
            {
                "name": "internal",
                "url": "https://\${PYPI_USER}:\${PYPI_TOKEN}@pypi.example.com/simple",
                "verify_ssl": true
            }
        ]
    },
    "default": {
        "django": {
            "hashes": [
                "sha256:1ddc333a16fc139fd253035a1606bb24261951bbc3a6ca256717fa06cc41a818"
            ],
            "index": "pypi",
            "markers": "python_version >= '3.10'",
            "version": "==5.1.3"
        },
        "internal-auth": {
            "index": "internal",
            "version": "==2.3.0"
        },
        "pywin32": {
            "markers": "sys_platform == 'win32'",
            "version": "==308"
        },
        "shop": {
            "editable": true,
            "path": "."
        },
        "celery": {
            "extras": ["redis"],
            "version": "==5.4.0"
        },
        "vendored-lib": {
            "git": "https://github.com/example/vendored-lib.git",
            "ref": "3f786850e387550fdab836ed7e6dc881de23001b"
        }
    },
    "develop": {
        "pytest": {
            "hashes": [
                "sha256:70b98107bd648308a7952b06e6ca9a50bc660be218d53c257cc1fc94fda10181"
            ],
            "index": "pypi",
            "markers": "python_version >= '3.8'",
            "version": "==8.3.3"
        },
        "django": {
            "version": "==5.1.3"
        }
    }
}
`;

const PYLOCK = `lock-version = "1.0"
environments = ["sys_platform == 'linux'", "sys_platform == 'darwin'"]
requires-python = ">=3.10"
extras = ["postgres"]
dependency-groups = ["dev", "docs"]
default-groups = ["dev"]
created-by = "pip"

[[packages]]
name = "attrs"
version = "24.2.0"
requires-python = ">=3.7"
index = "https://pypi.org/simple"

[[packages.wheels]]
name = "attrs-24.2.0-py3-none-any.whl"
upload-time = 2024-08-06T14:37:36Z
url = "https://files.pythonhosted.org/packages/6a/21/5b6702a7f963e95456c0de2d495f67bf5fd62840ac655dc451586d23d39a/attrs-24.2.0-py3-none-any.whl"
size = 63001
hashes = {sha256 = "81921eb96de3191c8258c199618104dd27ac608d9366f5e35d011eae1867ede2"}

[[packages]]
name = "mkdocs"
version = "1.6.1"
marker = "'docs' in dependency_groups"
index = "https://pypi.org/simple"

[[packages]]
name = "psycopg"
version = "3.2.3"
marker = "'postgres' in extras"
index = "https://pypi.org/simple"

[[packages]]
name = "pytest"
version = "8.3.3"
marker = "'dev' in dependency_groups"
index = "https://pypi.org/simple"

[[packages]]
name = "tomli"
version = "2.1.0"
marker = "python_version < '3.11' and 'dev' in dependency_groups"
index = "https://pypi.org/simple"

[[packages]]
name = "shop"
directory = { path = ".", editable = true }

[[packages]]
name = "utils"
vcs = { type = "git", url = "https://github.com/example/utils.git", commit-id = "2c1e9d5a7f0b3c4d8e6f1a2b3c4d5e6f7a8b9c0d" }
`;

const requirementsOf = (lock: { requirements: Array<{ requirement: string }> }): string[] =>
  lock.requirements.map((item) => item.requirement);

describe('lock files as pinned requirements', () => {
  it('uv.lock: the project, its default group (dev) and what they need, markers from the edges', () => {
    const exported = exportUvLock(UV_LOCK);
    expect(requirementsOf(exported).sort()).toEqual(
      [
        'anyio==4.6.2.post1',
        'certifi==2024.8.30',
        "colorama==0.4.6 ; sys_platform == 'win32'",
        'fastapi==0.115.5',
        'idna==3.10',
        'iniconfig==2.0.0',
        'internal-auth==2.3.0',
        "numpy==1.26.4 ; python_full_version < '3.12'",
        "numpy==2.1.3 ; python_full_version >= '3.12'",
        'pysocks==1.7.1',
        'pytest==8.3.3',
        'requests==2.32.3',
        'sniffio==1.3.1',
        'starlette==0.41.3',
        'typing-extensions==4.12.2',
      ].sort(),
    );
    // Not the extra, not the lint group, not the project's own packages.
    expect(requirementsOf(exported).join(' ')).not.toMatch(/psycopg2|ruff|shop-api|shared-models/);
    expect(exported.options).toEqual(['--extra-index-url', 'https://pkgs.example.com/simple']);
    expect(exported.notes).toEqual([
      'uv.lock: local packages not installed (mypy reads them from the checkout): shared-models',
    ]);
    // Each package is reported on its `name =` line.
    const lines = UV_LOCK.split('\n');
    const pytest = exported.requirements.find((item) => item.name === 'pytest');
    expect(lines[(pytest?.line ?? 0) - 1]).toBe('name = "pytest"');
  });

  it('uv.lock: `[tool.uv] default-groups` decides the groups', () => {
    const exported = exportUvLock(UV_LOCK, { tool: { uv: { 'default-groups': ['lint'] } } });
    expect(requirementsOf(exported)).toContain('ruff==0.7.4');
    expect(requirementsOf(exported)).not.toContain('pytest==8.3.3');
    expect(
      requirementsOf(exportUvLock(UV_LOCK, { tool: { uv: { 'default-groups': 'all' } } })),
    ).toEqual(expect.arrayContaining(['ruff==0.7.4', 'pytest==8.3.3']));
  });

  it('poetry.lock (2.1): main and the non-optional groups, per-group markers, a private source', () => {
    const pyproject = { tool: { poetry: { group: { dev: {}, docs: { optional: true } } } } };
    const exported = exportPoetryLock(POETRY_LOCK, pyproject);
    expect(requirementsOf(exported)).toEqual([
      'click==8.1.7',
      'colorama==0.4.6 ; (platform_system == "Windows") or (sys_platform == "win32")',
      'flask==3.0.3',
      'pytest==8.3.3',
      'company-sdk==1.4.0',
      'tomli==2.1.0 ; python_version < "3.11"',
    ]);
    expect(exported.options).toEqual(['--extra-index-url', 'https://pypi.example.com/simple']);
    // Without the pyproject every group counts; optional (extras) packages never do.
    expect(requirementsOf(exportPoetryLock(POETRY_LOCK))).toContain('mkdocs==1.6.1');
    expect(requirementsOf(exportPoetryLock(POETRY_LOCK)).join(' ')).not.toMatch(/redis/);
  });

  it('poetry.lock (1.x, `category`, markers on the edges only)', () => {
    const old = `[[package]]
name = "colorama"
version = "0.4.6"
description = "Cross-platform colored terminal text."
category = "main"
optional = false
python-versions = ">=3.7"

[[package]]
name = "click"
version = "8.1.7"
description = "Composable command line interface toolkit"
category = "main"
optional = false
python-versions = ">=3.7"

[package.dependencies]
colorama = {version = "*", markers = "platform_system == \\"Windows\\""}

[[package]]
name = "mypy-extensions"
version = "1.0.0"
description = "Type system extensions"
category = "dev"
optional = false
python-versions = ">=3.5"

[metadata]
lock-version = "1.1"
python-versions = "^3.8"
content-hash = "abc"

[metadata.files]
click = []
colorama = []
mypy-extensions = []
`;
    expect(requirementsOf(exportPoetryLock(old))).toEqual([
      'colorama==0.4.6 ; platform_system == "Windows"',
      'click==8.1.7',
      'mypy-extensions==1.0.0',
    ]);
  });

  it('pdm.lock: default and the dev groups, not the extras; package markers', () => {
    const exported = exportPdmLock(PDM_LOCK, parseToml(PDM_PYPROJECT));
    expect(requirementsOf(exported)).toEqual([
      'exceptiongroup==1.2.2 ; python_version < "3.11"',
      'httpx==0.27.2',
      'pytest==8.3.3',
      'ruff==0.7.4',
      'sniffio==1.3.1',
    ]);
    expect(exported.notes[0]).toMatch(/local packages not installed .*: shop$/);
    // Through the plan, which reads the pyproject beside the lock.
    const { list, read } = files({ 'pdm.lock': PDM_LOCK, 'pyproject.toml': PDM_PYPROJECT });
    const plan = planDependencyInstall(list, read);
    expect(plan.source).toBe('pdm.lock');
    expect(plan.pipArgs).toEqual(requirementsOf(exported));
  });

  it('Pipfile.lock: default and develop, markers, extras, git, the sources as index options', () => {
    const exported = exportPipfileLock(PIPFILE_LOCK);
    expect(requirementsOf(exported)).toEqual([
      "django==5.1.3 ; python_version >= '3.10'",
      'internal-auth==2.3.0',
      "pywin32==308 ; sys_platform == 'win32'",
      'celery[redis]==5.4.0',
      'vendored-lib @ git+https://github.com/example/vendored-lib.git@3f786850e387550fdab836ed7e6dc881de23001b',
      "pytest==8.3.3 ; python_version >= '3.8'",
    ]);
    // `${VAR}` stays for the installer to expand (as pipenv and pip do), never resolved here.
    expect(exported.options).toEqual([
      '--extra-index-url',
      'https://${PYPI_USER}:${PYPI_TOKEN}@pypi.example.com/simple',
    ]);
    const lines = PIPFILE_LOCK.split('\n');
    const pytest = exported.requirements.find((item) => item.name === 'pytest');
    expect(lines[(pytest?.line ?? 0) - 1]?.trim()).toBe('"pytest": {');
    expect(() => exportPipfileLock('{ not json')).toThrow(LockFileError);
  });

  it('pylock.toml: the default groups decide `in dependency_groups`, extras are not installed', () => {
    const exported = exportPylock(PYLOCK);
    expect(requirementsOf(exported)).toEqual([
      'attrs==24.2.0',
      'pytest==8.3.3',
      "tomli==2.1.0 ; python_version < '3.11'",
      'utils @ git+https://github.com/example/utils.git@2c1e9d5a7f0b3c4d8e6f1a2b3c4d5e6f7a8b9c0d',
    ]);
    expect(exported.notes[0]).toMatch(/: shop$/);
  });
});

describe('markers', () => {
  it('decides dependency_groups and extras clauses and leaves the rest to pip', () => {
    const dev = { dependencyGroups: ['dev'], extras: [] };
    expect(resolveMarker("'dev' in dependency_groups", dev)).toBe(true);
    expect(resolveMarker("'docs' in dependency_groups", dev)).toBe(false);
    expect(resolveMarker("'docs' not in dependency_groups", dev)).toBe(true);
    expect(resolveMarker("python_version < '3.11' and 'dev' in dependency_groups", dev)).toBe(
      "python_version < '3.11'",
    );
    expect(
      resolveMarker(
        "('dev' in dependency_groups or 'test' in dependency_groups) and os_name == 'nt'",
        dev,
      ),
    ).toBe("os_name == 'nt'");
    expect(
      resolveMarker("(sys_platform == 'win32' or sys_platform == 'cygwin') and 'x' in extras", dev),
    ).toBe(false);
    expect(resolveMarker('sys_platform == "win32"')).toBe('sys_platform == "win32"');
    expect(resolveMarker('not a marker ((')).toBe('not a marker ((');
    expect(resolveMarker('')).toBe(true);
  });

  it('combines the conditions of several paths, absorbing the redundant ones', () => {
    const a = MarkerCondition.of(['sys_platform == "win32"']);
    const ab = a.and('python_version < "3.11"');
    expect(a.or(ab).toMarker()).toBe('sys_platform == "win32"');
    expect(a.or(MarkerCondition.always()).toMarker()).toBeNull();
    expect(ab.toMarker()).toBe('(python_version < "3.11") and (sys_platform == "win32")');
  });
});

describe('stub packages', () => {
  it("uses mypy's table: flat names, namespace packages, and nothing for unknown modules", () => {
    expect(stubDistributionName('yaml')).toBe('types-PyYAML');
    expect(stubDistributionName('requests.adapters')).toBe('types-requests');
    expect(stubDistributionName('google.protobuf.message')).toBe('types-protobuf');
    expect(stubDistributionName('google.cloud.storage')).toBeNull();
    expect(stubDistributionName('pandas')).toBe('pandas-stubs');
    expect(stubDistributionName('flask')).toBeNull();
  });

  it('reads the imports of a file, skipping relative ones', () => {
    const text = [
      'import os, yaml as y',
      'from requests import Session',
      'from . import models',
      'from .db import engine',
      '    import dateutil.parser  # inside a function',
      'from google.protobuf import message',
      'x = "import nothing"',
      '    import the data first, then validate it.',
    ].join('\n');
    expect(importsOf(text, 'app.py').map((item) => `${item.line}:${item.module}`)).toEqual([
      '1:os',
      '1:yaml',
      '2:requests',
      '5:dateutil.parser',
      '6:google.protobuf',
    ]);
    const stubs = neededStubs(importsOf(text, 'app.py'), {
      ownModules: new Set(['app']),
      declared: new Set(['types-requests']),
    });
    expect(stubs.map((stub) => stub.distribution)).toEqual([
      'types-protobuf',
      'types-python-dateutil',
      'types-PyYAML',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Choosing the source

function files(tree: Record<string, string>): {
  list: PlanFile[];
  read: (path: string) => string | null;
} {
  const list = Object.keys(tree)
    .map((path) => ({ path, local: path, kind: classify(path) as FileKind }))
    .filter((file) => file.kind !== null);
  return { list, read: (path) => tree[path] ?? null };
}

describe('planDependencyInstall', () => {
  const APP = 'import yaml\nimport requests\nfrom app.models import User\n';

  it('prefers a lock file, exports it, and adds the stub packages for the imports', () => {
    const { list, read } = files({
      'uv.lock': UV_LOCK,
      'pyproject.toml': '[project]\nname = "shop-api"\ndependencies = ["fastapi"]\n',
      'requirements.txt': 'fastapi==0.115.5\n',
      'app/main.py': APP,
      'app/models.py': 'class User: ...\n',
    });
    const plan = planDependencyInstall(list, read);
    expect(plan.source).toBe('uv.lock');
    expect(plan.kind).toBe('lock');
    expect(plan.stubPackages).toEqual(['types-PyYAML', 'types-requests']);
    expect(plan.pipArgs?.slice(0, 2)).toEqual([
      '--extra-index-url',
      'https://pkgs.example.com/simple',
    ]);
    expect(plan.pipArgs?.slice(-2)).toEqual(['types-PyYAML', 'types-requests']);
    expect(plan.requirements.find((item) => item.name === 'types-pyyaml')).toMatchObject({
      path: 'app/main.py',
      line: 1,
      stub: true,
    });
    expect(plan.files).toEqual(['pyproject.toml', 'requirements.txt', 'uv.lock']);
  });

  it('takes pinned requirements files as a lock and installs them with -r', () => {
    const { list, read } = files({
      'requirements.txt':
        '--index-url https://pypi.example.com/simple\ndjango==5.1.3\ntypes-requests==2.32.0.20241016\n',
      'requirements-dev.txt': '-r requirements.txt\n-c constraints.txt\npytest==8.3.3\n',
      'constraints.txt': 'urllib3<3\n',
      'requirements/docs.txt': 'mkdocs==1.6.1\n',
      'examples/demo/requirements.txt': 'flask\n',
      'app.py': APP,
    });
    const plan = planDependencyInstall(list, read);
    expect(plan).toMatchObject({
      source: 'requirements.txt',
      kind: 'lock',
      pipArgs: ['-r', 'requirements.txt', '-r', 'requirements-dev.txt', 'types-PyYAML'],
      options: ['--index-url', 'https://pypi.example.com/simple', '-c', 'constraints.txt'],
      stubPackages: ['types-PyYAML'],
    });
    expect(
      plan.requirements.map((item) => `${item.path}:${item.line} ${item.args.join(' ')}`),
    ).toEqual([
      'requirements.txt:2 django==5.1.3',
      'requirements.txt:3 types-requests==2.32.0.20241016',
      'requirements-dev.txt:3 pytest==8.3.3',
      'app.py:1 types-PyYAML',
    ]);
    // The files pip reads are part of the cache key: a changed pin is another environment.
    const changed = planDependencyInstall(list, (path) =>
      path === 'requirements.txt' ? 'django==5.1.4\n' : read(path),
    );
    expect(changed.cacheInput).not.toBe(plan.cacheInput);
  });

  it("reads rye's requirements-dev.lock as a lock, in pip's format", () => {
    const { list, read } = files({
      'pyproject.toml': '[project]\nname = "shop"\ndependencies = ["flask>=3"]\n',
      'requirements.lock': '-e file:.\nflask==3.0.3\n',
      'requirements-dev.lock': '-e file:.\nflask==3.0.3\npytest==8.3.3\n',
    });
    const plan = planDependencyInstall(list, read);
    expect(plan).toMatchObject({
      source: 'requirements-dev.lock',
      kind: 'lock',
      pipArgs: ['-r', 'requirements-dev.lock'],
    });
    expect(plan.cacheInput).toContain('pytest==8.3.3');
  });

  it("falls back to pyproject.toml's dependencies, its dev group and its development extras", () => {
    const { list, read } = files({
      'pyproject.toml': [
        '[project]',
        'name = "shop"',
        'dependencies = [',
        '    "fastapi>=0.115",',
        '    "pyyaml>=6",',
        ']',
        '',
        '[project.optional-dependencies]',
        'test = ["pytest>=8", "shop[typing]"]',
        'typing = ["types-PyYAML"]',
        'postgres = ["psycopg[binary]>=3.2"]',
        '',
        '[dependency-groups]',
        'dev = ["ruff", {include-group = "lint"}]',
        'lint = ["flake8>=7"]',
        '',
      ].join('\n'),
      'requirements.txt': 'fastapi\n',
      'shop/api.py': APP,
    });
    const plan = planDependencyInstall(list, read);
    expect(plan.source).toBe('pyproject.toml');
    expect(plan.kind).toBe('pyproject');
    expect(plan.pipArgs).toEqual([
      'fastapi>=0.115',
      'pyyaml>=6',
      'pytest>=8',
      'types-PyYAML',
      'ruff',
      'flake8>=7',
      'types-requests',
    ]);
    expect(plan.requirements[1]).toMatchObject({ path: 'pyproject.toml', line: 5 });
  });

  it("reads poetry's own tables when there is no lock", () => {
    const { list, read } = files({
      'pyproject.toml': POETRY_PYPROJECT,
      'shop/app.py': 'import flask\n',
    });
    const plan = planDependencyInstall(list, read);
    expect(plan.pipArgs).toEqual(['flask>=3.0,<4.0', 'company-sdk>=1.4,<2.0', 'pytest>=8.3,<9.0']);
    expect(plan.requirements[0]).toMatchObject({ path: 'pyproject.toml', line: 7 });
  });

  it('installs the stub packages in a run of their own when the requirements carry hashes', () => {
    const { list, read } = files({
      'requirements.txt':
        'django==5.1.3 \\\n    --hash=sha256:1ddc333a16fc139fd253035a1606bb24261951bbc3a6ca256717fa06cc41a818\n',
      'app.py': 'import requests\n',
    });
    const plan = planDependencyInstall(list, read);
    expect(plan).toMatchObject({
      kind: 'lock',
      pipArgs: ['-r', 'requirements.txt', 'types-requests'],
      stubsSeparately: true,
    });
    const plain = files({ 'requirements.txt': 'django==5.1.3\n', 'app.py': 'import requests\n' });
    expect(planDependencyInstall(plain.list, plain.read).stubsSeparately).toBe(false);
  });

  it('installs unpinned requirements files as they are, with -r', () => {
    const { list, read } = files({
      'requirements.txt': 'flask>=3\n-e ./libs/common\n',
      'manage.py': 'import flask\n',
    });
    const plan = planDependencyInstall(list, read);
    expect(plan).toMatchObject({ kind: 'requirements', pipArgs: ['-r', 'requirements.txt'] });
    expect(plan.requirements.map((item) => item.args)).toEqual([
      ['flask>=3'],
      ['-e', './libs/common'],
    ]);
  });

  it('skips a broken lock file with a note', () => {
    const { list, read } = files({
      'poetry.lock': '[[package]\nname = ',
      'requirements.txt': 'flask==3.0.3\n',
    });
    const plan = planDependencyInstall(list, read);
    expect(plan.source).toBe('requirements.txt');
    expect(plan.notes[0]).toMatch(
      /^poetry\.lock: poetry\.lock is not valid TOML: .*; looking for another source/,
    );
  });

  it('has nothing to install without a manifest or a stubbed import; only stubs without a manifest', () => {
    const empty = files({ 'main.py': 'import os\n' });
    expect(planDependencyInstall(empty.list, empty.read)).toMatchObject({
      source: null,
      kind: null,
      pipArgs: null,
    });
    const stubsOnly = files({ 'main.py': 'import requests\n' });
    expect(planDependencyInstall(stubsOnly.list, stubsOnly.read)).toMatchObject({
      source: null,
      pipArgs: ['types-requests'],
    });
    // A local module named like a package is the project's own.
    const own = files({ 'main.py': 'import yaml\n', 'yaml.py': 'X = 1\n' });
    expect(planDependencyInstall(own.list, own.read).pipArgs).toBeNull();
  });
});

describe('poetry constraints', () => {
  it.each([
    ['^1.2.3', '>=1.2.3,<2.0.0'],
    ['^0.2.3', '>=0.2.3,<0.3.0'],
    ['^0.0.3', '>=0.0.3,<0.0.4'],
    ['~1.2.3', '>=1.2.3,<1.3'],
    ['~1', '>=1,<2'],
    ['1.4.0', '==1.4.0'],
    ['>=1.2, <2', '>=1.2,<2'],
    ['~=2.1', '~=2.1'],
  ])('%s → %s', (constraint, expected) => {
    expect(poetryConstraint(constraint)).toBe(expected);
  });

  it('takes tables: extras, markers, git, path (local) and optional (an extra)', () => {
    expect(poetryConstraint('*')).toBeNull();
    expect(poetryConstraint('^1 || ^2')).toBeNull();
    expect(poetryRequirement('celery', { version: '^5.4', extras: ['redis'] })).toBe(
      'celery[redis]>=5.4,<6.0',
    );
    expect(poetryRequirement('pywin32', { version: '*', markers: "sys_platform == 'win32'" })).toBe(
      "pywin32 ; sys_platform == 'win32'",
    );
    expect(
      poetryRequirement('lib', { git: 'https://github.com/example/lib.git', tag: 'v1.2' }),
    ).toBe('lib @ git+https://github.com/example/lib.git@v1.2');
    expect(poetryRequirement('common', { path: '../common', develop: true })).toBe('local');
    expect(poetryRequirement('redis', { version: '^5', optional: true })).toBeNull();
  });
});
