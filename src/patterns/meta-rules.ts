/**
 * Rules about pybp's own configuration rather than the code: the suppression list's expired and
 * unused entries (src/suppressions/governed.ts reports them). Here, apart, so the rule registry
 * can list them without importing the config machinery.
 */
import type { Rule } from '../model.js';

/** An entry of the suppression list past its expiry date. */
export const EXPIRED_SUPPRESSION_RULE: Rule = {
  id: 'PBP001',
  name: 'expired-suppression',
  tool: 'patterns',
  section: 'code-quality',
  level: 'warning',
  precision: 'very-high',
  summary: 'A suppression in [tool.pybp] suppress is past its expiry date and no longer applies.',
  docs: {
    what:
      'Reports an entry of the `[[tool.pybp.suppress]]` list whose `expires` date has come. From ' +
      'that day (00:00 UTC) the entry stops suppressing: the findings it excused are reported ' +
      'again, and this finding points at the entry in the config file.',
    why:
      'A suppression is a decision made for a time: "until the vendor ships a fix", "until the ' +
      'legacy module is rewritten". Without a date it outlives the reason it was written for, and ' +
      'the accepted risk quietly becomes permanent. An expiry date makes someone look again.',
    example:
      '[[tool.pybp.suppress]]\n' +
      'rule = "PYSEC-2024-48"\n' +
      'reason = "No fixed release yet; the affected parser is not reachable from our API"\n' +
      'owner = "@platform-team"\n' +
      'expires = 2024-06-30',
    useInstead:
      '# Fixed: the entry is deleted. Or, still needed: look again, then renew it.\n' +
      '[[tool.pybp.suppress]]\n' +
      'rule = "PYSEC-2024-48"\n' +
      'reason = "Re-checked 2024-07-01: still no fix; parser still unreachable (see link)"\n' +
      'owner = "@platform-team"\n' +
      'expires = 2024-09-30\n' +
      'link = "https://github.com/example/service/issues/412"',
  },
};

/** An entry of the suppression list that matched no finding in a full run. */
export const UNUSED_SUPPRESSION_RULE: Rule = {
  id: 'PBP002',
  name: 'unused-suppression',
  tool: 'patterns',
  section: 'code-quality',
  level: 'note',
  precision: 'very-high',
  summary: 'A suppression in [tool.pybp] suppress matched no finding; remove it.',
  docs: {
    what:
      'Reports an entry of the `[[tool.pybp.suppress]]` list that matched no finding when every ' +
      'file was checked and the tool its rule belongs to ran. Runs on some files only ' +
      '(`--files`, pre-commit) never report it.',
    why:
      'An entry that excuses nothing is left over from code that was fixed or deleted. Left in ' +
      'place it would silently excuse the same problem when it comes back, and the list of ' +
      'accepted risks grows instead of shrinking.',
    example:
      '# legacy/ was deleted months ago\n' +
      '[[tool.pybp.suppress]]\n' +
      'rule = "flake8/E501"\n' +
      'path = "legacy/**"\n' +
      'reason = "Generated code, rewritten in Q3"',
    useInstead: '# The entry is deleted.',
  },
};

/** PBP001 and PBP002: findings about the suppression list itself. */
export const META_RULES: readonly Rule[] = [EXPIRED_SUPPRESSION_RULE, UNUSED_SUPPRESSION_RULE];
