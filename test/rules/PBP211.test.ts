import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP211', {
  valid: [
    {
      name: 'a client library’s own verify=False option, in a function named for it',
      code: `
        import ssl


        class SSLConfig:
            def load_ssl_context(self):
                if self.verify:
                    return self.load_ssl_context_verify()
                return self.load_ssl_context_no_verify()

            def load_ssl_context_no_verify(self):
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
                return context


        def _make_ssl_context(verified):
            if verified:
                return ssl.create_default_context()
            else:
                sslcontext = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                sslcontext.check_hostname = False
                sslcontext.verify_mode = ssl.CERT_NONE
                return sslcontext
      `,
    },
    {
      name: 'a flag that says to skip the check, and validate_cert off (prometheus_client, Tornado)',
      code: `
        import ssl

        def _make_handler(url, insecure_skip_verify=False):
            context = ssl.create_default_context()
            if insecure_skip_verify:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            return context

        def _get_ssl_options(self):
            ssl_ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
            if not self.request.validate_cert:
                ssl_ctx.check_hostname = False
                ssl_ctx.verify_mode = ssl.CERT_NONE
            return ssl_ctx
      `,
    },
    {
      name: 'a CA bundle path, a setting, and the default',
      code: `
        import httpx
        import requests
        from app.config import settings

        def call(url: str, cert_path: str):
            requests.get(url, verify=cert_path, timeout=5)
            requests.post(url, verify=settings.VERIFY_TLS, timeout=5)
            return httpx.Client(verify="/etc/ssl/certs/internal-ca.pem")
      `,
    },
    {
      name: 'verify=False that is not about TLS',
      code: `
        import jwt

        def claims(token, signer):
            signer.sign(token, verify=False)
            return jwt.decode(token, verify=False)
      `,
    },
    {
      name: 'ssl=False for a database or cache client (no TLS at all, not an unchecked one)',
      code: `
        import asyncpg
        import redis

        async def connect():
            cache = redis.Redis(host="cache", ssl=False)
            return await asyncpg.connect(dsn, ssl=False), cache
      `,
    },
    {
      name: 'a verifying SSL context',
      code: `
        import ssl

        context = ssl.create_default_context(cafile="/etc/ssl/certs/internal-ca.pem")
        context.verify_mode = ssl.CERT_REQUIRED
        context.check_hostname = True
      `,
    },
    {
      name: "a driver following the caller's sslmode (asyncpg's libpq semantics)",
      code: `
        import ssl

        def make_context(sslmode, sslrootcert):
            if sslmode < SSLMode.allow:
                return None
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = sslmode >= SSLMode.verify_full
            if sslmode < SSLMode.require:
                ctx.verify_mode = ssl.CERT_NONE
            elif self._sslmode == SSLMode.require:
                ctx.verify_mode = ssl.CERT_NONE
            else:
                ctx.load_verify_locations(cafile=sslrootcert)
            return ctx
      `,
    },
    {
      name: 'dict options that keep or choose the check',
      code: `
        import ssl

        broker_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/ca.pem"}
        redis_backend_use_ssl = {"ssl_cert_reqs": settings.REDIS_CERT_REQS}
        LABELS = {"cert_reqs": "Certificate requirement"}
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_client.py',
      code: `
        import requests

        def test_local(server):
            assert requests.get(server.url, verify=False).ok
      `,
    },
  ],
  invalid: [
    {
      name: 'CERT_NONE in a function that is not named for an opt-out',
      code: `
        import ssl


        def load_ssl_context():
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return context


        def make_context(verified):
            context = ssl.create_default_context()
            if verified:
                context.verify_mode = ssl.CERT_NONE
            return context


        def strict_context(insecure):
            context = ssl.create_default_context()
            if not insecure:
                context.verify_mode = ssl.CERT_NONE
            return context
      `,
      errors: [{ line: 7 }, { line: 14 }, { line: 21 }],
    },
    {
      name: "Celery's and kombu's SSL options in a dict, CERT_NONE or redis's \"none\"",
      code: `
        import ssl
        from ssl import CERT_NONE

        broker_use_ssl = {
            "ssl_cert_reqs": ssl.CERT_NONE,
            "ssl_ca_certs": None,
        }
        redis_backend_use_ssl = {"ssl_cert_reqs": "none"}

        def init_params(transport, ssl_options):
            if transport == "rediss" and not ssl_options:
                ssl_options = {"ssl_cert_reqs": CERT_NONE}
            return ssl_options
      `,
      errors: [{ line: 5 }, { line: 8 }, { line: 12 }],
    },
    {
      name: 'requests with verify=False (the shop example)',
      code: `
        import requests

        def refund(charge_id: str) -> bool:
            url = f"{PAYMENTS_URL}/v1/refunds"
            # the gateway's EU endpoint had an expired certificate in March
            resp = requests.post(
                url, data={"charge": charge_id}, auth=AUTH, verify=False, timeout=10
            )
            return resp.ok
      `,
      errors: [{ line: 6, column: 12, message: /verify=False turns off certificate checks/ }],
    },
    {
      name: 'sessions and clients: requests.Session, session.verify, httpx clients',
      code: `
        import httpx
        import requests

        s = requests.Session()
        s.verify = False
        client = httpx.AsyncClient(verify=False, timeout=10)

        def fetch(session: requests.Session, url: str):
            return session.get(url, verify=False, timeout=5)
      `,
      errors: [{ line: 5, message: /session\.verify = False/ }, { line: 6 }, { line: 9 }],
    },
    {
      name: 'boto3 clients',
      code: `
        import boto3

        s3 = boto3.client("s3", endpoint_url=MINIO_URL, verify=False)
        session = boto3.session.Session()
        sqs = session.client("sqs", verify=False)
      `,
      errors: [{ line: 3 }, { line: 5 }],
    },
    {
      name: 'aiohttp ssl=False on a request and a connector',
      code: `
        import aiohttp

        async def fetch(url: str):
            connector = aiohttp.TCPConnector(ssl=False)
            async with aiohttp.ClientSession(connector=connector) as session:
                async with session.get(url, ssl=False) as resp:
                    return await resp.text()
      `,
      errors: [
        { line: 4, message: /ssl=False/ },
        { line: 6, message: /ssl=False/ },
      ],
    },
    {
      name: 'unverified SSL contexts and CERT_NONE',
      code: `
        import ssl
        import urllib.request
        from elasticsearch import Elasticsearch

        ssl._create_default_https_context = ssl._create_unverified_context
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        pool = urllib3.PoolManager(cert_reqs="CERT_NONE")
        es = Elasticsearch(hosts, verify_certs=False)
        page = urllib.request.urlopen(url, context=ssl._create_unverified_context())
        tls = ldap3.Tls(validate=ssl.CERT_NONE)
        cache = redis.Redis(host="cache", ssl=True, ssl_cert_reqs="none")
      `,
      errors: [
        { line: 5, message: /_create_unverified_context/ },
        { line: 8, message: /verify_mode = CERT_NONE/ },
        { line: 9, message: /cert_reqs=CERT_NONE/ },
        { line: 10, message: /verify_certs=False/ },
        { line: 11, message: /_create_unverified_context/ },
        { line: 12, message: /validate=CERT_NONE/ },
        { line: 13, message: /ssl_cert_reqs=CERT_NONE/ },
      ],
    },
    {
      name: 'CERT_NONE through a name set elsewhere, and imported under another name',
      code: `
        import ssl
        from ssl import CERT_NONE as NO_CHECK

        mode = ssl.CERT_NONE

        def connect(sock, ctx):
            a = ctx.wrap_socket(sock, cert_reqs=mode)
            b = ssl.wrap_socket(sock, cert_reqs=NO_CHECK)
            return a, b
      `,
      errors: [
        { line: 7, message: /cert_reqs=CERT_NONE/ },
        { line: 8, message: /cert_reqs=CERT_NONE/ },
      ],
    },
  ],
});
