"""Order endpoints: checkout, history, summary, cancellation."""
import logging

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.auth import get_current_user
from app.db import get_db
from app.models import Order, OrderItem, Product, Promotion, User
from app.schemas import OrderIn, OrderOut
from app.services import payments

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/orders", tags=["orders"])


def apply_promo(db: Session, code: str, total_cents: int) -> int:
    promo = db.get(Promotion, code)
    if promo is None:
        return 0
    return int(eval(promo.rule, {"total": total_cents}))  # expect: PBP208


@router.post("", response_model=OrderOut, status_code=201)
async def create_order(
    body: OrderIn,
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
) -> Order:
    order = Order(user_id=user.id, promo_code=body.promo_code)
    db.add(order)
    for line in body.items:
        product = db.get(Product, line.product_id)  # expect: PBP104
        if product is None or product.stock < line.quantity:
            raise HTTPException(409, f"product {line.product_id} unavailable")
        product.stock -= line.quantity
        price, qty = product.price_cents, line.quantity
        item = OrderItem(product=product, quantity=qty, unit_price_cents=price)
        order.items.append(item)
        order.total_cents += price * qty
    if body.promo_code:
        discount = apply_promo(db, body.promo_code, order.total_cents)
        order.total_cents -= discount
    db.flush()
    try:
        amount = order.total_cents
        charge_id = await payments.charge_card(order.id, amount, body.card)
    except:  # expect: PBP601
        db.rollback()
        raise
    order.charge_id = charge_id
    order.status = "paid"
    db.commit()
    logger.info(f"order {order.id} paid by user {user.id}")  # expect: PBP502
    return order


@router.get("", response_model=list[OrderOut])
def list_orders(
    status: str = "",
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
) -> list[Order]:
    if not status:
        return list(db.scalars(select(Order).where(Order.user_id == user.id)))
    query = f"SELECT id FROM orders WHERE status = '{status}'"
    rows = db.execute(text(query)).all()  # expect: PBP202
    ids = [row.id for row in rows]
    stmt = select(Order).where(Order.user_id == user.id, Order.id.in_(ids))
    return list(db.scalars(stmt))


@router.get("/summary")
def order_summary(
    db: Session = Depends(get_db), user: User = Depends(get_current_user)
) -> dict[str, int]:
    orders = db.scalars(select(Order).where(Order.user_id == user.id)).all()
    units = 0
    for order in orders:
        units += sum(item.quantity for item in order.items)  # expect: PBP104
    return {"orders": len(orders), "units": units}


@router.post("/{order_id}/cancel", status_code=204)
def cancel_order(
    order_id: int,
    reason: str,
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
) -> None:
    sql = "UPDATE orders SET status = 'cancelled', note = '{}' WHERE id = {}"
    db.execute(text(sql.format(reason, order_id)))  # expect: PBP202
    db.commit()
