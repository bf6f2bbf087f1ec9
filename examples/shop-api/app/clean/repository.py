"""Reference data access: the same jobs as app/routes, done as the guide asks.

This module must not produce any pybp pattern finding.
"""
import logging
import os
from collections.abc import Sequence

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from app.models import Order, OrderItem, Product, User

logger = logging.getLogger(__name__)

engine = create_engine(
    os.environ["DATABASE_URL"],
    pool_size=10,
    max_overflow=5,
    pool_recycle=1800,
    pool_pre_ping=True,
)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def find_user(db: Session, email: str) -> User | None:
    return db.scalars(select(User).where(User.email == email)).first()


def order_totals(db: Session, user_id: int) -> dict[int, int]:
    stmt = (
        select(Order)
        .options(selectinload(Order.items))
        .where(Order.user_id == user_id)
        .order_by(Order.created_at)
    )
    orders = db.scalars(stmt).all()
    totals: dict[int, int] = {}
    for order in orders:
        lines = [i.quantity * i.unit_price_cents for i in order.items]
        totals[order.id] = sum(lines)
    return totals


def orders_by_status(db: Session, status: str) -> list[tuple[int, int]]:
    stmt = text("SELECT id, total_cents FROM orders WHERE status = :status")
    rows = db.execute(stmt, {"status": status}).all()
    return [(row.id, row.total_cents) for row in rows]


def status_counts(db: Session) -> dict[str, int]:
    counts: dict[str, int] = {}
    for status in ["pending", "paid", "shipped", "cancelled"]:
        stmt = select(func.count()).where(Order.status == status)
        counts[status] = db.scalar(stmt) or 0
    return counts


def add_order_lines(
    db: Session, order: Order, lines: Sequence[tuple[int, int]]
) -> None:
    ids = [product_id for product_id, _ in lines]
    found = db.scalars(select(Product).where(Product.id.in_(ids))).all()
    prices = {p.id: p.price_cents for p in found}
    items = [
        OrderItem(product_id=pid, quantity=qty, unit_price_cents=prices[pid])
        for pid, qty in lines
    ]
    order.items.extend(items)
    db.add_all(items)  # one batched INSERT instead of add() per line
    try:
        db.commit()
    except SQLAlchemyError:
        db.rollback()
        logger.exception("could not add lines to order %s", order.id)
        raise
