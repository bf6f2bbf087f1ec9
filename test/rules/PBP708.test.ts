import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP708', {
  valid: [
    {
      name: 'the guide’s .env.production',
      kind: 'env',
      path: '.env.production',
      code: `
        ENVIRONMENT=production
        DEBUG=false
        LOG_LEVEL=info
      `,
    },
    {
      name: 'debug on in a development env file',
      kind: 'env',
      path: '.env.development',
      code: `
        ENVIRONMENT=development
        DEBUG=true
      `,
    },
    {
      name: 'debug on in a plain .env says nothing about production',
      kind: 'env',
      path: '.env',
      code: `
        DEBUG=1
      `,
    },
    {
      name: 'other keys that mention debug or env',
      kind: 'env',
      path: 'production.env',
      code: `
        LOG_LEVEL=DEBUG
        SQLALCHEMY_DEBUG_QUERIES=true
        SENTRY_ENVIRONMENT=production
        # DEBUG=true
      `,
    },
  ],
  invalid: [
    {
      name: 'DEBUG=true in .env.production (the demo)',
      kind: 'env',
      path: '.env.production',
      code: `
        ENVIRONMENT=production
        DEBUG=true
        LOG_LEVEL=info
      `,
      errors: [{ line: 2, column: 1, message: /^DEBUG turns debug mode on/ }],
    },
    {
      name: 'framework debug switches, quoted and upper case',
      kind: 'env',
      path: '.env.prod',
      code: `
        DJANGO_DEBUG="True"
        export FLASK_DEBUG=1
      `,
      errors: [{ line: 1 }, { line: 2 }],
    },
    {
      name: 'ENVIRONMENT=development in a production file',
      kind: 'env',
      path: 'config/production.env',
      code: `
        ENVIRONMENT=development
        APP_ENV=dev
        NODE_ENV=local
      `,
      errors: [
        { line: 1, message: /^ENVIRONMENT is "development" in a production env file/ },
        { line: 2 },
        { line: 3 },
      ],
    },
    {
      name: 'a production folder',
      kind: 'env',
      path: 'deploy/prod/.env',
      code: `
        FLASK_ENV=development
      `,
      errors: [{ line: 1 }],
    },
  ],
});
