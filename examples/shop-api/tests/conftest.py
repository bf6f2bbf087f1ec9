"""Shared fixtures: an in-memory SQLite database and an API client."""
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from app.auth import create_access_token, hash_password
from app.db import get_db
from app.main import app
from app.models import Base, Product, User

engine = create_engine(
    "sqlite://",
    connect_args={"check_same_thread": False},
    poolclass=StaticPool,
)
TestingSession = sessionmaker(bind=engine, expire_on_commit=False)
PASSWORD = "correct-horse-battery"


@pytest.fixture()
def db() -> Iterator[Session]:
    Base.metadata.create_all(engine)
    with TestingSession() as session:
        yield session
    Base.metadata.drop_all(engine)


@pytest.fixture()
def client(db: Session) -> Iterator[TestClient]:
    app.dependency_overrides[get_db] = lambda: db
    yield TestClient(app)
    app.dependency_overrides.clear()


@pytest.fixture()
def user(db: Session) -> User:
    alice = User(email="alice@example.com", password=hash_password(PASSWORD))
    db.add(alice)
    db.commit()
    return alice


@pytest.fixture()
def auth_headers(user: User) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_access_token(user)}"}


@pytest.fixture()
def product(db: Session) -> Product:
    mug = Product(sku="MUG-01", name="Mug", price_cents=1250, stock=10)
    db.add(mug)
    db.commit()
    return mug
