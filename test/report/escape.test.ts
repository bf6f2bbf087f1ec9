import { describe, expect, it } from 'vitest';
import {
  encodeUriPath,
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeMarkdown,
  markdownCode,
} from '../../src/escape.js';

describe('escaping', () => {
  it('escapes workflow-command data and properties as the toolkit does', () => {
    expect(escapeCommandData('100%\r\nnext::error::x')).toBe('100%25%0D%0Anext::error::x');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('escapes HTML and markdown so repository text cannot inject', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    const cell = escapeMarkdown('a|b `c` [x](http://evil) <b>\nnext');
    expect(cell).not.toMatch(/(^|[^\\])\|/);
    expect(cell).not.toContain('<b>');
    expect(cell).not.toContain('\n');
    expect(cell).toContain('\\[x\\]\\(http\\:');
    expect(markdownCode('a`b|<c>')).toBe('<code>a`b&#124;&lt;c&gt;</code>');
    expect(escapeMarkdown('bell\u0007')).toBe('bell\\\\u0007');
  });

  it('percent-encodes each segment of a path for SARIF URIs', () => {
    expect(encodeUriPath('app/my file#1%.py')).toBe('app/my%20file%231%25.py');
    expect(encodeUriPath('src/ünï.py')).toBe('src/%C3%BCn%C3%AF.py');
  });
});
