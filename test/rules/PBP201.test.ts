import { expect, it } from 'vitest';
import { findingsFor, ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP201', {
  valid: [
    {
      name: 'a password column marking how the account signs in (OIDC, LDAP)',
      code: `
        def create_oidc_user(claims, repos):
            return repos.users.create({"email": claims["email"], "password": "OIDC", "auth_method": "OIDC"})

        def authenticate(user, password, ldap):
            if user.password == "LDAP":
                return ldap.bind(user.username, password)
            return verify_password(password, user.password)
      `,
    },
    {
      name: 'where a secret key is kept, and passes that are not passwords',
      code: `
        SECRET_KEY_PATH = "/run/secrets/django_key"
        CSRF_SESSION_KEY = "_csrftoken"
        SESSION_KEY = "_auth_user_id"
        SECRET_KEY_ENV = "DJANGO_SECRET_KEY"
        first_pass = "tokenize"
        render_pass = "shadow"
        bypass = "maintenance"
      `,
    },
    {
      name: 'a vendor prefix followed by a word: the stand-in of examples (xoxb-valid, sk-test)',
      code: `
        from slack_bolt.app.async_app import AsyncApp

        app = AsyncApp(token="xoxb-valid", raise_error_for_unhandled_request=True)
        OPENAI_API_KEY = "sk-test"
        GITHUB_TOKEN = "ghp_example"
      `,
    },
    {
      name: 'settings read from the environment (the guide’s own Settings class)',
      code: `
        import os

        class Settings:
            DATABASE_URL: str = os.getenv("DATABASE_URL")
            SECRET_KEY: str = os.getenv("SECRET_KEY")
            ENVIRONMENT: str = os.getenv("ENVIRONMENT", "development")
            api_key = os.environ["STRIPE_API_KEY"]
      `,
    },
    {
      name: 'empty strings, placeholders and masks',
      code: `
        password = ""
        API_TOKEN = "<your-token-here>"
        db_password = "\${DB_PASSWORD}"
        masked = {"password": "********"}
        client = Client(token="YOUR_TOKEN")
        STRIPE_API_KEY = "your-stripe-api-key"
        OPENAI_API_KEY = "xxxxxxxx"
      `,
    },
    {
      name: 'names that only contain a secret word',
      code: `
        token_type = "bearer"
        password_field = "pwd"
        TOKEN_URL = "https://auth.example.com/oauth/token"
        cache_key = "user:42:profile"
        PASSWORD_MIN_LENGTH = "12"
        primary_key = "id"
      `,
    },
    {
      name: 'a constant naming the field or the environment variable, and messages',
      code: `
        PASSWORD = "password"
        GITHUB_TOKEN = "GITHUB_TOKEN"
        raise ValueError(password="Password must have at least twelve characters")
        ERRORS = {"password": "The password is too short"}
      `,
    },
    {
      name: 'header names, field names, labels, stand-ins for a local emulator, a two-byte test vector (libraries)',
      code: `
        import boto3

        ACL_CREDENTIALS = "Access-Control-Allow-Credentials"
        API_KEY_HEADER = "X-API-Key"
        AUTH_HEADER = "Proxy-Authorization"
        _JSON_FILE_PRIVATE_KEY = "private_key"
        REQUEST_TYPE_ACCESS_TOKEN = "auth-request-type/at"

        def local_table(endpoint_url="http://localhost:8000"):
            return boto3.resource(
                "dynamodb",
                endpoint_url=endpoint_url,
                aws_access_key_id="dummy",
                aws_secret_access_key="dummy",
            )

        def check_8bit_bug(hasher):
            secret = b"\\xd1\\x91"  # openwall's test vector
            return hasher.hash(secret)
      `,
    },
    {
      name: "a Django app's tests.py is a test file",
      path: 'introduction/tests.py',
      code: `
        from django.test import TestCase

        class LoginTests(TestCase):
            def setUp(self):
                User.objects.create_user(username="alice", password="testpassword123")
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_auth.py',
      code: `
        def test_login(client):
            response = client.post("/login", json={"password": "SecurePass123"})
            assert response.status_code == 200
      `,
    },
    {
      name: 'hashing and verifying, keys from settings',
      code: `
        import jwt
        from app.config import settings

        def create_token(data: dict) -> str:
            return jwt.encode(data, settings.secret_key, algorithm="HS256")

        def check(password: str, hashed: str) -> bool:
            return pwd_context.verify(password, hashed)
      `,
    },
    {
      name: 'URLs without a password or with an interpolated one',
      code: `
        DATABASE_URL = f"postgresql://{user}:{password}@db:5432/app"
        BROKER = "redis://localhost:6379/0"
        DOCS = "https://user@example.com/docs"
        TEMPLATE = "postgresql://app:%(password)s@db:5432/app"
        FROM_ENV = "postgresql://app:$DB_PASSWORD@db:5432/app"
      `,
    },
    {
      name: 'lexer tokens, sentinels, patterns, masks and dotted keys (real library code)',
      code: `
        DONE_TOKEN = "done."
        jsonnet_token = r"[^\\W\\d]\\w*"
        def read(token):
            if token == "import":
                return 1
        WEAK = {"cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key": "rsa-key-2048"}
        def redact(user, password):
            password = ":****"
      `,
    },
  ],
  invalid: [
    {
      name: 'variants of the secret key (SECRET_KEY_HMAC, numbered) and a service password named …_PASS',
      code: `
        from flask import Flask

        app = Flask(__name__)
        app.secret_key = "super secret key"
        app.config["SECRET_KEY_HMAC"] = "dvga-hmac-key"
        app.config["SECRET_KEY_HMAC_2"] = "am0r3C0mpl3xK3y"
        MYSQL_PASS = "Sup3rS3cr3t!"
      `,
      errors: [
        { line: 4, message: /secret_key/ },
        { line: 5, message: /SECRET_KEY_HMAC/ },
        { line: 6, message: /SECRET_KEY_HMAC_2/ },
        { line: 7, message: /MYSQL_PASS/ },
      ],
    },
    {
      name: 'issued tokens under token names',
      code: `
        GITHUB_TOKEN = "ghp_16C7e42F292c6912E7710c838347Ae178B4a"
        bot = Bot(token="123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")
        app = AsyncApp(token="xoxb-2718281828-3141592653589-Zx9QwErTyUiOpAsDfGhJkL12")
      `,
      errors: [
        { line: 1 },
        { line: 2, message: /argument "token"/ },
        { line: 3, message: /argument "token"/ },
      ],
    },
    {
      name: 'Flask config and module constants',
      code: `
        from flask import Flask

        app = Flask(__name__)
        app.config["SECRET_KEY"] = "dev-secret-key-8f2a"
        SECRET_KEY = "django-insecure-9x@q!b3"
        STRIPE_API_KEY: str = "sk_live_51HqExampleExample"
      `,
      errors: [
        { line: 4, column: 28, message: /SECRET_KEY/ },
        { line: 5, column: 14 },
        { line: 6, column: 23, message: /STRIPE_API_KEY/ },
      ],
    },
    {
      name: 'defaults for secrets read from the environment',
      code: `
        import os
        from os import getenv

        SECRET_KEY = os.getenv("SECRET_KEY", "change-me-in-prod")
        JWT_SECRET = getenv("JWT_SECRET", "jwt-dev-secret")
        token = os.environ.get("API_TOKEN", default="tok_123456")
      `,
      errors: [
        { line: 4, message: /default for the secret "SECRET_KEY"/ },
        { line: 5, message: /JWT_SECRET/ },
        { line: 6, message: /API_TOKEN/ },
      ],
    },
    {
      name: 'keyword arguments, parameter defaults and comparisons',
      code: `
        import redis

        cache = redis.Redis(host="cache", password="r3dis-pass")

        def connect(user: str, password: str = "hunter2!") -> None:
            ...

        def login(password: str) -> bool:
            if password == "admin123":
                return True
            return False
      `,
      errors: [
        { line: 3, message: /argument "password"/ },
        { line: 5, message: /parameter "password"/ },
        { line: 9, message: /compared/ },
      ],
    },
    {
      name: 'keys given to jwt, Fernet, hmac and itsdangerous, through an alias',
      code: `
        import hmac
        from jwt import encode as jwt_encode
        import jwt
        from cryptography.fernet import Fernet
        from itsdangerous import URLSafeTimedSerializer

        KEY = "my-signing-key"
        token = jwt_encode({"sub": "1"}, "super-secret", algorithm="HS256")
        claims = jwt.decode(token, KEY, algorithms=["HS256"])
        box = Fernet(b"ZmRzYWZkc2FmZHNhZmRzYWZkc2FmZHNhZmRzYWZkc2E=")
        sig = hmac.new(b"webhook-key", body, "sha256")
        serializer = URLSafeTimedSerializer("remember-me-key")
      `,
      errors: [
        { line: 7, message: /used by decode\(\) on line 9/ },
        { line: 8 },
        { line: 10 },
        { line: 11 },
        { line: 12 },
      ],
    },
    {
      name: 'dictionaries and URLs with credentials',
      code: `
        DATABASES = {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "PASSWORD": "pg-pass-2024",
            }
        }
        engine = create_engine("postgresql://app:hunter22@db:5432/app")
      `,
      errors: [{ line: 4 }, { line: 7, message: /URL has a password/ }],
    },
    {
      name: 'a key split over concatenated strings, a reader imported under another name, a stored password compared',
      code: `
        from os import getenv as env_get

        SETTINGS = {"API" "_KEY": "sk_live_51HqExampleExample"}
        SECRET = env_get("APP_SECRET", "fallback-secret-9f")
        if user.password != "letmein!": pass
      `,
      errors: [{ line: 3 }, { line: 4, message: /APP_SECRET/ }, { line: 5, message: /compared/ }],
    },
    {
      name: 'fill-in text under a key the app signs with, and a secret cookie key',
      code: `
        from flask import Flask

        app = Flask(__name__)
        app.secret_key = "your-secret-key-here"  # the app signs sessions with this
        JWT_SECRET = "YOUR_JWT_SECRET"
        SECRET_COOKIE_KEY = "PYGOAT"
        SEED_USERS = [{"username": "bob", "password2": "d953b4a4c1f0"}]
        SECRET_KEY = "dummy"
        DEPLOY_TOKEN = "deploy-token-2024-ci"
        app.secret_key = b"\\x8f\\x1e\\xa4\\x07"
        WEBHOOK_TOKEN = "my-super-secret-token"
      `,
      errors: [
        { line: 4, column: 18, message: /secret_key/ },
        { line: 5, column: 14 },
        { line: 6, column: 21, message: /SECRET_COOKIE_KEY/ },
        { line: 7, message: /password2/ },
        { line: 8, message: /SECRET_KEY/ },
        { line: 9, message: /DEPLOY_TOKEN/ },
        { line: 10, message: /secret_key/ },
        { line: 11, message: /WEBHOOK_TOKEN/ },
      ],
    },
  ],
});

it('PBP201 never puts the secret itself in a message', async () => {
  const findings = await findingsFor('PBP201', {
    name: 'planted',
    code: 'SECRET_KEY = "planted-VALUE-42"\nurl = "https://u:planted-PW-43@h/x"\n',
  });
  expect(findings).toHaveLength(2);
  for (const finding of findings) expect(finding.message).not.toMatch(/planted/);
});
