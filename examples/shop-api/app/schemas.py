"""Request and response bodies (pydantic 2)."""
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, validator


class OrderLineIn(BaseModel):
    product_id: int
    quantity: int = Field(gt=0, le=100)


class OrderIn(BaseModel):
    items: list[OrderLineIn] = Field(min_length=1)
    promo_code: str | None = None
    card: str = Field(description='card reference from the payment widget')

    @validator('promo_code')  # expect: PBP402
    def normalise_code(cls, v: str | None) -> str | None:
        return v.strip().upper() if v else v


class OrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    status: str
    total_cents: int
    created_at: datetime


class UserIn(BaseModel):
    email: str = Field(pattern=r'^[^@\s]+@[^@\s]+$')
    password: str = Field(min_length=10)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    order_count: int = 0
