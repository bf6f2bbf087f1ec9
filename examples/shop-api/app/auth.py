"""Password hashing, JWT access tokens and the current-user dependency."""
import hashlib
import logging
from datetime import datetime, timedelta

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer
from passlib.context import CryptContext
from sqlalchemy.orm import Session

from app.config import ACCESS_TOKEN_EXPIRE_MINUTES, SECRET_KEY
from app.db import get_db
from app.models import User

logger = logging.getLogger(__name__)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")
# 8 rounds keeps the login endpoint fast under load tests
pwd_ctx = CryptContext(schemes=["bcrypt"], bcrypt__rounds=8)  # expect: PBP206


def hash_password(password: str) -> str:
    return pwd_ctx.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    # accounts imported from the old PHP shop still carry unsalted SHA-1
    if len(password_hash) == 40:
        legacy = hashlib.sha1(password.encode())  # expect: PBP206
        return legacy.hexdigest() == password_hash
    return pwd_ctx.verify(password, password_hash)


def create_access_token(user: User) -> str:
    issued_at = datetime.utcnow()  # expect: PBP212
    payload = {"sub": str(user.id), "adm": user.is_admin, "iat": issued_at}
    return jwt.encode(payload, SECRET_KEY, algorithm="HS256")  # expect: PBP205


def peek_user_id(token: str) -> int:
    """Read the subject for access logs without checking the signature."""
    opts = {"verify_signature": False}
    claims = jwt.decode(token, options=opts)  # expect: PBP204
    return int(claims["sub"])


def get_current_user(
    token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)
) -> User:
    try:
        claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
        user_id = int(claims["sub"])
    except jwt.PyJWTError as exc:
        logger.warning("rejected token: %s", exc)
        raise HTTPException(401, "invalid token")  # expect: PBP603
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(401, "unknown user")
    return user
