"""Database engines and the request-scoped session dependency."""
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

DATABASE_URL = "postgresql://shop:Sh0p-DEMO-pw@db:5432/shop"  # expect: PBP201
REPORTS_URL = "postgresql://reports@pgbouncer:6432/shop"

engine = sa.create_engine(DATABASE_URL, echo=True)  # expect: PBP102, PBP103
# reporting queries go through pgbouncer, so no pool on our side
reports_engine = sa.create_engine(  # expect: PBP101
    REPORTS_URL, poolclass=NullPool, pool_pre_ping=True
)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def get_db() -> Iterator[Session]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
