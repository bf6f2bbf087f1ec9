import { describe, expect, it } from 'vitest';
import { isPinned, normaliseName, parseRequirements } from '../../src/deps/requirements.js';

describe('parseRequirements', () => {
  it('reads names, specifiers, extras, markers and lines as pip does', () => {
    const file = parseRequirements(
      [
        '# runtime',
        'fastapi==0.110.0',
        'Flask_SQLAlchemy >= 3.0, <4  # ORM',
        'uvicorn[standard]==0.29.0 ; python_version >= "3.8"',
        'requests==2.31.0 \\',
        '    --hash=sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f',
        '-r base.txt',
        '--constraint=constraints.txt',
        '-e ./libs/shared',
        'mylib @ https://example.com/mylib-1.0.tar.gz',
        '--index-url https://pypi.example.com/simple',
        'pydantic',
      ].join('\n'),
    );
    expect(file.requirements.map((r) => [r.name, r.specifier, r.line, r.pinned])).toEqual([
      ['fastapi', '==0.110.0', 2, true],
      ['flask-sqlalchemy', '>=3.0,<4', 3, false],
      ['uvicorn', '==0.29.0', 4, true],
      ['requests', '==2.31.0', 5, true],
      ['pydantic', '', 12, false],
    ]);
    expect(file.requirements[2]?.extras).toEqual(['standard']);
    expect(file.requirements[2]?.marker).toBe('python_version >= "3.8"');
    expect(file.requirements[3]?.hashes).toHaveLength(1);
    expect(file.requirements[1]?.column).toBe(1);
    expect(file.requirements[1]?.endColumn).toBe(17);
    expect(file.includes).toEqual([
      { kind: 'requirements', target: 'base.txt', line: 7 },
      { kind: 'constraints', target: 'constraints.txt', line: 8 },
    ]);
    expect(file.others.map((o) => o.kind)).toEqual(['editable', 'url', 'option']);
  });

  it('knows what a pin is', () => {
    expect(isPinned('==1.2.3')).toBe(true);
    expect(isPinned('===1.2.3')).toBe(true);
    expect(isPinned('==1.*')).toBe(false);
    expect(isPinned('>=1.2')).toBe(false);
    expect(isPinned('==1.2,<2')).toBe(false);
    expect(isPinned('')).toBe(false);
    expect(normaliseName('Zope.Interface')).toBe('zope-interface');
  });
});
