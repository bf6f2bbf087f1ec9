import type { ProjectFacts } from '../../src/patterns/project-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP803', {
  valid: [
    {
      name: 'tools in requirements-dev.txt (the guide’s layout)',
      kind: 'requirements',
      path: 'requirements-dev.txt',
      code: `
        -r requirements.txt
        pytest==7.4.3
        pytest-asyncio==0.21.1
        mypy==1.7.1
        black==23.12.0
      `,
    },
    {
      name: 'look-alike runtime packages',
      kind: 'requirements',
      path: 'requirements.txt',
      code: `
        mypy-extensions==1.0.0
        black-box==0.1
        coverage-badge==1.1.0
        ruff-api==0.1.0
      `,
    },
    {
      name: 'pyproject: dependency groups and extras',
      kind: 'pyproject',
      path: 'pyproject.toml',
      code: `
        [project]
        name = "shop"
        version = "1"
        dependencies = ["fastapi>=0.110"]

        [project.optional-dependencies]
        test = ["pytest>=8", "coverage[toml]"]

        [dependency-groups]
        dev = ["mypy>=1.8", "ruff"]
      `,
    },
    {
      name: 'a pytest plugin depends on pytest',
      kind: 'pyproject',
      path: 'pyproject.toml',
      code: `
        [build-system]
        requires = ["setuptools"]

        [project]
        name = "pytest-fixtures-db"
        version = "0.3"
        dependencies = ["pytest>=7", "sqlalchemy>=2"]
      `,
    },
    {
      name: 'a published code generator that formats with black',
      kind: 'pyproject',
      path: 'pyproject.toml',
      code: `
        [project]
        name = "schema-codegen"
        version = "2.0"
        dependencies = ["black>=24", "isort>=5", "jinja2"]
        classifiers = ["Topic :: Software Development :: Code Generators"]
      `,
    },
    {
      name: 'Poetry dev group and Pipfile dev-packages',
      kind: 'pipfile',
      path: 'Pipfile',
      code: `
        [packages]
        flask = "==3.0.2"

        [dev-packages]
        pytest = "*"
        flake8 = "*"
      `,
    },
    {
      name: 'a full-environment requirements.txt beside requirements.prod.txt (the production set)',
      kind: 'requirements',
      path: 'backend/requirements.txt',
      facts: {
        productionRequirementsFiles: ['backend/requirements.prod.txt'],
      } as Partial<ProjectFacts>,
      code: `
        fastapi==0.115.0
        coverage==7.6.1
        mypy==1.11.2
        pytest==7.4.4
        ruff==0.6.7
      `,
    },
  ],
  invalid: [
    {
      name: 'pytest among the runtime requirements (the demo)',
      kind: 'requirements',
      path: 'requirements.txt',
      code: `
        fastapi==0.109.2
        requests==2.31.0
        pytest==8.0.0
      `,
      errors: [{ line: 3, column: 1, message: /^"pytest" is a development tool/ }],
    },
    {
      name: 'plugins and tools with extras in requirements/base.txt',
      kind: 'requirements',
      path: 'requirements/base.txt',
      code: `
        django==5.0.3
        pytest-django==4.8.0
        coverage[toml]==7.4.4
        Flake8==7.0.0
      `,
      errors: [{ line: 2 }, { line: 3 }, { line: 4 }],
    },
    {
      name: '[project] dependencies of an application',
      kind: 'pyproject',
      path: 'pyproject.toml',
      code: `
        [project]
        name = "orders"
        version = "1"
        dependencies = [
            "fastapi>=0.110",
            "mypy>=1.8",  # type checks
            'ruff',
        ]
      `,
      errors: [{ line: 6, column: 6, message: /\[dependency-groups\]/ }, { line: 7 }],
    },
    {
      name: 'Poetry runtime dependencies',
      kind: 'pyproject',
      path: 'pyproject.toml',
      code: `
        [tool.poetry]
        name = "billing"
        version = "0.1.0"
        package-mode = false

        [tool.poetry.dependencies]
        python = "^3.12"
        django = "^5.0"
        pylint = "^3.0"
      `,
      errors: [{ line: 9, message: /\[tool\.poetry\.group\.dev\.dependencies\]/ }],
    },
    {
      name: 'Pipfile [packages]',
      kind: 'pipfile',
      path: 'Pipfile',
      code: `
        [packages]
        flask = "==3.0.2"
        isort = "*"
      `,
      errors: [{ line: 3, message: /\[dev-packages\]/ }],
    },
    {
      name: 'requirements/base.txt that requirements/production.txt includes is still deployed',
      kind: 'requirements',
      path: 'requirements/base.txt',
      facts: {
        productionRequirementsFiles: ['requirements/base.txt', 'requirements/production.txt'],
      } as Partial<ProjectFacts>,
      code: `
        django==5.0.3
        pytest==8.0.0
      `,
      errors: [{ line: 2, message: /^"pytest" is a development tool/ }],
    },
    {
      name: 'the production file itself',
      kind: 'requirements',
      path: 'backend/requirements.prod.txt',
      facts: {
        productionRequirementsFiles: ['backend/requirements.prod.txt'],
      } as Partial<ProjectFacts>,
      code: `
        fastapi==0.115.0
        black==24.1.0
      `,
      errors: [{ line: 2 }],
    },
  ],
});
