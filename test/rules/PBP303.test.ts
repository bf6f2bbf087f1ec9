import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP303', {
  valid: [
    {
      name: 'marked tests (the guide)',
      path: 'tests/test_users.py',
      code: `
        import pytest

        @pytest.mark.asyncio
        async def test_create_user(db):
            assert await create_user(db, "a@example.com")

        @pytest.mark.anyio
        async def test_with_anyio():
            assert True

        @pytest.mark.asyncio(loop_scope="module")
        async def test_scoped():
            assert True
      `,
    },
    {
      name: 'module pytestmark and marked classes',
      path: 'tests/test_orders.py',
      code: `
        import pytest
        from pytest import mark

        pytestmark = [pytest.mark.asyncio, pytest.mark.usefixtures("db")]

        async def test_module_marked():
            assert True

        @mark.trio
        class TestTrio:
            async def test_method(self):
                assert True
      `,
    },
    {
      name: 'asyncio_mode = "auto"',
      path: 'tests/test_auto.py',
      facts: { asyncioAuto: true },
      code: `
        async def test_auto_mode():
            assert True
      `,
    },
    {
      name: 'test case classes that run coroutines, and runner decorators',
      path: 'tests/test_cases.py',
      code: `
        import unittest
        from django.test import TestCase
        from tornado.testing import AsyncTestCase, gen_test

        class ClientTests(unittest.IsolatedAsyncioTestCase):
            async def test_get(self):
                self.assertTrue(await get())

        class ViewTests(TestCase):
            async def test_async_view(self):
                self.assertEqual((await self.async_client.get("/")).status_code, 200)

        @async_test
        async def test_wrapped():
            assert True

        class TornadoTests(AsyncTestCase):
            @gen_test
            async def test_fetch(self):
                assert True
      `,
    },
    {
      name: 'async helpers that are not tests, and source files',
      path: 'tests/conftest.py',
      code: `
        async def test_client_factory():
            return Client()
      `,
    },
  ],
  invalid: [
    {
      name: 'no mark and no auto mode (the demo project)',
      path: 'tests/test_orders.py',
      code: `
        import pytest

        @pytest.mark.asyncio
        async def test_charge_card_returns_charge_id() -> None:
            assert await charge_card(1, 500, "c1") == "ch_42"

        async def test_charge_card_gives_up_after_retries() -> None:
            with pytest.raises(PaymentError):
                await charge_card(1, 500, "c1")
      `,
      errors: [{ line: 7, column: 11, message: /never awaited/ }],
    },
    {
      name: 'a method of a plain Test class',
      path: 'tests/test_api.py',
      code: `
        class TestApi:
            async def test_list(self, client):
                assert (await client.get("/")).status_code == 200
      `,
      errors: [{ line: 2 }],
    },
    {
      name: 'a unittest.TestCase (not IsolatedAsyncioTestCase) method',
      path: 'tests/test_legacy.py',
      code: `
        import unittest

        class LegacyTests(unittest.TestCase):
            async def test_fetch(self):
                self.assertEqual(await fetch(), 1)
      `,
      errors: [{ line: 4 }],
    },
    {
      name: 'parametrized and patched but still not run',
      path: 'tests/test_params.py',
      code: `
        import pytest
        from unittest.mock import patch

        pytestmark = pytest.mark.usefixtures("db")

        @pytest.mark.parametrize("n", [1, 2])
        @patch("app.services.payments.requests.post")
        async def test_param(post, n):
            assert await charge(n)
      `,
      errors: [{ line: 8 }],
    },
    {
      name: 'async and def split by a line continuation',
      path: 'tests/test_split.py',
      code: `
        async \\
            def test_split():
            assert await ping()
      `,
      errors: [{ line: 2 }],
    },
  ],
});
