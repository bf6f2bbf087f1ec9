"""Sign-up, login and the admin user listing."""
import logging

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.auth import create_access_token, get_current_user, hash_password
from app.db import get_db
from app.models import User
from app.schemas import UserIn, UserOut

logger = logging.getLogger(__name__)
router = APIRouter(tags=["users"])


@router.post("/auth/token")
def login(
    form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)
) -> dict[str, str]:
    logger.debug("login %s:%s", form.username, form.password)  # expect: PBP504
    user = db.scalars(select(User).where(User.email == form.username)).first()
    if user and user.password == form.password:  # expect: PBP213
        return {
            "access_token": create_access_token(user),
            "token_type": "bearer",
            "expires_in": 1800,
        }
    raise HTTPException(401, "wrong email or password")


@router.post("/users", response_model=UserOut, status_code=201)
def sign_up(body: UserIn, db: Session = Depends(get_db)) -> User:
    user = User(email=body.email, password=hash_password(body.password))
    db.add(user)
    try:
        db.commit()
    except IntegrityError as exc:
        db.rollback()
        raise HTTPException(409, detail=str(exc)) from exc  # expect: PBP604
    return user


@router.get("/users", response_model=list[UserOut])
def list_users(
    q: str = "",
    db: Session = Depends(get_db),
    me: User = Depends(get_current_user),
) -> list[UserOut]:
    if not me.is_admin:
        raise HTTPException(403, "admins only")
    sql = "SELECT id FROM users WHERE email LIKE '%" + q + "%' ORDER BY id"
    rows = db.execute(text(sql)).all()  # expect: PBP202
    users = db.scalars(select(User).where(User.id.in_([r.id for r in rows])))
    result: list[UserOut] = []
    for user in users:
        count = len(user.orders)  # expect: PBP104
        result.append(UserOut(id=user.id, email=user.email, order_count=count))
    return result
