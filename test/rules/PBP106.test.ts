import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP106', {
  valid: [
    {
      name: 'async clients and asyncio.sleep (the guide)',
      code: `
        import asyncio
        import httpx

        async def charge(order_id: int) -> None:
            async with httpx.AsyncClient(timeout=10) as client:
                await client.post(URL, json={"order": order_id})
            await asyncio.sleep(1)
      `,
    },
    {
      name: 'blocking work handed to a thread',
      code: `
        import asyncio
        import subprocess
        import requests

        async def fetch_rate(currency: str) -> float:
            resp = await asyncio.to_thread(requests.get, RATES_URL, timeout=5)
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, lambda: subprocess.run(["sync"], check=True))

            def blocking() -> bytes:
                return requests.get(RATES_URL, timeout=5).content

            return await asyncio.to_thread(blocking)
      `,
    },
    {
      name: 'blocking calls in ordinary functions',
      code: `
        import time
        import requests

        def refund(charge_id: str) -> bool:
            time.sleep(1)
            return requests.post(URL, data={"charge": charge_id}, timeout=10).ok
      `,
    },
    {
      name: 'names that only look like the blocking ones',
      code: `
        from asyncio import sleep
        from aiohttp import ClientSession

        async def poll(session: ClientSession) -> None:
            await sleep(2)
            async with session.get(URL) as resp:
                await resp.read()
            requests = await load_requests()
            requests.get("a")
      `,
    },
    {
      name: 'async tests',
      path: 'tests/test_payments.py',
      code: `
        import time

        async def test_retry() -> None:
            time.sleep(0.1)
      `,
    },
  ],
  invalid: [
    {
      name: 'requests and time.sleep in a retry loop (the demo project)',
      code: `
        import time
        import requests

        async def charge_card(order_id: int, amount_cents: int, card: str) -> str:
            for attempt in range(3):
                try:
                    resp = requests.post(
                        f"{PAYMENTS_URL}/v1/charges", data=body, auth=AUTH, timeout=10
                    )
                    return str(resp.json()["id"])
                except requests.RequestException:
                    time.sleep(2**attempt)
            raise PaymentError(order_id)
      `,
      errors: [
        { line: 7, column: 20, message: /requests\.post\(\) blocks the event loop/ },
        { line: 12, message: /time\.sleep\(\).*asyncio\.sleep/ },
      ],
    },
    {
      name: 'imported names and a session made on the spot',
      code: `
        from time import sleep
        from urllib.request import urlopen
        import httpx
        import requests

        class Client:
            async def fetch(self, url: str) -> bytes:
                sleep(1)
                requests.Session().get(url, timeout=3)
                httpx.get(url)
                return urlopen(url).read()
      `,
      errors: [
        { line: 8 },
        { line: 9 },
        { line: 10, message: /httpx\.get\(\)/ },
        { line: 11, message: /urlopen\(\)/ },
      ],
    },
    {
      name: 'subprocess in an async handler',
      code: `
        import subprocess

        @app.post("/reports")
        async def build_report(report_id: int) -> dict[str, str]:
            out = subprocess.check_output(["make-report", str(report_id)])
            subprocess.run(["notify", str(report_id)], check=True)
            return {"status": out.decode()}
      `,
      errors: [{ line: 5, message: /create_subprocess_exec/ }, { line: 6 }],
    },
    {
      name: 'reading a file synchronously',
      code: `
        async def template(name: str) -> str:
            return open(f"templates/{name}.html").read()
      `,
      errors: [{ line: 2, message: /open\(…\)\.read\(\)/ }],
    },
    {
      name: 'names imported under another name, a call split over lines (anchors)',
      code: `
        from time import sleep as nap
        from subprocess import run as sh
        import requests as http

        async def retry(url: str) -> None:
            nap(1)
            sh(["sync"])
            (http
                .get  # the status page
                (url, timeout=3))
      `,
      errors: [{ line: 6 }, { line: 7 }, { line: 8 }],
    },
  ],
});
