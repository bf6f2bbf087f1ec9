import { describe, expect, it } from 'vitest';
import { tomlArrayStrings, tomlKeys, tomlTables } from '../../src/deps/toml-locations.js';

const pyproject = [
  '[project]', // 1
  'name = "shop"', // 2
  'dependencies = [ # runtime', // 3
  '    "fastapi>=0.110",', // 4
  '    \'sqlalchemy[asyncio]>=2\', "uvicorn",', // 5
  '    # "commented>=1",', // 6
  '    "weird]name",', // 7
  ']', // 8
  'optional = ["x"]', // 9
  '', // 10
  '[ tool . "poetry" . dependencies ]', // 11
  'python = "^3.12"', // 12
  '"Flask-Login" = "^0.6"', // 13
  'description = """', // 14
  '[not.a.table]', // 15
  '"""', // 16
].join('\n');

describe('TOML locations', () => {
  it('finds tables, also with quoted and spaced names, not inside multi-line strings', () => {
    expect(tomlTables(pyproject).map((table) => [table.name, table.headerLine])).toEqual([
      ['', 0],
      ['project', 1],
      ['tool.poetry.dependencies', 11],
    ]);
  });

  it('finds keys with their columns', () => {
    expect(
      tomlKeys(pyproject, 'tool.poetry.dependencies').map((key) => [
        key.key,
        key.line,
        key.column,
        key.endColumn,
      ]),
    ).toEqual([
      ['python', 12, 1, 7],
      ['Flask-Login', 13, 1, 14],
      ['description', 14, 1, 12],
    ]);
  });

  it('finds the strings of an array, skipping comments, on their own lines', () => {
    expect(
      tomlArrayStrings(pyproject, 'project', 'dependencies').map((item) => [
        item.value,
        item.line,
        item.column,
      ]),
    ).toEqual([
      ['fastapi>=0.110', 4, 6],
      ['sqlalchemy[asyncio]>=2', 5, 6],
      ['uvicorn', 5, 32],
      ['weird]name', 7, 6],
    ]);
    expect(tomlArrayStrings(pyproject, 'project', 'optional').map((item) => item.value)).toEqual([
      'x',
    ]);
    expect(tomlArrayStrings(pyproject, 'project', 'name')).toEqual([]);
    expect(tomlArrayStrings(pyproject, 'project', 'missing')).toEqual([]);
  });
});
