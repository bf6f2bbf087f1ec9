import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP605', {
  valid: [
    {
      name: 'requests with a timeout',
      code: `
        import requests

        RATES_URL = "https://api.rates.example.com/latest"

        def fetch_rate(currency: str) -> float:
            resp = requests.get(RATES_URL, params={"symbols": currency}, timeout=5)
            requests.post(RATES_URL, json={}, timeout=(3.05, 27))
            return float(resp.json()["rates"][currency])
      `,
    },
    {
      name: 'httpx defaults to a timeout; explicit numbers',
      code: `
        import httpx

        async def call_external_api(url: str):
            async with httpx.AsyncClient() as client:
                response = await client.get(url)
            httpx.get(url, timeout=10)
            return response.json()
      `,
    },
    {
      name: 'kwargs may carry the timeout; not the requests module',
      code: `
        import requests

        def call(method, url, **kwargs):
            return requests.request(method, url, **kwargs)

        def read(cache, session, key):
            cache.get(key)
            return session.get(User, key)
      `,
    },
    {
      name: 'a dictionary called requests (the library is not imported)',
      code: `
        def pending(requests, request_id):
            return requests.get(request_id)
      `,
    },
    {
      name: 'a session whose adapter sets the timeout',
      code: `
        import requests

        session = requests.Session()
        session.mount("https://", TimeoutHTTPAdapter(timeout=10))

        def fetch(url):
            return session.get(url)
      `,
    },
    {
      name: 'tests are not checked',
      path: 'tests/test_rates.py',
      code: `
        import requests

        def test_live_rates():
            assert requests.get("http://localhost:8000/health").ok
      `,
    },
  ],
  invalid: [
    {
      name: 'the demo: requests.get without timeout in a client class',
      code: `
        import requests

        class Gateway:
            def charge_status(self, charge_id: str) -> str:
                url = f"{self.base_url}/v1/charges/{charge_id}"
                resp = requests.get(url, auth=self.auth)
                return str(resp.json()["status"])
      `,
      errors: [{ line: 6, column: 16, message: /`requests\.get\(\)` has no timeout/ }],
    },
    {
      name: 'aliases: import requests as r, from requests import post, requests.request',
      code: `
        import requests as r
        from requests import post

        def notify(url, payload):
            r.put(url, json=payload)
            post(url, data=payload)
            r.request("DELETE", url, timeout=None)
      `,
      errors: [{ line: 5 }, { line: 6 }, { line: 7 }],
    },
    {
      name: 'a requests.Session assigned once, bound by with, kept on self, or made when the caller gave none',
      code: `
        import requests

        session = requests.Session()

        def fetch(url):
            return session.get(url)

        def upload(url, data):
            with requests.Session() as s:
                s.post(url, data=data)

        class Client:
            def __init__(self):
                self.http = requests.Session()

            def get_user(self, user_id):
                return self.http.get(f"/users/{user_id}")

        class FileFromURLWrapper:
            def __init__(self, file_url, session=None):
                self.session = session or requests.Session()
                self.raw = self.session.get(file_url, stream=True).raw
      `,
      errors: [{ line: 6 }, { line: 10 }, { line: 17 }, { line: 22 }],
    },
    {
      name: 'httpx with timeout=None',
      code: `
        import httpx

        client = httpx.AsyncClient(timeout=None)

        async def stream(url):
            async with httpx.AsyncClient() as c:
                return await c.get(url, timeout=None)

        def fetch(url):
            return httpx.get(url, timeout=httpx.Timeout(None))
      `,
      errors: [{ line: 3, message: /timeout=None/ }, { line: 7 }, { line: 10 }],
    },
    {
      name: 'every verb the anchor names, and a name imported for one',
      code: `
        import requests
        from requests import delete as remove

        def sync(url, payload):
            requests.request("PATCH", url, json=payload)
            requests.options(url)
            remove(url)
            with requests.Session() as s:
                s.head(url)
      `,
      errors: [{ line: 5 }, { line: 6 }, { line: 9 }],
    },
  ],
});
