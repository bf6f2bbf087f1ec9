"""Product catalogue: cached reads and a CSV import for the back office."""
import csv
import io
import logging
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Product
from app.services.cache import get_cached, set_cached

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/products", tags=["products"])


@router.get("/{product_id}")
def get_product(
    product_id: int,
    db: Session = Depends(get_db),
) -> dict[str, Any]:
    cached = get_cached(f"product:{product_id}")
    if cached is not None:
        return cached
    product = db.get(Product, product_id)
    if product is None:
        raise HTTPException(404, "no such product")
    data = {"id": product.id, "name": product.name}
    data["price_cents"] = product.price_cents
    set_cached(f"product:{product_id}", data)
    return data


@router.post("/import", status_code=201)
async def import_products(
    upload: UploadFile, db: Session = Depends(get_db)
) -> dict[str, int]:
    content = (await upload.read()).decode("utf-8")
    count = 0
    for row in csv.DictReader(io.StringIO(content)):
        product = Product(
            sku=row["sku"],
            name=row["name"],
            price_cents=int(row["price_cents"]),
            stock=int(row["stock"]),
        )
        db.add(product)  # expect: PBP105
        try:
            db.commit()  # expect: PBP105
            count += 1
        except Exception:  # expect: PBP602
            db.rollback()
            continue
    logger.info("imported %d products" % count)  # expect: PBP502
    return {"imported": count}
