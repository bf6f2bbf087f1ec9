import type { FileFacts } from '../../src/patterns/deps/file-facts.js';
import type { ProjectFacts } from '../../src/patterns/project-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pyproject = { kind: 'pyproject' as const, path: 'pyproject.toml' };
const facts = (extra: FileFacts & Partial<ProjectFacts>): Partial<ProjectFacts> => extra;

const service = `
  [project]
  name = "orders-service"
  version = "1.4.0"
  requires-python = ">=3.11"
  dependencies = [
      "fastapi>=0.110",
      "sqlalchemy[asyncio]>=2.0",
  ]
`;

ruleTester('PBP802', {
  valid: [
    {
      name: 'no dependencies (the demo pyproject)',
      ...pyproject,
      code: `
        [project]
        name = "shop-api"
        version = "0.3.1"
        requires-python = ">=3.11"

        [tool.mypy]
        python_version = "3.11"
      `,
    },
    {
      name: 'a lock file beside it or at the workspace root',
      kind: 'pyproject',
      path: 'services/orders/pyproject.toml',
      facts: { lockFiles: ['uv.lock'] },
      code: service,
    },
    {
      name: 'a fully pinned requirements file beside it',
      ...pyproject,
      facts: facts({ pinnedRequirementsFiles: ['requirements.txt'] }),
      code: service,
    },
    {
      name: 'a library that publishes (classifiers, URLs)',
      ...pyproject,
      code: `
        [build-system]
        requires = ["hatchling"]
        build-backend = "hatchling.build"

        [project]
        name = "tiny-http"
        version = "2.1.0"
        dependencies = ["httpx>=0.27", "anyio>=4"]
        classifiers = ["Programming Language :: Python :: 3", "License :: OSI Approved :: MIT License"]

        [project.urls]
        Homepage = "https://example.org/tiny-http"
      `,
    },
    {
      name: 'built and without console scripts: not judged',
      ...pyproject,
      code: `
        [build-system]
        requires = ["setuptools>=68"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "internal-utils"
        version = "0.1.0"
        dependencies = ["pydantic>=2"]
      `,
    },
    {
      name: 'a Poetry library with a homepage',
      ...pyproject,
      code: `
        [tool.poetry]
        name = "pretty-dates"
        version = "1.0.0"
        description = "Dates for humans"
        homepage = "https://example.org/pretty-dates"

        [tool.poetry.dependencies]
        python = "^3.10"
        pendulum = "^3.0"

        [build-system]
        requires = ["poetry-core"]
        build-backend = "poetry.core.masonry.api"
      `,
    },
    {
      name: 'dependencies read from a requirements file, and only python for Poetry',
      ...pyproject,
      code: `
        [project]
        name = "svc"
        version = "1"
        dynamic = ["dependencies"]

        [tool.poetry.dependencies]
        python = "^3.12"
      `,
    },
  ],
  invalid: [
    {
      name: 'an application nobody builds (uv-style), reported on dependencies',
      ...pyproject,
      code: service,
      errors: [{ line: 5, column: 1, message: /no lock file is committed/ }],
    },
    {
      name: 'Poetry package-mode = false',
      ...pyproject,
      code: `
        [tool.poetry]
        name = "billing"
        version = "0.1.0"
        package-mode = false

        [tool.poetry.dependencies]
        python = "^3.12"
        django = "^5.0"

        [build-system]
        requires = ["poetry-core"]
        build-backend = "poetry.core.masonry.api"
      `,
      errors: [{ line: 6 }],
    },
    {
      name: 'a built service with a console script; a lock in another folder does not count',
      kind: 'pyproject',
      path: 'api/pyproject.toml',
      facts: { lockFiles: ['worker/uv.lock'] },
      code: `
        [build-system]
        requires = ["hatchling"]
        build-backend = "hatchling.build"

        [project]
        name = "api"
        version = "1.0.0"
        dependencies = ["litestar[standard]>=2.8"]

        [project.scripts]
        api = "api.__main__:main"
      `,
      errors: [{ line: 8 }],
    },
    {
      name: 'Private :: Do Not Upload, and a requirements file that is not pinned',
      ...pyproject,
      facts: facts({ pinnedRequirementsFiles: ['tools/requirements.txt'] }),
      code: `
        [build-system]
        requires = ["setuptools"]

        [project]
        name = "intranet"
        version = "3"
        classifiers = ["Private :: Do Not Upload"]
        dependencies = ["flask>=3"]
      `,
      errors: [{ line: 8 }],
    },
  ],
});
