import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP205', {
  valid: [
    {
      name: 'the guide’s create_token: a copy updated with "exp"',
      code: `
        import jwt
        from datetime import datetime, timedelta

        class TokenService:
            def create_token(self, data: dict, expires_in_minutes: int = 30) -> str:
                payload = data.copy()
                expire = datetime.utcnow() + timedelta(minutes=expires_in_minutes)
                payload.update({"exp": expire})
                return jwt.encode(payload, self.secret_key, algorithm=self.algorithm)
      `,
    },
    {
      name: 'the FastAPI tutorial: to_encode.update with exp, and a literal with exp',
      code: `
        from datetime import datetime, timedelta, timezone
        from jose import jwt

        def create_access_token(data: dict, expires_delta: timedelta | None = None):
            to_encode = data.copy()
            expire = datetime.now(timezone.utc) + (expires_delta or timedelta(minutes=15))
            to_encode.update({"exp": expire})
            return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)

        def refresh_token(user_id: int) -> str:
            now = datetime.now(timezone.utc)
            return jwt.encode({"sub": str(user_id), "exp": now + timedelta(days=7)}, SECRET_KEY)
      `,
    },
    {
      name: 'exp added by subscript, setdefault or keyword update',
      code: `
        import jwt

        def sign(user, key, ttl):
            claims = {"sub": user.id}
            claims["exp"] = ttl
            first = jwt.encode(claims, key, algorithm="HS256")
            other = dict(sub=user.id)
            other.setdefault("exp", ttl)
            third = {"sub": user.id}
            third.update(exp=ttl)
            return first, jwt.encode(other, key), jwt.encode(third, key)
      `,
    },
    {
      name: 'payloads whose keys cannot be seen: a parameter, a spread, a helper',
      code: `
        import jwt

        def sign(payload: dict, key: str, extra: dict) -> str:
            merged = {**extra, "sub": "1"}
            claims = {"sub": "1"}
            add_standard_claims(claims)
            return jwt.encode(payload, key) + jwt.encode(merged, key) + jwt.encode(claims, key)
      `,
    },
    {
      name: 'decode that keeps the expiry check, and tests',
      path: 'tests/test_jwt.py',
      code: `
        import jwt

        def test_token():
            token = jwt.encode({"sub": "1"}, "k", algorithm="HS256")
            assert jwt.decode(token, "k", algorithms=["HS256"], options={"verify_exp": False})
      `,
    },
  ],
  invalid: [
    {
      name: 'a payload built in the function without exp (the shop example)',
      code: `
        from datetime import datetime
        import jwt

        def create_access_token(user) -> str:
            issued_at = datetime.now()
            payload = {"sub": str(user.id), "adm": user.is_admin, "iat": issued_at}
            return jwt.encode(payload, SECRET_KEY, algorithm="HS256")
      `,
      errors: [{ line: 7, column: 12, message: /no "exp" claim/ }],
    },
    {
      name: 'an inline payload (python-jose, aliased PyJWT)',
      code: `
        from jose import jwt
        import jwt as pyjwt

        def email_token(email: str) -> str:
            return jwt.encode({"email": email, "purpose": "confirm"}, KEY, algorithm="HS256")

        def api_key(user_id: int) -> str:
            return pyjwt.encode(dict(sub=user_id, scope="api"), KEY)
      `,
      errors: [{ line: 5 }, { line: 8 }],
    },
    {
      name: 'claims added later, none of them exp',
      code: `
        import jwt

        def sign(user, key):
            claims = {"sub": user.id}
            claims["role"] = user.role
            claims.update({"iat": now()})
            if "sub" in claims:
                return jwt.encode(claims, key, algorithm="HS256")
      `,
      errors: [{ line: 8 }],
    },
    {
      name: 'expiry check switched off when decoding',
      code: `
        from jwt import decode

        NO_EXPIRY = {"verify_exp": False}

        def claims(token, key):
            return decode(token, key, algorithms=["HS256"], options=NO_EXPIRY)
      `,
      errors: [{ line: 6, message: /verify_exp off/ }],
    },
  ],
});
