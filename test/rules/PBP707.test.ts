import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP707', {
  valid: [
    {
      name: 'the guide’s own .env.production: placeholders and a URL',
      kind: 'env',
      path: '.env.production',
      code: `
        ENVIRONMENT=production
        DEBUG=false
        LOG_LEVEL=info
        DATABASE_URL=mysql+aiomysql://user:pass@prod-db:3306/app_db
        REDIS_URL=redis://redis:6379
        SECRET_KEY=<long-random-key>
      `,
    },
    {
      name: 'templates are documentation',
      kind: 'env',
      path: '.env.example',
      code: `
        SECRET_KEY=s3cr3t-prod-8f2a4c91
        STRIPE_API_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc
      `,
    },
    {
      name: 'empty values, references and stand-ins',
      kind: 'env',
      path: '.env',
      code: `
        # filled in by the deploy pipeline
        SENTRY_AUTH_TOKEN=
        DATABASE_PASSWORD=\${POSTGRES_PASSWORD}
        export API_KEY=""
        JWT_SECRET=changeme
        GITHUB_TOKEN=your-token-here
        AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      `,
    },
    {
      name: 'names that are not secrets',
      kind: 'env',
      path: '.env',
      code: `
        TOKEN_URL=https://auth.example.com/token
        PASSWORD_MIN_LENGTH=12
        CACHE_KEY=v2
        SECRET_KEY_FILE=/run/secrets/secret_key
      `,
    },
    {
      name: 'keys a front-end build publishes into the browser bundle',
      kind: 'env',
      path: 'frontend/.env.production',
      code: `
        VITE_FIREBASE_API_KEY=AIzaSyDeFgHiJkLmNoPqRsTuVwXyZ0123456789
        NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1IjoiZXhhbXBsZSJ9.abc123
      `,
    },
    {
      name: 'env files for tests and CI',
      kind: 'env',
      path: '.env.test',
      code: `
        SECRET_KEY=test-secret-key-not-used-anywhere
        DATABASE_PASSWORD=postgres
      `,
    },
    {
      name: 'stand-ins that say where the real value lives or that it goes here',
      kind: 'env',
      path: '.env',
      code: `
        POSTGRES_PASSWORD=changethis
        SECRET_KEY=dev-secret-key-change-in-production
        ANTHROPIC_API_KEY=sk-ant-prod-key-here
        PG_PASSWORD=prod_super_secure_password_from_vault
        JWT_SECRET=production-secret-key-from-aws-secrets-manager-very-long
        WEBHOOK_SECRET=whsec_your_webhook_secret
      `,
    },
    {
      name: 'URLs whose password is a stand-in or the well-known default that repeats the user',
      kind: 'env',
      path: '.env',
      code: `
        DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app
        CELERY_BROKER_URL=amqp://guest:guest@rabbitmq:5672//
        CACHE_URL=redis://default:\${REDIS_PASSWORD}@redis:6379/0
        SENTRY_DSN=https://abc123@o1.ingest.sentry.io/42
        ANALYTICS_URL=https://user:pass@analytics.internal/api
      `,
    },
  ],
  invalid: [
    {
      name: 'the demo .env.production',
      kind: 'env',
      path: '.env.production',
      code: `
        ENVIRONMENT=production
        DATABASE_URL=postgresql://shop@db:5432/shop
        DATABASE_PASSWORD=Sh0p-DEMO-pw
        SECRET_KEY=s3cr3t-prod-8f2a4c91
        STRIPE_API_KEY=sk_live_51Hq-DEMO-not-a-real-key-8f2a
        SENTRY_AUTH_TOKEN=
      `,
      errors: [
        { line: 3, column: 1, message: /^DATABASE_PASSWORD is set to a secret/ },
        { line: 4, message: /^SECRET_KEY/ },
        { line: 5, message: /^STRIPE_API_KEY/ },
      ],
    },
    {
      name: 'export, quotes, an inline comment, spaces around =',
      kind: 'env',
      path: 'deploy/.env',
      code: `
        export AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8h3kT2pLm"
        DB_PASSWORD = 'pa55-w0rd-prod' # rotated 2024-03
        REDIS_PASSWORD=r3d1s-pw-41c9 # cache
      `,
      errors: [{ line: 1, column: 8 }, { line: 2 }, { line: 3 }],
    },
    {
      name: 'a multi-line quoted key does not hide the next entry',
      kind: 'env',
      path: 'app.env',
      code: `
        SIGNING_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----
        MIIEvQIBADANBgkqhkiG9w0BAQEFAASC
        -----END PRIVATE KEY-----"
        NOTE=SECRET_KEY=not-an-entry
        CLIENT_SECRET=0a1b2c3d4e5f6a7b8c9d
      `,
      errors: [{ line: 1 }, { line: 5 }],
    },
    {
      name: 'the value never appears in the message',
      kind: 'env',
      path: '.env.local',
      code: `
        API_TOKEN=tok_9f8e7d6c5b4a
      `,
      errors: [{ line: 1, message: /^(?!.*tok_9f8e7d6c5b4a)/ }],
    },
    {
      name: 'a password inside a URL under a key that is not secret-named',
      kind: 'env',
      path: 'backend/.env',
      code: `
        DATABASE_URL=postgresql://app:V9x-2bq7Lr4w$@prod-db.internal:5432/app
        CELERY_BROKER=amqp://rabbitmquser:Rb7-q2kLm9x@rabbitmq:5672//
        DEBUG=false
      `,
      errors: [
        { line: 1, column: 1, message: /^DATABASE_URL holds a password in its URL/ },
        { line: 2, message: /^CELERY_BROKER holds a password/ },
      ],
    },
  ],
});
