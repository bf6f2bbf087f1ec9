"""Reference auth, HTTP and cache code: what app/auth.py and app/services
should look like.

This module must not produce any pybp pattern finding.
"""
import asyncio
import logging
import os
import subprocess
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt
import redis
import requests
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from passlib.context import CryptContext

logger = logging.getLogger(__name__)

SECRET_KEY = os.environ["SECRET_KEY"]
STRIPE_API_KEY = os.getenv("STRIPE_API_KEY", "")
JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_TTL = timedelta(minutes=30)
RATES_URL = "https://api.rates.example.com/latest"

pwd_context = CryptContext(schemes=["bcrypt"], bcrypt__rounds=12)
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
cache = redis.Redis.from_url(REDIS_URL)


def install_cors(app: FastAPI) -> None:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["https://shop.example.com"],
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )


def hash_password(password: str) -> str:
    return pwd_context.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    return pwd_context.verify(password, password_hash)


def issue_token(user_id: int) -> dict[str, str]:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + ACCESS_TOKEN_TTL}
    token = jwt.encode(claims, SECRET_KEY, algorithm=JWT_ALGORITHM)
    return {"access_token": token, "token_type": "bearer"}


def read_token(token: str) -> dict[str, Any]:
    try:
        return jwt.decode(token, SECRET_KEY, algorithms=[JWT_ALGORITHM])
    except jwt.ExpiredSignatureError as exc:
        raise HTTPException(401, "token expired") from exc
    except jwt.InvalidTokenError:
        logger.warning("rejected a malformed bearer token")
        raise HTTPException(401, "invalid token") from None


def fetch_rate(currency: str) -> float:
    params = {"base": "EUR", "symbols": currency}
    resp = requests.get(RATES_URL, params=params, timeout=5)
    resp.raise_for_status()
    return float(resp.json()["rates"][currency])


async def exchange_rate(currency: str) -> float:
    for attempt in range(3):
        try:
            return await asyncio.to_thread(fetch_rate, currency)
        except requests.RequestException:
            logger.warning("rate lookup %d failed", attempt, exc_info=True)
            await asyncio.sleep(2**attempt)
    raise RuntimeError(f"no exchange rate for {currency}")


def cache_rate(currency: str, rate: float) -> None:
    cache.set(f"rate:{currency}", rate, ex=3600)
    cache.setex(f"rate:{currency}:previous", 86400, rate)


def render_receipt(order_id: int, customer: str, out_path: str) -> None:
    url = f"http://localhost:8000/orders/{order_id}/html"
    cmd = ["wkhtmltopdf", "--title", customer, url, out_path]
    subprocess.run(cmd, check=True, timeout=60)
