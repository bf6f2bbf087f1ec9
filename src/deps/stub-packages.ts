/**
 * Which `types-*` stub distributions a project needs for mypy: the third-party modules its Python
 * files import, looked up in mypy's own table of packages that ship no types but have stubs on
 * PyPI — what `mypy --install-types` would install, decided without running mypy or asking.
 *
 * The table is data copied from mypy's `mypy/stubinfo.py` (python/mypy, MIT licence): its
 * `_legacy_bundled_packages`, `non_bundled_packages_flat` and `non_bundled_packages_namespace`
 * dicts, and `stub_distribution_name` ported below. Read from a recent copy of that file (the one
 * in the codenkirch/mypy-rs fork at commit 06780d1, which tracks upstream). Refresh it by copying
 * the three dicts again when mypy is bumped in docker/requirements-tools.txt.
 */

/** mypy's `_legacy_bundled_packages`: stubs that used to ship with mypy. */
const LEGACY_BUNDLED: Readonly<Record<string, string>> = {
  aiofiles: 'types-aiofiles',
  bleach: 'types-bleach',
  cachetools: 'types-cachetools',
  click_spinner: 'types-click-spinner',
  croniter: 'types-croniter',
  dateparser: 'types-dateparser',
  dateutil: 'types-python-dateutil',
  decorator: 'types-decorator',
  deprecated: 'types-Deprecated',
  docutils: 'types-docutils',
  first: 'types-first',
  markdown: 'types-Markdown',
  mock: 'types-mock',
  paramiko: 'types-paramiko',
  polib: 'types-polib',
  pycurl: 'types-pycurl',
  pymysql: 'types-PyMySQL',
  pyrfc3339: 'types-pyRFC3339',
  pytz: 'types-pytz',
  requests: 'types-requests',
  retry: 'types-retry',
  simplejson: 'types-simplejson',
  singledispatch: 'types-singledispatch',
  six: 'types-six',
  tabulate: 'types-tabulate',
  toml: 'types-toml',
  ujson: 'types-ujson',
  waitress: 'types-waitress',
  yaml: 'types-PyYAML',
};

/** mypy's `non_bundled_packages_flat`: top-level module → stub distribution. */
const NON_BUNDLED_FLAT: Readonly<Record<string, string>> = {
  _cffi_backend: 'types-cffi',
  _jsonnet: 'types-jsonnet',
  _win32typing: 'types-pywin32',
  antlr4: 'types-antlr4-python3-runtime',
  assertpy: 'types-assertpy',
  atheris: 'types-atheris',
  auth0: 'types-auth0-python',
  authlib: 'types-Authlib',
  aws_xray_sdk: 'types-aws-xray-sdk',
  binaryornot: 'types-binaryornot',
  boltons: 'types-boltons',
  braintree: 'types-braintree',
  bugbear: 'types-flake8-bugbear',
  capturer: 'types-capturer',
  cffi: 'types-cffi',
  channels: 'types-channels',
  chevron: 'types-chevron',
  click_default_group: 'types-click-default-group',
  click_log: 'types-click-log',
  click_shell: 'types-click-shell',
  click_web: 'types-click-web',
  colorama: 'types-colorama',
  colorful: 'types-colorful',
  commctrl: 'types-pywin32',
  consolemenu: 'types-console-menu',
  convertdate: 'types-convertdate',
  cronlog: 'types-python-crontab',
  crontab: 'types-python-crontab',
  crontabs: 'types-python-crontab',
  dateparser_data: 'types-dateparser',
  dde: 'types-pywin32',
  defusedxml: 'types-defusedxml',
  dirhash: 'types-dirhash',
  django_filters: 'types-django-filter',
  docker: 'types-docker',
  dockerfile_parse: 'types-dockerfile-parse',
  editdistance: 'types-editdistance',
  entrypoints: 'types-entrypoints',
  ephem: 'types-ephem',
  et_xmlfile: 'types-et_xmlfile',
  fanstatic: 'types-fanstatic',
  farmhash: 'types-pyfarmhash',
  flake8_builtins: 'types-flake8-builtins',
  flake8_docstrings: 'types-flake8-docstrings',
  flake8_rst_docstrings: 'types-flake8-rst-docstrings',
  flake8_simplify: 'types-flake8-simplify',
  flake8_typing_imports: 'types-flake8-typing-imports',
  flake8: 'types-flake8',
  flask_cors: 'types-Flask-Cors',
  flask_migrate: 'types-Flask-Migrate',
  flask_socketio: 'types-Flask-SocketIO',
  fpdf: 'types-fpdf2',
  gdb: 'types-gdb',
  geopandas: 'types-geopandas',
  gevent: 'types-gevent',
  greenlet: 'types-greenlet',
  grpc_channelz: 'types-grpcio-channelz',
  grpc_health: 'types-grpcio-health-checking',
  grpc_reflection: 'types-grpcio-reflection',
  grpc_status: 'types-grpcio-status',
  grpc: 'types-grpcio',
  gunicorn: 'types-gunicorn',
  hdbcli: 'types-hdbcli',
  hnswlib: 'types-hnswlib',
  html5lib: 'types-html5lib',
  httplib2: 'types-httplib2',
  hvac: 'types-hvac',
  ibm_db: 'types-ibm-db',
  icalendar: 'types-icalendar',
  import_export: 'types-django-import-export',
  inifile: 'types-inifile',
  isapi: 'types-pywin32',
  jack: 'types-JACK-Client',
  jenkins: 'types-python-jenkins',
  Jetson: 'types-Jetson.GPIO',
  jks: 'types-pyjks',
  jmespath: 'types-jmespath',
  jose: 'types-python-jose',
  jsonschema: 'types-jsonschema',
  jwcrypto: 'types-jwcrypto',
  keyboard: 'types-keyboard',
  ldap3: 'types-ldap3',
  lunardate: 'types-lunardate',
  lupa: 'types-lupa',
  lzstring: 'types-lzstring',
  m3u8: 'types-m3u8',
  management: 'types-django-import-export',
  mmapfile: 'types-pywin32',
  mmsystem: 'types-pywin32',
  mypy_extensions: 'types-mypy-extensions',
  MySQLdb: 'types-mysqlclient',
  nanoid: 'types-nanoid',
  nanoleafapi: 'types-nanoleafapi',
  netaddr: 'types-netaddr',
  netifaces: 'types-netifaces',
  networkx: 'types-networkx',
  nmap: 'types-python-nmap',
  ntsecuritycon: 'types-pywin32',
  oauthlib: 'types-oauthlib',
  objgraph: 'types-objgraph',
  odbc: 'types-pywin32',
  olefile: 'types-olefile',
  openpyxl: 'types-openpyxl',
  opentracing: 'types-opentracing',
  parsimonious: 'types-parsimonious',
  passlib: 'types-passlib',
  passpy: 'types-passpy',
  peewee: 'types-peewee',
  pep8ext_naming: 'types-pep8-naming',
  perfmon: 'types-pywin32',
  pexpect: 'types-pexpect',
  playhouse: 'types-peewee',
  pony: 'types-pony',
  portpicker: 'types-portpicker',
  psutil: 'types-psutil',
  psycopg2: 'types-psycopg2',
  punq: 'types-punq',
  pyasn1: 'types-pyasn1',
  pyaudio: 'types-pyaudio',
  pyautogui: 'types-PyAutoGUI',
  pycocotools: 'types-pycocotools',
  pyflakes: 'types-pyflakes',
  pygments: 'types-Pygments',
  pyi_splash: 'types-pyinstaller',
  PyInstaller: 'types-pyinstaller',
  pyluach: 'types-pyluach',
  pymeeus: 'types-PyMeeus',
  pynput: 'types-pynput',
  pyperclip: 'types-pyperclip',
  pyscreeze: 'types-PyScreeze',
  pysftp: 'types-pysftp',
  pytest_lazyfixture: 'types-pytest-lazy-fixture',
  python_http_client: 'types-python-http-client',
  pythoncom: 'types-pywin32',
  pythonwin: 'types-pywin32',
  pywintypes: 'types-pywin32',
  qrbill: 'types-qrbill',
  qrcode: 'types-qrcode',
  ratelimit: 'types-ratelimit',
  regex: 'types-regex',
  regutil: 'types-pywin32',
  reportlab: 'types-reportlab',
  requests_oauthlib: 'types-requests-oauthlib',
  rfc3339_validator: 'types-rfc3339-validator',
  RPi: 'types-RPi.GPIO',
  s2clientprotocol: 'types-s2clientprotocol',
  sass: 'types-libsass',
  sassutils: 'types-libsass',
  seaborn: 'types-seaborn',
  send2trash: 'types-Send2Trash',
  serial: 'types-pyserial',
  servicemanager: 'types-pywin32',
  setuptools: 'types-setuptools',
  shapely: 'types-shapely',
  simple_websocket: 'types-simple-websocket',
  slumber: 'types-slumber',
  socks: 'types-PySocks',
  sockshandler: 'types-PySocks',
  sspicon: 'types-pywin32',
  str2bool: 'types-str2bool',
  tensorflow: 'types-tensorflow',
  tgcrypto: 'types-TgCrypto',
  timer: 'types-pywin32',
  toposort: 'types-toposort',
  tqdm: 'types-tqdm',
  translationstring: 'types-translationstring',
  ttkthemes: 'types-ttkthemes',
  tzdata: 'types-tzdata',
  unidiff: 'types-unidiff',
  untangle: 'types-untangle',
  usersettings: 'types-usersettings',
  uwsgi: 'types-uWSGI',
  uwsgidecorators: 'types-uWSGI',
  vobject: 'types-vobject',
  watchpoints: 'types-watchpoints',
  webencodings: 'types-webencodings',
  webob: 'types-WebOb',
  whatthepatch: 'types-whatthepatch',
  win2kras: 'types-pywin32',
  win32: 'types-pywin32',
  win32api: 'types-pywin32',
  win32clipboard: 'types-pywin32',
  win32com: 'types-pywin32',
  win32comext: 'types-pywin32',
  win32con: 'types-pywin32',
  win32console: 'types-pywin32',
  win32cred: 'types-pywin32',
  win32crypt: 'types-pywin32',
  win32cryptcon: 'types-pywin32',
  win32event: 'types-pywin32',
  win32evtlog: 'types-pywin32',
  win32evtlogutil: 'types-pywin32',
  win32file: 'types-pywin32',
  win32gui_struct: 'types-pywin32',
  win32gui: 'types-pywin32',
  win32help: 'types-pywin32',
  win32inet: 'types-pywin32',
  win32inetcon: 'types-pywin32',
  win32job: 'types-pywin32',
  win32lz: 'types-pywin32',
  win32net: 'types-pywin32',
  win32netcon: 'types-pywin32',
  win32pdh: 'types-pywin32',
  win32pdhquery: 'types-pywin32',
  win32pipe: 'types-pywin32',
  win32print: 'types-pywin32',
  win32process: 'types-pywin32',
  win32profile: 'types-pywin32',
  win32ras: 'types-pywin32',
  win32security: 'types-pywin32',
  win32service: 'types-pywin32',
  win32serviceutil: 'types-pywin32',
  win32timezone: 'types-pywin32',
  win32trace: 'types-pywin32',
  win32transaction: 'types-pywin32',
  win32ts: 'types-pywin32',
  win32ui: 'types-pywin32',
  win32uiole: 'types-pywin32',
  win32verstamp: 'types-pywin32',
  win32wnet: 'types-pywin32',
  winerror: 'types-pywin32',
  winioctlcon: 'types-pywin32',
  winnt: 'types-pywin32',
  winperf: 'types-pywin32',
  winxpgui: 'types-pywin32',
  winxptheme: 'types-pywin32',
  workalendar: 'types-workalendar',
  wtforms: 'types-WTForms',
  wurlitzer: 'types-wurlitzer',
  www_authenticate: 'types-www-authenticate',
  xdg: 'types-pyxdg',
  xdgenvpy: 'types-xdgenvpy',
  Xlib: 'types-python-xlib',
  xlrd: 'types-xlrd',
  xmldiff: 'types-xmldiff',
  xmltodict: 'types-xmltodict',
  yt_dlp: 'types-yt-dlp',
  zstd: 'types-zstd',
  zxcvbn: 'types-zxcvbn',
  // Not from typeshed; mypy's own note: "a high trust bar for additions here".
  pandas: 'pandas-stubs',
  lxml: 'lxml-stubs',
  scipy: 'scipy-stubs',
};

/** mypy's `non_bundled_packages_namespace`: namespace packages, looked up by dotted prefix. */
const NON_BUNDLED_NAMESPACE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  backports: { 'backports.ssl_match_hostname': 'types-backports.ssl_match_hostname' },
  google: { 'google.cloud.ndb': 'types-google-cloud-ndb', 'google.protobuf': 'types-protobuf' },
  paho: { 'paho.mqtt': 'types-paho-mqtt' },
};

const FLAT: ReadonlyMap<string, string> = new Map([
  ...Object.entries(NON_BUNDLED_FLAT),
  ...Object.entries(LEGACY_BUNDLED),
]);

/** mypy's `stub_distribution_name`: the stub distribution for a module, or null. */
export function stubDistributionName(
  module: string,
  extra: Readonly<Record<string, string>> = {},
): string | null {
  const components = module.split('.');
  for (let i = components.length; i > 0; i--) {
    const known = extra[components.slice(0, i).join('.')];
    if (known) return known;
  }
  const topLevel = components[0] ?? '';
  const flat = FLAT.get(topLevel);
  if (flat) return flat;
  const namespace = NON_BUNDLED_NAMESPACE[topLevel];
  if (namespace) {
    for (let i = components.length; i > 0; i--) {
      const dist = namespace[components.slice(0, i).join('.')];
      if (dist) return dist;
    }
  }
  return null;
}

/** An import of a module, where it is written. */
export interface ModuleImport {
  module: string;
  /** Repo-relative path and 1-based line. */
  path: string;
  line: number;
}

const IMPORT_ITEM = String.raw`[A-Za-z_][\w.]*(?:\s+as\s+[A-Za-z_]\w*)?`;
const IMPORT_LIST = new RegExp(String.raw`^${IMPORT_ITEM}(?:\s*,\s*${IMPORT_ITEM})*$`);
const IMPORT_LINE = /^[ \t]*(?:import[ \t]+([^#\n;]+)|from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b)/gm;

/**
 * The absolute imports of a Python file (`import a.b as c, d`, `from a.b import c`), with their
 * lines. A line scan, not a parse: an `import` inside a string is taken too, which at worst adds
 * one stub package; relative imports (`from . import x`) are never third-party and are skipped.
 */
export function importsOf(text: string, path: string): ModuleImport[] {
  const found: ModuleImport[] = [];
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  for (const match of text.matchAll(IMPORT_LINE)) {
    const line = lineAt(match.index ?? 0);
    if (match[2]) {
      found.push({ module: match[2], path, line });
      continue;
    }
    // `import a.b as c, d` and nothing else: prose in a docstring ("import the data") is skipped.
    const list = (match[1] ?? '').replace(/\\\s*$/, '').trim();
    if (!IMPORT_LIST.test(list)) continue;
    for (const part of list.split(',')) {
      const name = /^\s*([A-Za-z_][\w.]*)/.exec(part)?.[1];
      if (name) found.push({ module: name, path, line });
    }
  }
  return found;
}

/** A stub distribution the project needs, and the first import that needs it. */
export interface NeededStub {
  distribution: string;
  module: string;
  path: string;
  line: number;
}

/**
 * The stub distributions for the imports of a project's Python files, leaving out the project's
 * own top-level modules (a local `yaml.py` is not PyYAML) and distributions already declared.
 */
export function neededStubs(
  imports: readonly ModuleImport[],
  options: {
    ownModules?: ReadonlySet<string>;
    /** Normalised names of the distributions the manifest already installs. */
    declared?: ReadonlySet<string>;
    /** More module → stub distribution entries (a private index's stubs, tests). */
    extra?: Readonly<Record<string, string>>;
  } = {},
): NeededStub[] {
  const byDistribution = new Map<string, NeededStub>();
  for (const item of imports) {
    const topLevel = item.module.split('.')[0] ?? '';
    if (options.ownModules?.has(topLevel)) continue;
    const distribution = stubDistributionName(item.module, options.extra);
    if (!distribution) continue;
    const key = distribution.toLowerCase().replace(/[-_.]+/g, '-');
    if (options.declared?.has(key) || byDistribution.has(key)) continue;
    byDistribution.set(key, { distribution, ...item });
  }
  return [...byDistribution.values()].sort((a, b) =>
    a.distribution.toLowerCase() < b.distribution.toLowerCase() ? -1 : 1,
  );
}

/**
 * The project's own top-level module names, from its Python files' paths relative to the checked
 * folder: `app/main.py` → `app`, `src/pkg/x.py` → `pkg`, `manage.py` → `manage`.
 */
export function ownTopLevelModules(localPaths: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const local of localPaths) {
    const parts = local.split('/');
    const inSrc = parts[0] === 'src' && parts.length > 1;
    const first = (inSrc ? parts[1] : parts[0]) ?? '';
    names.add(first.replace(/\.pyi?$/, ''));
  }
  return names;
}
