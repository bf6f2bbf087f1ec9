"""Checkout and payment tests."""
from unittest.mock import AsyncMock, Mock, patch

import pytest
import requests
from fastapi.testclient import TestClient

from app.models import Product
from app.services import payments


def test_create_order_charges_card(
    client: TestClient, auth_headers: dict[str, str], product: Product
) -> None:
    body = {"items": [{"product_id": product.id, "quantity": 2}], "card": "c1"}
    with patch.object(payments, "charge_card", new_callable=AsyncMock) as pay:
        pay.return_value = "ch_123"
        resp = client.post("/orders", json=body, headers=auth_headers)
    assert resp.status_code == 201
    assert resp.json()["total_cents"] == 2 * product.price_cents
    pay.assert_awaited_once()


def test_order_summary_loads(  # expect: PBP302
    client: TestClient, auth_headers: dict[str, str]
) -> None:
    client.get("/orders/summary", headers=auth_headers)


@pytest.mark.asyncio
async def test_charge_card_returns_charge_id() -> None:
    ok = Mock(status_code=200, json=lambda: {"id": "ch_42"})
    with patch.object(requests, "post", return_value=ok):
        assert await payments.charge_card(1, 500, "c1") == "ch_42"


async def test_charge_card_gives_up_after_retries() -> None:  # expect: PBP303
    boom = requests.ConnectionError("gateway down")
    with patch.object(requests, "post", side_effect=boom), patch("time.sleep"):
        with pytest.raises(payments.PaymentError):
            await payments.charge_card(1, 500, "c1")
