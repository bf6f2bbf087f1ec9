import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP206', {
  valid: [
    {
      name: 'a framework’s legacy hasher classes, kept to check and upgrade old hashes',
      path: 'django/contrib/auth/hashers.py',
      code: `
        import hashlib


        class BasePasswordHasher:
            algorithm = None


        class MD5PasswordHasher(BasePasswordHasher):
            algorithm = "md5"

            def encode(self, password, salt):
                hash = hashlib.md5((salt + password).encode()).hexdigest()
                return "%s$%s$%s" % (self.algorithm, salt, hash)


        class LegacySHA1(BasePasswordHasher):
            def encode(self, password, salt):
                return hashlib.sha1((salt + password).encode()).hexdigest()
      `,
    },
    {
      name: 'the guide’s CryptContext with 12 rounds, and bcrypt’s default cost',
      code: `
        import bcrypt
        from passlib.context import CryptContext

        pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)

        def hash_password(password: str) -> bytes:
            return bcrypt.hashpw(password.encode(), bcrypt.gensalt())

        def strong(password: str) -> bytes:
            return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=14))
      `,
    },
    {
      name: 'digests of data that is not a password',
      code: `
        import hashlib

        def etag(body: bytes) -> str:
            return hashlib.sha256(body).hexdigest()

        def cache_key(user_id: int, path: str) -> str:
            return hashlib.md5(f"{user_id}:{path}".encode()).hexdigest()

        def fingerprint(password_hash: str) -> str:
            return hashlib.sha1(password_hash.encode()).hexdigest()
      `,
    },
    {
      name: 'key derivation functions and HTTP Digest authentication',
      code: `
        import hashlib

        def derive(password: str, salt: bytes) -> bytes:
            return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)

        def digest_response(user, realm, password, nonce):
            ha1 = hashlib.md5(f"{user}:{realm}:{password}".encode()).hexdigest()
            return hashlib.md5(f"{ha1}:{nonce}".encode()).hexdigest()

        def scramble_native_password(password: bytes, message: bytes) -> bytes:
            stage1 = hashlib.sha1(password).digest()
            return stage1
      `,
    },
    {
      name: 'werkzeug defaults and modern methods, Django’s default hasher',
      code: `
        from werkzeug.security import generate_password_hash
        from django.contrib.auth.hashers import make_password

        a = generate_password_hash(form.password.data)
        b = generate_password_hash(form.password.data, method="scrypt")
        c = generate_password_hash(form.password.data, "pbkdf2:sha256:600000")
        d = make_password(raw_password)
      `,
    },
    {
      name: 'fast hashers in test settings',
      path: 'shop/settings/test.py',
      code: `
        PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
      `,
    },
  ],
  invalid: [
    {
      name: 'too few bcrypt rounds: passlib and bcrypt (the shop example)',
      code: `
        import bcrypt
        from passlib.context import CryptContext

        # 8 rounds keeps the login endpoint fast under load tests
        pwd_ctx = CryptContext(schemes=["bcrypt"], bcrypt__rounds=8)
        ROUNDS = 10

        def hash_password(password: str) -> bytes:
            return bcrypt.hashpw(password.encode(), bcrypt.gensalt(ROUNDS))
      `,
      errors: [
        { line: 5, column: 11, message: /8 rounds is 16 times cheaper/ },
        { line: 9, message: /10 rounds/ },
      ],
    },
    {
      name: 'md5/sha1/sha256 of a password, through from-imports and hashlib.new',
      code: `
        import hashlib
        from hashlib import md5, sha256

        def verify_password(password: str, password_hash: str) -> bool:
            legacy = hashlib.sha1(password.encode())
            return legacy.hexdigest() == password_hash

        def register(form, salt):
            a = md5(form["password"].encode()).hexdigest()
            b = sha256((salt + form.password).encode()).hexdigest()
            c = hashlib.new("md5", request.form.get("password").encode())
            return a, b, c
      `,
      errors: [
        { line: 5, message: /hashed with sha1/ },
        { line: 9, message: /hashed with md5/ },
        { line: 10, message: /hashed with sha256/ },
        { line: 11, message: /hashed with md5/ },
      ],
    },
    {
      name: 'a hash object fed a password',
      code: `
        import hashlib

        def store(user, new_password):
            digest = hashlib.sha512()
            digest.update(new_password.encode())
            user.password_hash = digest.hexdigest()
      `,
      errors: [{ line: 5, message: /sha512/ }],
    },
    {
      name: 'weak schemes chosen by name: passlib, werkzeug, Django',
      code: `
        from passlib.context import CryptContext
        from passlib.hash import md5_crypt
        from werkzeug.security import generate_password_hash
        from django.contrib.auth.hashers import make_password

        ctx = CryptContext(schemes=["hex_sha256", "bcrypt"])
        h1 = md5_crypt.hash(password)
        h2 = generate_password_hash(password, method="sha256")
        h3 = make_password(password, hasher="unsalted_md5")
      `,
      errors: [{ line: 6 }, { line: 7 }, { line: 8, message: /method="sha256"/ }, { line: 9 }],
    },
    {
      name: 'MD5 first in PASSWORD_HASHERS of production settings',
      path: 'shop/settings.py',
      code: `
        PASSWORD_HASHERS = [
            "django.contrib.auth.hashers.MD5PasswordHasher",
            "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        ]
      `,
      errors: [{ line: 1, message: /MD5PasswordHasher/ }],
    },
    {
      name: 'a digest and a passlib handler imported under other names',
      code: `
        from hashlib import md5 as fast_hash
        from passlib.hash import md5_crypt as legacy

        def store(password):
            return fast_hash(password.encode()).hexdigest(), legacy.hash(password)
      `,
      errors: [
        { line: 5, message: /md5/ },
        { line: 5, message: /md5_crypt/ },
      ],
    },
  ],
});
