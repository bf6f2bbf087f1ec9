"""FastAPI application: middleware, routers and the first-run admin seed."""
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy import select
from starlette.middleware.base import RequestResponseEndpoint

from app.auth import hash_password, peek_user_id
from app.db import SessionLocal, engine
from app.models import Base, User
from app.routes import orders, products, users

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("shop")

ADMIN_EMAIL = "admin@shop.example.com"
ADMIN_PASSWORD = "Adm1n-Sh0p-2024!"  # expect: PBP201


def seed_admin() -> None:
    with SessionLocal() as db:
        if db.scalar(select(User).where(User.is_admin)) is None:
            admin = User(email=ADMIN_EMAIL, is_admin=True)
            admin.password = hash_password(ADMIN_PASSWORD)
            db.add(admin)
            db.commit()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    Base.metadata.create_all(engine)
    seed_admin()
    yield


app = FastAPI(title="Shop", lifespan=lifespan, debug=True)  # expect: PBP207
app.add_middleware(  # expect: PBP203
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.include_router(users.router)
app.include_router(orders.router)
app.include_router(products.router)


@app.middleware("http")
async def access_log(
    request: Request,
    call_next: RequestResponseEndpoint,
) -> Response:
    response = await call_next(request)
    auth = request.headers.get("authorization", "")
    user_id = peek_user_id(auth[7:]) if auth.startswith("Bearer ") else None
    logger.info("%s %s user=%s", request.method, request.url.path, user_id)
    return response


@app.exception_handler(Exception)
async def unhandled_error(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unhandled error on %s", request.url.path, exc_info=exc)
    return JSONResponse({"error": str(exc)}, status_code=500)  # expect: PBP604


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


if __name__ == "__main__":
    import uvicorn

    print("starting shop-api on http://0.0.0.0:8000")
    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, reload=True)
