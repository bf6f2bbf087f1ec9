/**
 * ## What it does
 * Finds `datetime.utcnow()` and `datetime.utcfromtimestamp(...)`, called or passed as a function
 * (`Column(DateTime, default=datetime.utcnow)`), with every import spelling resolved
 * (`import datetime`, `from datetime import datetime`, `import datetime as dt`).
 *
 * ## Why is this bad?
 * Both return a naive datetime that only looks like UTC: Python treats it as local time when it
 * is compared with, converted or turned into a timestamp, so token expiry and "valid until"
 * checks are off by the server's UTC offset. Both are deprecated since Python 3.12.
 *
 * Not reported: `datetime.now(timezone.utc)`, `datetime.fromtimestamp(ts, tz=timezone.utc)`,
 * other libraries' `utcnow` (arrow, pendulum, pandas), and tests.
 */
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import { importedName } from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP212',
  name: 'naive-utc-now',
  tool: 'patterns',
  section: 'security',
  level: 'note',
  precision: 'very-high',
  summary:
    '`datetime.utcnow()`/`utcfromtimestamp()` returns a naive time that is easily misread as local.',
  tags: ['security', 'external/cwe/cwe-477'],
  cwe: ['CWE-477'],
  securitySeverity: 2.0,
  docs: {
    what: 'Finds datetime.utcnow() and datetime.utcfromtimestamp(), called or passed as a default factory, whatever the datetime import looks like.',
    why: 'Both return a naive datetime: Python reads it as local time when it is converted or turned into a timestamp, so token expiry and validity checks are off by the server’s UTC offset, and comparing it with an aware datetime raises TypeError. Both are deprecated since Python 3.12.',
    example:
      'expire = datetime.utcnow() + timedelta(minutes=30)\ncreated_at = Column(DateTime, default=datetime.utcnow)',
    useInstead:
      'expire = datetime.now(timezone.utc) + timedelta(minutes=30)\ncreated_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))',
  },
};

const NAIVE_UTC = /^datetime\.datetime\.(utcnow|utcfromtimestamp)$/;

export const naiveUtcNow: PythonRule = {
  kind: 'python',
  meta,
  // The method's name is the attribute's last part.
  anchors: { attribute: ['utcnow', 'utcfromtimestamp'] },
  create({ file, report }) {
    // The name resolves through the imports: no datetime imported, nothing to find.
    if (file.isTest || !file.importsModule('datetime')) return {};
    return {
      attribute(node) {
        const method = node.childForFieldName('attribute')?.text;
        if (method !== 'utcnow' && method !== 'utcfromtimestamp') return;
        if (!NAIVE_UTC.test(importedName(file, node) ?? '')) return;
        const replacement =
          method === 'utcnow'
            ? 'datetime.now(timezone.utc)'
            : 'datetime.fromtimestamp(ts, tz=timezone.utc)';
        report({
          at: node,
          message: `datetime.${method}() returns a naive datetime, which .timestamp() and .astimezone() read as local time and which cannot be compared with an aware one; use ${replacement} (with timezone-aware columns).`,
        });
      },
    };
  },
};
