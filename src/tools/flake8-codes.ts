/**
 * Rule metadata for flake8 and hadolint codes: SARIF `rules[]` names and short descriptions.
 *
 * Where the tables come from:
 * - pycodestyle (E1xx-E9xx, W1xx-W6xx): the error-code table in pycodestyle's docs/intro.rst
 *   (PyCQA/pycodestyle) and the codes emitted by pycodestyle 2.10.0's source (Debian 12), plus
 *   E204 (pycodestyle 2.12). Codes later removed (W601-W604, W606) are kept so older runs map.
 *   E999 is flake8's own code for a file that does not parse.
 * - pyflakes (F4xx-F9xx): flake8's src/flake8/plugins/pyflakes.py FLAKE8_PYFLAKES_CODES, the union
 *   of flake8 5.0.4 (Debian 12: F703, F723) and the current upstream mapping (F542, F708, F709,
 *   F824, F842, F851). Names are the pyflakes message class names in kebab-case.
 * - mccabe: C901 (mccabe 0.7.0, "%r is too complex (%d)").
 * - hadolint: the rule table in hadolint's README.md (hadolint/hadolint), whose descriptions are
 *   used nearly verbatim; DL1000 (parse error, emitted by the JSON formatter) and the rules the
 *   README no longer lists but older releases emit (DL3005, DL3017, DL3031, DL3039) come from
 *   src/Hadolint/Formatter/Json.hs and src/Hadolint/Rule/DL*.hs. Newer rules (DL3064+, DL4007)
 *   are not included.
 *
 * `name` is our kebab-case rule name; `description` is one plain sentence. Plain data, no logic.
 */

export const FLAKE8_CODES: Readonly<Record<string, { name: string; description: string }>> = {
  // pycodestyle: indentation (E1)
  E101: {
    name: 'mixed-spaces-and-tabs',
    description: 'Indentation contains a mix of spaces and tabs.',
  },
  E111: {
    name: 'indentation-not-multiple-of-four',
    description: 'Indentation is not a multiple of four spaces.',
  },
  E112: {
    name: 'expected-indented-block',
    description: 'An indented block was expected but not found.',
  },
  E113: {
    name: 'unexpected-indentation',
    description: 'A line is indented where no indentation is expected.',
  },
  E114: {
    name: 'comment-indentation-not-multiple-of-four',
    description: "A comment's indentation is not a multiple of four spaces.",
  },
  E115: {
    name: 'comment-expected-indented-block',
    description: 'A comment should be indented as part of the block that follows.',
  },
  E116: {
    name: 'comment-unexpected-indentation',
    description: 'A comment is indented where no indentation is expected.',
  },
  E117: {
    name: 'over-indented',
    description: 'A block is indented more than one level deeper than its parent.',
  },
  E121: {
    name: 'continuation-line-under-indented-hanging',
    description: 'A continuation line is under-indented for a hanging indent.',
  },
  E122: {
    name: 'continuation-line-missing-indentation',
    description: 'A continuation line is missing indentation or is outdented.',
  },
  E123: {
    name: 'closing-bracket-mismatched-indentation',
    description: "A closing bracket does not match the indentation of the opening bracket's line.",
  },
  E124: {
    name: 'closing-bracket-mismatched-visual-indentation',
    description: 'A closing bracket does not match the visual indentation.',
  },
  E125: {
    name: 'continuation-line-same-indent-as-next-line',
    description: 'A continuation line has the same indentation as the next logical line.',
  },
  E126: {
    name: 'continuation-line-over-indented-hanging',
    description: 'A continuation line is over-indented for a hanging indent.',
  },
  E127: {
    name: 'continuation-line-over-indented-visual',
    description: 'A continuation line is over-indented for a visual indent.',
  },
  E128: {
    name: 'continuation-line-under-indented-visual',
    description: 'A continuation line is under-indented for a visual indent.',
  },
  E129: {
    name: 'visually-indented-line-same-indent-as-next-line',
    description: 'A visually indented line has the same indentation as the next logical line.',
  },
  E131: {
    name: 'continuation-line-unaligned-hanging',
    description: 'A continuation line is not aligned for a hanging indent.',
  },
  E133: {
    name: 'closing-bracket-missing-indentation',
    description: 'A closing bracket is missing indentation (only checked with --hang-closing).',
  },
  // pycodestyle: whitespace (E2)
  E201: {
    name: 'whitespace-after-open-bracket',
    description: 'There is whitespace after an opening bracket.',
  },
  E202: {
    name: 'whitespace-before-close-bracket',
    description: 'There is whitespace before a closing bracket.',
  },
  E203: {
    name: 'whitespace-before-punctuation',
    description: 'There is whitespace before a colon, semicolon or comma.',
  },
  E204: {
    name: 'whitespace-after-decorator',
    description: "There is whitespace after the '@' of a decorator.",
  },
  E211: {
    name: 'whitespace-before-parameters',
    description: 'There is whitespace before the bracket that opens an argument list or index.',
  },
  E221: {
    name: 'multiple-spaces-before-operator',
    description: 'There are multiple spaces before an operator.',
  },
  E222: {
    name: 'multiple-spaces-after-operator',
    description: 'There are multiple spaces after an operator.',
  },
  E223: { name: 'tab-before-operator', description: 'There is a tab before an operator.' },
  E224: { name: 'tab-after-operator', description: 'There is a tab after an operator.' },
  E225: {
    name: 'missing-whitespace-around-operator',
    description: 'Whitespace is missing around an operator.',
  },
  E226: {
    name: 'missing-whitespace-around-arithmetic-operator',
    description: 'Whitespace is missing around an arithmetic operator.',
  },
  E227: {
    name: 'missing-whitespace-around-bitwise-or-shift-operator',
    description: 'Whitespace is missing around a bitwise or shift operator.',
  },
  E228: {
    name: 'missing-whitespace-around-modulo-operator',
    description: 'Whitespace is missing around a modulo operator.',
  },
  E231: {
    name: 'missing-whitespace-after-punctuation',
    description: 'Whitespace is missing after a comma, semicolon or colon.',
  },
  E241: {
    name: 'multiple-spaces-after-comma',
    description: 'There are multiple spaces after a comma.',
  },
  E242: { name: 'tab-after-comma', description: 'There is a tab after a comma.' },
  E251: {
    name: 'unexpected-spaces-around-keyword-equals',
    description:
      'There are spaces around the equals sign of a keyword argument or parameter default.',
  },
  E252: {
    name: 'missing-whitespace-around-parameter-equals',
    description:
      "Whitespace is missing around the equals sign of an annotated parameter's default.",
  },
  E261: {
    name: 'too-few-spaces-before-inline-comment',
    description: 'An inline comment is preceded by fewer than two spaces.',
  },
  E262: {
    name: 'inline-comment-should-start-with-hash-space',
    description: "An inline comment does not start with '# '.",
  },
  E265: {
    name: 'block-comment-should-start-with-hash-space',
    description: "A block comment does not start with '# '.",
  },
  E266: {
    name: 'too-many-leading-hashes-for-block-comment',
    description: "A block comment starts with more than one '#'.",
  },
  E271: {
    name: 'multiple-spaces-after-keyword',
    description: 'There are multiple spaces after a keyword.',
  },
  E272: {
    name: 'multiple-spaces-before-keyword',
    description: 'There are multiple spaces before a keyword.',
  },
  E273: { name: 'tab-after-keyword', description: 'There is a tab after a keyword.' },
  E274: { name: 'tab-before-keyword', description: 'There is a tab before a keyword.' },
  E275: {
    name: 'missing-whitespace-after-keyword',
    description: 'Whitespace is missing after a keyword.',
  },
  // pycodestyle: blank lines (E3)
  E301: {
    name: 'expected-1-blank-line',
    description: 'One blank line is expected between methods.',
  },
  E302: {
    name: 'expected-2-blank-lines',
    description: 'Two blank lines are expected before a top-level function or class.',
  },
  E303: {
    name: 'too-many-blank-lines',
    description: 'There are too many consecutive blank lines.',
  },
  E304: {
    name: 'blank-line-after-decorator',
    description: 'A blank line follows a function or class decorator.',
  },
  E305: {
    name: 'expected-2-blank-lines-after-definition',
    description: 'Two blank lines are expected after the end of a top-level function or class.',
  },
  E306: {
    name: 'expected-1-blank-line-before-nested-definition',
    description: 'One blank line is expected before a nested function or class definition.',
  },
  // pycodestyle: imports (E4)
  E401: {
    name: 'multiple-imports-on-one-line',
    description: 'Several modules are imported on one line.',
  },
  E402: {
    name: 'module-import-not-at-top-of-file',
    description: 'A module-level import is not at the top of the file.',
  },
  // pycodestyle: line length (E5)
  E501: { name: 'line-too-long', description: 'A line is longer than the maximum line length.' },
  E502: {
    name: 'redundant-backslash-between-brackets',
    description: 'A backslash line continuation is redundant between brackets.',
  },
  // pycodestyle: statements (E7)
  E701: {
    name: 'multiple-statements-on-one-line-colon',
    description: 'Several statements are on one line after a colon.',
  },
  E702: {
    name: 'multiple-statements-on-one-line-semicolon',
    description: 'Several statements are on one line separated by semicolons.',
  },
  E703: {
    name: 'statement-ends-with-semicolon',
    description: 'A statement ends with a needless semicolon.',
  },
  E704: {
    name: 'multiple-statements-on-one-line-def',
    description: 'A function definition and its body are on one line.',
  },
  E711: {
    name: 'comparison-to-none',
    description: "A comparison to None uses == or != instead of 'is' or 'is not'.",
  },
  E712: {
    name: 'comparison-to-true-or-false',
    description:
      "A comparison to True or False uses == or != instead of 'is' or a plain truth test.",
  },
  E713: {
    name: 'not-in-test',
    description: "A membership test is written 'not x in y' instead of 'x not in y'.",
  },
  E714: {
    name: 'not-is-test',
    description: "An identity test is written 'not x is y' instead of 'x is not y'.",
  },
  E721: {
    name: 'type-comparison',
    description: "Types are compared with == instead of 'is' or isinstance().",
  },
  E722: {
    name: 'bare-except',
    description: 'An except clause catches everything because it names no exception.',
  },
  E731: {
    name: 'lambda-assignment',
    description: 'A lambda expression is assigned to a name instead of using def.',
  },
  E741: {
    name: 'ambiguous-variable-name',
    description: "A variable is named 'l', 'O' or 'I', which is easily misread.",
  },
  E742: {
    name: 'ambiguous-class-name',
    description: "A class is named 'l', 'O' or 'I', which is easily misread.",
  },
  E743: {
    name: 'ambiguous-function-name',
    description: "A function is named 'l', 'O' or 'I', which is easily misread.",
  },
  // pycodestyle and flake8: runtime / syntax (E9; E999 is flake8's own)
  E901: {
    name: 'syntax-or-indentation-error',
    description: 'The file raised a SyntaxError or IndentationError while being tokenized.',
  },
  E902: {
    name: 'io-error',
    description: 'The file could not be read or tokenized (an OSError or tokenizer error).',
  },
  E999: {
    name: 'syntax-error',
    description: 'The file could not be parsed, so no other checks ran on it (reported by flake8).',
  },
  // pycodestyle warnings (W1-W6)
  W191: { name: 'tab-indentation', description: 'Indentation contains tabs.' },
  W291: { name: 'trailing-whitespace', description: 'A line ends with whitespace.' },
  W292: { name: 'no-newline-at-end-of-file', description: 'The file does not end with a newline.' },
  W293: { name: 'whitespace-on-blank-line', description: 'A blank line contains whitespace.' },
  W391: {
    name: 'blank-line-at-end-of-file',
    description: 'The file ends with one or more blank lines.',
  },
  W503: {
    name: 'line-break-before-binary-operator',
    description: 'A line break occurs before a binary operator.',
  },
  W504: {
    name: 'line-break-after-binary-operator',
    description: 'A line break occurs after a binary operator.',
  },
  W505: {
    name: 'doc-line-too-long',
    description: 'A docstring or comment line is longer than the maximum doc length.',
  },
  W601: {
    name: 'deprecated-has-key',
    description: "The deprecated .has_key() method is used instead of 'in'.",
  },
  W602: {
    name: 'deprecated-raise-form',
    description: "An exception is raised with the deprecated 'raise E, value' form.",
  },
  W603: {
    name: 'deprecated-not-equal-operator',
    description: "The deprecated '<>' operator is used instead of '!='.",
  },
  W604: { name: 'deprecated-backticks', description: 'Backticks are used instead of repr().' },
  W605: {
    name: 'invalid-escape-sequence',
    description: 'A string contains an invalid backslash escape sequence.',
  },
  W606: {
    name: 'async-await-as-identifier',
    description:
      "'async' or 'await' is used as an identifier although they are reserved keywords from Python 3.7.",
  },
  // pyflakes, with the codes flake8 assigns (FLAKE8_PYFLAKES_CODES)
  F401: { name: 'unused-import', description: 'A module or name is imported but never used.' },
  F402: {
    name: 'import-shadowed-by-loop-variable',
    description: 'An imported name is shadowed by a loop variable.',
  },
  F403: {
    name: 'import-star-used',
    description: "'from module import *' is used, so undefined names cannot be detected.",
  },
  F404: {
    name: 'late-future-import',
    description: "A 'from __future__' import does not come at the beginning of the file.",
  },
  F405: {
    name: 'import-star-usage',
    description: 'A name may be undefined or may come from a star import.',
  },
  F406: {
    name: 'import-star-not-permitted',
    description: "'from module import *' is used somewhere other than module level.",
  },
  F407: {
    name: 'future-feature-not-defined',
    description: "A 'from __future__' import names a feature that does not exist.",
  },
  F501: { name: 'percent-format-invalid-format', description: "A '%'-format string is invalid." },
  F502: {
    name: 'percent-format-expected-mapping',
    description:
      "A '%'-format string with named placeholders is given a sequence instead of a mapping.",
  },
  F503: {
    name: 'percent-format-expected-sequence',
    description:
      "A '%'-format string with positional placeholders is given a mapping instead of a sequence.",
  },
  F504: {
    name: 'percent-format-extra-named-arguments',
    description: "A '%'-format call passes named arguments that the string does not use.",
  },
  F505: {
    name: 'percent-format-missing-argument',
    description: "A '%'-format call is missing arguments for some placeholders.",
  },
  F506: {
    name: 'percent-format-mixed-positional-and-named',
    description: "A '%'-format string mixes positional and named placeholders.",
  },
  F507: {
    name: 'percent-format-positional-count-mismatch',
    description: "A '%'-format string has a different number of placeholders than substitutions.",
  },
  F508: {
    name: 'percent-format-star-requires-sequence',
    description: "A '%'-format '*' specifier is used without a sequence of arguments.",
  },
  F509: {
    name: 'percent-format-unsupported-format-character',
    description: "A '%'-format string uses an unsupported format character.",
  },
  F521: {
    name: 'string-dot-format-invalid-format',
    description: 'A str.format() format string is invalid.',
  },
  F522: {
    name: 'string-dot-format-extra-named-arguments',
    description: 'A str.format() call passes named arguments that the string does not use.',
  },
  F523: {
    name: 'string-dot-format-extra-positional-arguments',
    description: 'A str.format() call passes positional arguments that the string does not use.',
  },
  F524: {
    name: 'string-dot-format-missing-argument',
    description: 'A str.format() call is missing arguments for some placeholders.',
  },
  F525: {
    name: 'string-dot-format-mixing-automatic',
    description: 'A str.format() string mixes automatic and manual field numbering.',
  },
  F541: { name: 'f-string-missing-placeholders', description: 'An f-string has no placeholders.' },
  F542: {
    name: 't-string-missing-placeholders',
    description: 'A t-string (template string) has no placeholders.',
  },
  F601: {
    name: 'multi-value-repeated-key-literal',
    description: 'A dictionary literal repeats a key with different values.',
  },
  F602: {
    name: 'multi-value-repeated-key-variable',
    description: 'A dictionary literal repeats a variable key with different values.',
  },
  F621: {
    name: 'too-many-expressions-in-starred-assignment',
    description: 'A star-unpacking assignment has too many expressions.',
  },
  F622: {
    name: 'two-starred-expressions',
    description: 'An assignment contains two starred expressions.',
  },
  F631: {
    name: 'assert-tuple',
    description: 'An assert tests a non-empty tuple, which is always true.',
  },
  F632: {
    name: 'is-literal',
    description: "'is' or 'is not' is used to compare with a str, bytes or number literal.",
  },
  F633: {
    name: 'invalid-print-syntax',
    description: "'>>' is used with the print function, which is invalid.",
  },
  F634: { name: 'if-tuple', description: 'An if test is a non-empty tuple, which is always true.' },
  F701: { name: 'break-outside-loop', description: "'break' is used outside a loop." },
  F702: { name: 'continue-outside-loop', description: "'continue' is used outside a loop." },
  F703: {
    name: 'continue-in-finally',
    description:
      "'continue' is used inside a 'finally' clause, which older Pythons do not support.",
  },
  F704: {
    name: 'yield-outside-function',
    description: "'yield' or 'yield from' is used outside a function.",
  },
  F706: { name: 'return-outside-function', description: "'return' is used outside a function." },
  F707: {
    name: 'default-except-not-last',
    description: "A bare 'except:' handler is not the last handler.",
  },
  F708: {
    name: 'lazy-import-not-at-module-scope',
    description: 'A lazy import is used somewhere other than module scope.',
  },
  F709: {
    name: 'lazy-import-star-not-permitted',
    description: 'A star import is marked lazy, which is not allowed.',
  },
  F721: { name: 'doctest-syntax-error', description: 'A doctest contains a syntax error.' },
  F722: {
    name: 'forward-annotation-syntax-error',
    description: 'A string (forward) annotation contains a syntax error.',
  },
  F723: {
    name: 'comment-annotation-syntax-error',
    description: 'A type comment contains a syntax error.',
  },
  F811: {
    name: 'redefined-while-unused',
    description: 'A name is redefined before its earlier definition was used.',
  },
  F821: { name: 'undefined-name', description: 'A name is used but never defined.' },
  F822: {
    name: 'undefined-export',
    description: '__all__ lists a name that is not defined in the module.',
  },
  F823: {
    name: 'undefined-local',
    description: 'A local variable is referenced before assignment.',
  },
  F824: {
    name: 'unused-indirect-assignment',
    description: 'A name declared global or nonlocal is never assigned in that scope.',
  },
  F831: {
    name: 'duplicate-argument',
    description: 'A function definition repeats an argument name.',
  },
  F841: { name: 'unused-variable', description: 'A local variable is assigned but never used.' },
  F842: { name: 'unused-annotation', description: 'A local variable is annotated but never used.' },
  F851: {
    name: 'eager-use-of-lazy-import',
    description: 'A lazily imported name is used in a way that forces the import eagerly.',
  },
  F901: {
    name: 'raise-not-implemented',
    description: "'raise NotImplemented' is used instead of 'raise NotImplementedError'.",
  },
  // mccabe
  C901: {
    name: 'too-complex',
    description: "A function's McCabe cyclomatic complexity exceeds the configured maximum.",
  },
};

export const HADOLINT_CODES: Readonly<Record<string, { name: string; description: string }>> = {
  DL1000: {
    name: 'parse-error',
    description: "The Dockerfile could not be parsed (hadolint reports the parser's message).",
  },
  DL1001: {
    name: 'inline-ignore-pragma',
    description: "Please refrain from using inline ignore pragmas '# hadolint ignore=DLxxxx'.",
  },
  DL3000: { name: 'absolute-workdir', description: 'Use absolute WORKDIR.' },
  DL3001: {
    name: 'pointless-command',
    description:
      'For some bash commands it makes no sense running them in a Docker container like ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig.',
  },
  DL3002: { name: 'last-user-root', description: 'Last user should not be root.' },
  DL3003: { name: 'use-workdir-not-cd', description: 'Use WORKDIR to switch to a directory.' },
  DL3004: {
    name: 'no-sudo',
    description:
      'Do not use sudo as it leads to unpredictable behavior; use a tool like gosu to enforce root.',
  },
  DL3005: {
    name: 'no-apt-get-upgrade',
    description:
      'Do not use apt-get upgrade or dist-upgrade (rule dropped from recent hadolint releases).',
  },
  DL3006: { name: 'untagged-image', description: 'Always tag the version of an image explicitly.' },
  DL3007: {
    name: 'latest-tag',
    description:
      'Using latest is prone to errors if the image will ever update; pin the version explicitly to a release tag.',
  },
  DL3008: { name: 'apt-get-unpinned', description: 'Pin versions in apt-get install.' },
  DL3009: {
    name: 'apt-lists-not-deleted',
    description: 'Delete the apt-get lists after installing something.',
  },
  DL3010: {
    name: 'use-add-for-archives',
    description: 'Use ADD for extracting archives into an image.',
  },
  DL3011: { name: 'invalid-port', description: 'Valid UNIX ports range from 0 to 65535.' },
  DL3012: { name: 'multiple-healthchecks', description: 'Multiple HEALTHCHECK instructions.' },
  DL3013: { name: 'pip-unpinned', description: 'Pin versions in pip.' },
  DL3014: { name: 'apt-get-missing-yes', description: 'Use the -y switch with apt-get install.' },
  DL3015: {
    name: 'apt-get-install-recommends',
    description: 'Avoid additional packages by specifying --no-install-recommends.',
  },
  DL3016: { name: 'npm-unpinned', description: 'Pin versions in npm.' },
  DL3017: {
    name: 'no-apk-upgrade',
    description: 'Do not use apk upgrade (rule dropped from recent hadolint releases).',
  },
  DL3018: {
    name: 'apk-unpinned',
    description:
      "Pin versions in apk add; instead of 'apk add <package>' use 'apk add <package>=<version>'.",
  },
  DL3019: {
    name: 'apk-no-cache',
    description:
      'Use the --no-cache switch to avoid the need to use --update and remove /var/cache/apk/* when done installing packages.',
  },
  DL3020: { name: 'copy-not-add', description: 'Use COPY instead of ADD for files and folders.' },
  DL3021: {
    name: 'copy-multiple-args-needs-slash',
    description: 'COPY with more than 2 arguments requires the last argument to end with /.',
  },
  DL3022: {
    name: 'copy-from-unknown-alias',
    description: 'COPY --from should reference a previously defined FROM alias.',
  },
  DL3023: {
    name: 'copy-from-own-alias',
    description: 'COPY --from cannot reference its own FROM alias.',
  },
  DL3024: {
    name: 'duplicate-stage-name',
    description: 'FROM aliases (stage names) must be unique.',
  },
  DL3025: {
    name: 'json-notation-cmd',
    description: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments.',
  },
  DL3026: {
    name: 'untrusted-registry',
    description: 'Use only an allowed registry in the FROM image.',
  },
  DL3027: {
    name: 'no-apt',
    description:
      'Do not use apt as it is meant to be an end-user tool; use apt-get or apt-cache instead.',
  },
  DL3028: {
    name: 'gem-unpinned',
    description:
      "Pin versions in gem install; instead of 'gem install <gem>' use 'gem install <gem>:<version>'.",
  },
  DL3029: { name: 'from-platform-flag', description: 'Do not use --platform flag with FROM.' },
  DL3030: {
    name: 'yum-missing-yes',
    description: "Use the -y switch to avoid manual input with 'yum install -y <package>'.",
  },
  DL3031: {
    name: 'no-yum-update',
    description: 'Do not use yum update (rule dropped from recent hadolint releases).',
  },
  DL3032: {
    name: 'yum-clean-missing',
    description: "'yum clean all' is missing after a yum command.",
  },
  DL3033: {
    name: 'yum-unpinned',
    description: "Specify a version with 'yum install -y <package>-<version>'.",
  },
  DL3034: {
    name: 'zypper-missing-yes',
    description:
      "The non-interactive switch is missing from a zypper command: use 'zypper install -y'.",
  },
  DL3035: { name: 'no-zypper-dist-upgrade', description: 'Do not use zypper dist-upgrade.' },
  DL3036: {
    name: 'zypper-clean-missing',
    description: "'zypper clean' is missing after zypper use.",
  },
  DL3037: {
    name: 'zypper-unpinned',
    description: "Specify a version with 'zypper install -y <package>[=]<version>'.",
  },
  DL3038: {
    name: 'dnf-missing-yes',
    description: "Use the -y switch to avoid manual input with 'dnf install -y <package>'.",
  },
  DL3039: {
    name: 'no-dnf-update',
    description: 'Do not use dnf update (rule dropped from recent hadolint releases).',
  },
  DL3040: {
    name: 'dnf-clean-missing',
    description: "'dnf clean all' is missing after a dnf command.",
  },
  DL3041: {
    name: 'dnf-unpinned',
    description: "Specify a version with 'dnf install -y <package>-<version>'.",
  },
  DL3042: {
    name: 'pip-cache-dir',
    description: "Avoid the pip cache directory with 'pip install --no-cache-dir <package>'.",
  },
  DL3043: {
    name: 'onbuild-forbidden-instruction',
    description: 'ONBUILD, FROM or MAINTAINER is triggered from within an ONBUILD instruction.',
  },
  DL3044: {
    name: 'env-self-reference',
    description:
      'Do not refer to an environment variable within the same ENV statement where it is defined.',
  },
  DL3045: {
    name: 'copy-relative-without-workdir',
    description: 'COPY to a relative destination without WORKDIR set.',
  },
  DL3046: {
    name: 'useradd-high-uid',
    description:
      'Running useradd without flag -l and with a high UID will result in an excessively large image.',
  },
  DL3047: {
    name: 'wget-without-progress',
    description:
      'Running wget without flag --progress will result in excessively bloated build logs when downloading larger files.',
  },
  DL3048: { name: 'invalid-label-key', description: 'Invalid label key.' },
  DL3049: { name: 'missing-label', description: 'A required label is missing.' },
  DL3050: { name: 'superfluous-labels', description: 'Superfluous label(s) present.' },
  DL3051: { name: 'empty-label', description: 'A label is empty.' },
  DL3052: { name: 'label-not-url', description: 'A label is not a valid URL.' },
  DL3053: {
    name: 'label-not-rfc3339',
    description: 'A label is not a valid time format; it must conform to RFC3339.',
  },
  DL3054: {
    name: 'label-not-spdx',
    description: 'A label is not a valid SPDX license identifier.',
  },
  DL3055: { name: 'label-not-git-hash', description: 'A label is not a valid git hash.' },
  DL3056: {
    name: 'label-not-semver',
    description: 'A label does not conform to semantic versioning.',
  },
  DL3057: { name: 'healthcheck-missing', description: 'HEALTHCHECK instruction missing.' },
  DL3058: {
    name: 'label-not-email',
    description: 'A label is not a valid email format; it must conform to RFC5322.',
  },
  DL3059: {
    name: 'consecutive-run',
    description: 'Multiple consecutive RUN instructions; consider consolidation.',
  },
  DL3060: {
    name: 'yarn-cache-clean-missing',
    description: "'yarn cache clean' is missing after 'yarn install' was run.",
  },
  DL3061: {
    name: 'invalid-instruction-order',
    description: 'Invalid instruction order; a Dockerfile must begin with FROM, ARG or a comment.',
  },
  DL3062: {
    name: 'go-install-unpinned',
    description:
      "Pin versions in go install; instead of 'go install <package>' use 'go install <package>@<version>'.",
  },
  DL3063: { name: 'reserved-stage-name', description: 'Stage name should not be a reserved word.' },
  DL4000: { name: 'maintainer-deprecated', description: 'MAINTAINER is deprecated.' },
  DL4001: { name: 'wget-and-curl', description: 'Either use wget or curl but not both.' },
  DL4003: { name: 'multiple-cmd', description: 'Multiple CMD instructions found.' },
  DL4004: { name: 'multiple-entrypoint', description: 'Multiple ENTRYPOINT instructions found.' },
  DL4005: { name: 'use-shell-instruction', description: 'Use SHELL to change the default shell.' },
  DL4006: {
    name: 'pipefail-missing',
    description: 'Set the SHELL option -o pipefail before RUN with a pipe in it.',
  },
};
