import type { FileFacts } from '../../src/patterns/deps/file-facts.js';
import type { ProjectFacts } from '../../src/patterns/project-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const facts = (extra: FileFacts & Partial<ProjectFacts>): Partial<ProjectFacts> => extra;

const requirements = { kind: 'requirements' as const, path: 'requirements.txt' };

ruleTester('PBP801', {
  valid: [
    {
      name: 'everything pinned (the guide’s requirements.txt), with hashes, markers and options',
      ...requirements,
      code: `
        --index-url https://pypi.org/simple
        -r base.txt
        fastapi==0.104.1
        uvicorn[standard]==0.24.0 ; python_version >= "3.8"
        requests==2.31.0 \\
            --hash=sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f
        mylib @ https://example.com/mylib-1.0.tar.gz#sha256=0123
        -e ./libs/shared
      `,
    },
    {
      name: 'development files by name',
      kind: 'requirements',
      path: 'requirements-dev.txt',
      code: `
        -r requirements.txt
        pytest>=8
        black
      `,
    },
    {
      name: 'development files by folder and name: requirements/test.txt, docs/requirements.txt',
      kind: 'requirements',
      path: 'docs/requirements.txt',
      code: `
        sphinx>=7
        furo
      `,
    },
    {
      name: 'pip-compile inputs',
      kind: 'requirements',
      path: 'requirements.in',
      code: `
        fastapi
        sqlalchemy>=2
      `,
    },
    {
      name: 'a file that installs the project in editable mode is a development setup',
      ...requirements,
      code: `
        -e .[all]
        pre-commit >=2.17.0,<4.0.0
        mkdocs-material
      `,
    },
    {
      name: 'pins taken from a constraints file',
      ...requirements,
      code: `
        -c constraints.txt
        django
        celery[redis]
      `,
    },
    {
      name: 'library metadata: a setup.py beside it',
      ...requirements,
      facts: { pythonFiles: ['setup.py', 'mylib/__init__.py'] },
      code: `
        attrs>=22.2
        typing-extensions>=4.0
      `,
    },
    {
      name: 'library metadata: a publishing pyproject.toml beside it',
      kind: 'requirements',
      path: 'client/requirements.txt',
      facts: facts({ libraryFolders: ['client'] }),
      code: `
        httpx>=0.27
      `,
    },
    {
      name: 'library metadata: read by pyproject.toml (setuptools dynamic)',
      ...requirements,
      facts: facts({ metadataRequirementsFiles: ['requirements.txt'] }),
      code: `
        click>=8
      `,
    },
    {
      name: 'a lock file beside it',
      ...requirements,
      facts: { lockFiles: ['poetry.lock'] },
      code: `
        django>=5.0
      `,
    },
    {
      name: 'a Pipfile with its Pipfile.lock committed',
      kind: 'pipfile',
      path: 'Pipfile',
      facts: { lockFiles: ['Pipfile.lock'] },
      code: `
        [packages]
        flask = "*"
      `,
    },
    {
      name: 'a Pipfile with bounded versions, git and path entries; dev-packages are not checked',
      kind: 'pipfile',
      path: 'Pipfile',
      code: `
        [packages]
        flask = "==3.0.2"
        requests = "~=2.31"
        django = ">=4.2,<5.0"
        mylib = {git = "https://github.com/example/mylib.git", ref = "v1.0"}
        local = {path = "./local", editable = true}

        [dev-packages]
        pytest = "*"
      `,
    },
  ],
  invalid: [
    {
      name: 'the demo requirements.txt: a range and no version',
      ...requirements,
      code: `
        # Runtime dependencies (installed by the Dockerfile)
        fastapi==0.109.2
        uvicorn[standard]>=0.27  # ASGI server
        sqlalchemy==2.0.27
        redis
      `,
      errors: [
        { line: 3, column: 1, message: /^"uvicorn" allows more than one version \(>=0\.27\)/ },
        { line: 5, message: /^"redis" has no version/ },
      ],
    },
    {
      name: 'compatible release, wildcard and exclusion are not pins',
      kind: 'requirements',
      path: 'requirements/production.txt',
      code: `
        -r base.txt
        django~=5.0
        flask==3.*
        gunicorn!=21.0
      `,
      errors: [{ line: 2 }, { line: 3 }, { line: 4 }],
    },
    {
      name: 'an indented requirement keeps its column',
      kind: 'requirements',
      path: 'requirements_prod.txt',
      code: `
        psycopg2-binary==2.9.9
          celery >= 5.3
      `,
      errors: [{ line: 2, column: 3 }],
    },
    {
      name: 'Pipfile without a lock: "*" and a lower bound only',
      kind: 'pipfile',
      path: 'Pipfile',
      code: `
        [[source]]
        url = "https://pypi.org/simple"
        verify_ssl = true
        name = "pypi"

        [packages]
        flask = "*"
        "Flask-SQLAlchemy" = ">=3.0"
        gunicorn = {version = "*", extras = ["gevent"]}
        requests = "==2.31.0"

        [dev-packages]
        pytest = "*"
      `,
      errors: [
        { line: 7, message: /^"flask" accepts any version/ },
        { line: 8, message: /only a lower bound/ },
        { line: 9 },
      ],
    },
    {
      name: 'a requirements.txt beside setup.py that a Dockerfile installs is deployed',
      ...requirements,
      facts: facts({
        pythonFiles: ['setup.py', 'app/views.py'],
        dockerInstalledRequirementsFiles: ['requirements.txt'],
      }),
      code: `
        django==4.2.7
        gunicorn
      `,
      errors: [{ line: 2, message: /gunicorn/ }],
    },
  ],
});
