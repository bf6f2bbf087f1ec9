import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP204', {
  valid: [
    {
      name: 'a peek at the claims to choose the key, then the same token decoded verified',
      code: `
        import jwt

        KEYS = {"tenant-a": "k1", "tenant-b": "k2"}

        def decode_token(token):
            unverified = jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False})
            key = KEYS[unverified["tenant"]]
            return jwt.decode(token, key, algorithms=["HS256"])

        def decode_from_config(encoded_token, key_for):
            unverified_claims = jwt.decode(
                encoded_token, algorithms=["HS256"], options={"verify_signature": False}
            )
            kwargs = {"encoded_token": encoded_token, "secret": key_for(unverified_claims)}
            return _decode_jwt(**kwargs)
      `,
    },
    {
      name: 'the guide’s verify_token: key and a pinned algorithm list',
      code: `
        import jwt

        class TokenService:
            def verify_token(self, token: str):
                try:
                    return jwt.decode(token, self.secret_key, algorithms=[self.algorithm])
                except jwt.InvalidTokenError:
                    return None
      `,
    },
    {
      name: 'python-jose with algorithms from settings, positional algorithms',
      code: `
        from jose import jwt, JWTError
        from app.config import settings

        def read(token: str) -> dict:
            claims = jwt.decode(token, settings.SECRET_KEY, algorithms=settings.ALGORITHMS)
            return jwt.decode(token, settings.SECRET_KEY, ["RS256"])
      `,
    },
    {
      name: 'reading the header to pick a key is not decoding the claims',
      code: `
        import jwt

        def key_id(token: str) -> str:
            return jwt.get_unverified_header(token)["kid"]
      `,
    },
    {
      name: 'options that keep the signature check, and **kwargs we cannot see',
      code: `
        import jwt

        DECODE_OPTIONS = {"algorithms": ["HS256"], "audience": "shop"}

        def decode(token, key, **kwargs):
            jwt.decode(token, key, algorithms=["HS256"], options={"verify_aud": False})
            jwt.decode(token, key, **DECODE_OPTIONS)
            return jwt.decode(token, key, **kwargs)
      `,
    },
    {
      name: 'a local object called jwt and authlib’s jwt (verifies by default)',
      code: `
        from authlib.jose import jwt as authlib_jwt

        def parse(token, key, codec):
            jwt = codec
            jwt.decode(token)
            return authlib_jwt.decode(token, key)
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_tokens.py',
      code: `
        import jwt

        def test_claims(token):
            assert jwt.decode(token, options={"verify_signature": False})["sub"] == "1"
      `,
    },
  ],
  invalid: [
    {
      name: 'a peek whose token is never decoded verified afterwards',
      code: `
        import jwt

        def tenant_of(token, other):
            claims = jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False})
            jwt.decode(other, "k1", algorithms=["HS256"])
            return claims["tenant"]
      `,
      errors: [{ line: 4, message: /verify_signature off/ }],
    },
    {
      name: 'verify_signature off through a dict assigned once (the shop example)',
      code: `
        import jwt

        def peek_user_id(token: str) -> int:
            opts = {"verify_signature": False}
            claims = jwt.decode(token, options=opts)
            return int(claims["sub"])
      `,
      errors: [{ line: 5, column: 14, message: /verify_signature off/ }],
    },
    {
      name: 'python-jose with the flag from a module constant',
      code: `
        from jose import JWTError, jwt

        VERIFY_SIGNATURE = False

        async def get_current_user(token: str):
            payload = jwt.decode(
                token,
                SECRET_KEY,
                algorithms=["HS256"],
                options={"verify_signature": VERIFY_SIGNATURE},
            )
            return payload.get("sub")
      `,
      errors: [{ line: 6, message: /verify_signature off/ }],
    },
    {
      name: 'no algorithms= (from jwt import decode, import jwt as pyjwt)',
      code: `
        import jwt as pyjwt
        from jwt import decode

        def current_user(token, key):
            claims = decode(token, key)
            return pyjwt.decode(token, key=key)
      `,
      errors: [
        { line: 5, message: /without algorithms=/ },
        { line: 6, message: /without algorithms=/ },
      ],
    },
    {
      name: 'PyJWT 1 verify=False',
      code: `
        import jwt

        def user_id(token):
            return jwt.decode(token, verify=False)["user_id"]
      `,
      errors: [{ line: 4, message: /verify=False/ }],
    },
    {
      name: '"none" among the algorithms, and algorithms=None',
      code: `
        import jwt

        ALLOWED = ["HS256", "none"]

        def read(token, key):
            jwt.decode(token, key, algorithms=ALLOWED)
            return jwt.decode(token, key, algorithms=None)
      `,
      errors: [
        { line: 6, message: /"none" algorithm/ },
        { line: 7, message: /algorithms=None/ },
      ],
    },
    {
      name: 'decode imported under another name, and PyJWT().decode, without algorithms',
      code: `
        import jwt
        from jwt import decode as jwt_decode

        def read(token, key):
            claims = jwt_decode(token, key)
            return claims, jwt.PyJWT().decode(token, key)
      `,
      errors: [{ line: 5 }, { line: 6 }],
    },
  ],
});
