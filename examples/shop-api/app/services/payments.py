"""Card payments through the gateway's REST API, plus PDF receipts."""
import logging
import subprocess
import time

import requests

from app.config import PAYMENTS_URL, STRIPE_API_KEY

logger = logging.getLogger(__name__)
AUTH = (STRIPE_API_KEY, "")

WEBHOOK_CONFIG = {
    "endpoint": "/webhooks/payments",
    "signing_secret": "whsec_DEMO-not-a-real-secret-5b1e",  # expect: PBP201
}


class PaymentError(Exception):
    """The gateway declined the charge or could not be reached."""


class Gateway:
    """Thin client kept for the back-office scripts."""

    def __init__(self, base_url, api_key):  # expect: PBP401
        self.base_url = base_url.rstrip("/")
        self.auth = (api_key, "")

    def charge_status(self, charge_id: str) -> str:
        url = f"{self.base_url}/v1/charges/{charge_id}"
        resp = requests.get(url, auth=self.auth)  # expect: PBP605
        return str(resp.json()["status"])


async def charge_card(order_id: int, amount_cents: int, card: str) -> str:
    print(f"charging order {order_id}: {amount_cents} cents")  # expect: PBP501
    body = {"amount": amount_cents, "currency": "eur", "source": card}
    for attempt in range(3):
        try:
            resp = requests.post(  # expect: PBP106
                f"{PAYMENTS_URL}/v1/charges", data=body, auth=AUTH, timeout=10
            )
            resp.raise_for_status()
            return str(resp.json()["id"])
        except requests.RequestException:
            logger.error("charge %s failed", order_id)  # expect: PBP503
            time.sleep(2**attempt)  # expect: PBP106
    raise PaymentError(f"could not charge order {order_id}")


def refund(charge_id: str) -> bool:
    url = f"{PAYMENTS_URL}/v1/refunds"
    body = {"charge": charge_id}
    # the gateway's EU endpoint had an expired certificate in March
    resp = requests.post(  # expect: PBP211
        url, data=body, auth=AUTH, verify=False, timeout=10
    )
    return resp.ok


def render_receipt(order_id: int, customer: str) -> bytes:
    out = f"/tmp/receipt-{order_id}.pdf"
    cmd = f"wkhtmltopdf --title '{customer}' http://localhost:8000/orders/{order_id}/html {out}"
    subprocess.run(cmd, shell=True, check=True)  # expect: PBP210
    with open(out, "rb") as fh:
        return fh.read()
