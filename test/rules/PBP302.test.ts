import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP302', {
  valid: [
    {
      name: 'an inherited test switched off in a subclass of another test class',
      path: 'tests/test_backends.py',
      code: `
        from tests.base import BackendTests

        class SqliteBackendTests(BackendTests):
            def test_row_locking(self):
                pass  # SQLite has no row locks
      `,
    },
    {
      name: 'assert statements, pytest.raises and mock assertions (the guide)',
      path: 'tests/test_users.py',
      code: `
        import pytest
        from unittest.mock import AsyncMock, patch

        def test_create_user(client):
            response = client.post("/api/users", json={"name": "John"})
            assert response.status_code == 201

        def test_bad_payload(client):
            with pytest.raises(ValidationError):
                UserIn(email="nope")

        def test_send_email_on_user_created(client):
            with patch("services.email.send_email", new_callable=AsyncMock) as mock_email:
                client.post("/api/users", json={"name": "John"})
                mock_email.assert_called_once()
      `,
    },
    {
      name: 'unittest assertions and helpers that check',
      path: 'tests/test_parser.py',
      code: `
        import unittest

        def check_roundtrip(value):
            assert parse(dump(value)) == value

        def verify_headers(resp):
            if "etag" not in resp.headers:
                raise AssertionError("no etag")

        class ParserTests(unittest.TestCase):
            def test_equal(self):
                self.assertEqual(parse("1"), 1)

            def test_roundtrip(self):
                check_roundtrip({"a": 1})

            def test_helper_method(self):
                self._compare("a", "a")

            def test_inherited_helper(self):
                self.run_case("empty")

            def _compare(self, a, b):
                self.assertEqual(parse(a), parse(b))

            def test_raises(self):
                if parse("x") is not None:
                    self.fail("expected None")
      `,
    },
    {
      name: 'placeholders, skipped tests, property-based and benchmark tests',
      path: 'tests/test_misc.py',
      code: `
        import pytest
        from hypothesis import given, strategies as st

        def test_todo():
            """Covered by the integration suite."""

        @pytest.mark.skip(reason="flaky")
        def test_flaky(client):
            client.get("/")

        @given(st.text())
        def test_parse_never_crashes(text):
            parse(text)

        def test_speed(benchmark):
            benchmark(parse, "1")
      `,
    },
    {
      name: 'helpers imported from the project’s test utilities, playwright expect',
      path: 'tests/test_pages.py',
      code: `
        from playwright.sync_api import expect
        from tests.helpers import run_scenario
        from .utils import compare_snapshot

        def test_home(page):
            page.goto("/")
            expect(page.get_by_role("heading")).to_have_text("Shop")

        def test_checkout():
            run_scenario("checkout")

        def test_snapshot(snapshot):
            compare_snapshot(snapshot, render())
      `,
    },
    {
      name: 'fixture-made checks, raise_for_status and pytest-check',
      path: 'tests/test_api.py',
      code: `
        from pytest_check import check

        def test_queries(client, django_assert_num_queries):
            with django_assert_num_queries(3):
                client.get("/orders/")

        def test_live(live_server_url):
            requests.get(live_server_url, timeout=5).raise_for_status()

        def test_soft(client):
            check.equal(client.get("/").status_code, 200)

        def test_schema(run_case, case):
            run_case(case)
            case.call_and_validate()
      `,
    },
    {
      name: 'assertions taken by name or through self, case collectors, factories',
      path: 'tests/test_contracts.py',
      code: `
        import unittest

        class ContractTests(unittest.TestCase):
            def test_constants(self):
                ae = self.assertEqual
                ae(hasattr(lib, "MAX"), True)

            def test_coverage(self):
                namespace.check_class_coverage(self, namespace.getters)

            @collect_cases
            def test_property(self):
                yield Case(stub="x: int", runtime="x = 1", error=None)

        def test_suite():
            return unittest.TestLoader().loadTestsFromName(__name__)

        def test_id(value):
            def mark(func):
                func.test_id = value
                return func
            return mark
      `,
    },
    {
      name: 'not a test: source modules, conftest, helpers not named test_*',
      path: 'app/service.py',
      code: `
        def test_connection(url):
            connect(url)
      `,
    },
    {
      name: 'functions in conftest.py and classes pytest does not collect',
      path: 'tests/conftest.py',
      code: `
        def test_data():
            return load("data.json")
      `,
    },
  ],
  invalid: [
    {
      name: 'placeholders: pass or ... (with a docstring or a comment), at module level or in a TestCase',
      path: 'tests/test_orders.py',
      code: `
        import unittest

        def test_refund():
            pass

        def test_cancel():
            """Cancelling an order refunds it."""
            ...

        class OrderTests(unittest.TestCase):
            def test_ship(self):
                pass  # TODO
      `,
      errors: [
        { line: 3, message: /test_refund is an empty placeholder/ },
        { line: 6 },
        { line: 11 },
      ],
    },
    {
      name: 'a request and nothing checked (the demo project)',
      path: 'tests/test_orders.py',
      code: `
        def test_order_summary_loads(
            client: TestClient, auth_headers: dict[str, str]
        ) -> None:
            client.get("/orders/summary", headers=auth_headers)
      `,
      errors: [{ line: 1, column: 5, message: /test_order_summary_loads has no assertion/ }],
    },
    {
      name: 'an async test and a method of a Test class',
      path: 'tests/test_payments.py',
      code: `
        import pytest

        @pytest.mark.asyncio
        async def test_charge(db):
            await charge_card(1, 500, "c1")

        class TestRefunds:
            def test_refund(self, client):
                resp = client.post("/refunds", json={"charge": "ch_1"})
                print(resp.json())
      `,
      errors: [{ line: 4 }, { line: 8, message: /test_refund/ }],
    },
    {
      name: 'a test inside the package calling only the code under test (jwcrypto)',
      path: 'jwcrypto/tests.py',
      code: `
        import unittest

        from jwcrypto import jwe, jwk
        from jwcrypto.common import base64url_encode
        from jwcrypto.tests.helpers import roundtrip

        class ConformanceTests(unittest.TestCase):
            def test_aes_128(self):
                enc = jwe.JWE(plaintext="plain")
                key = jwk.JWK(kty="oct", k=base64url_encode(b"A" * 16))
                enc.add_recipient(key, '{"alg":"A128KW","enc":"A128GCM"}')

            def test_roundtrip(self):
                roundtrip(jwk.JWK.generate(kty="oct", size=128))
      `,
      errors: [{ line: 8, message: /test_aes_128/ }],
    },
    {
      name: 'a local helper that checks nothing',
      path: 'tests/test_import.py',
      code: `
        def do_import(path):
            return importer.run(path)

        def test_import_csv():
            do_import("fixtures/products.csv")
      `,
      errors: [{ line: 4 }],
    },
    {
      name: 'a unittest method calling only a non-checking helper of its class',
      path: 'app/tests/test_views.py',
      code: `
        from django.test import TestCase

        class ViewTests(TestCase):
            def setUp(self):
                self.user = make_user()

            def _login(self):
                self.client.force_login(self.user)

            def test_dashboard(self):
                self._login()
                self.client.get("/dashboard/")
      `,
      errors: [{ line: 10 }],
    },
    {
      name: 'assert and raise only in words, strings and comments; yield and return only in a nested function',
      path: 'tests/test_words.py',
      code: `
        def test_mentions_assert():
            """Should assert that the import works."""
            run()  # assert later, raise if needed
            note = "raise"

        def test_with_nested_generator():
            def cases():
                yield 1
                return 2
            consume(cases)
      `,
      errors: [{ line: 1 }, { line: 6 }],
    },
  ],
});
