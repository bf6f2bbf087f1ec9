import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP401', {
  valid: [
    {
      name: 'fully annotated (the guide)',
      code: `
        async def get_users(
            skip: int = 0,
            limit: int = 10,
            role: Optional[UserRole] = None,
            db: AsyncSession = Depends(get_db),
        ) -> List[UserResponse]:
            ...

        class Repository(Generic[T]):
            def __init__(self, model: Type[T]):
                self.model = model

            @classmethod
            def create(cls, model: Type[T]) -> "Repository[T]":
                return cls(model)

            @staticmethod
            def name(*args: str, **kwargs: int) -> str:
                return ""
      `,
    },
    {
      name: 'private names, nested functions, private classes and modules',
      code: `
        def _helper(x):
            return x

        def decorator(func: Callable[..., int]) -> Callable[..., int]:
            def wrapper(*args, **kwargs):
                return func(*args, **kwargs)
            return wrapper

        class _Internal:
            def run(self, x):
                return x
      `,
    },
    {
      name: 'a private module',
      path: 'app/_compat.py',
      code: `
        def text_type(value):
            return str(value)
      `,
    },
    {
      name: 'overload implementations and property setters',
      code: `
        from typing import overload

        @overload
        def parse(value: str) -> int: ...
        @overload
        def parse(value: bytes) -> int: ...
        def parse(value):
            return int(value)

        class Order:
            @property
            def total(self) -> int:
                return self._total

            @total.setter
            def total(self, value):
                self._total = value
      `,
    },
    {
      name: 'tests and migrations',
      path: 'tests/test_users.py',
      code: `
        def make_user(email):
            return User(email=email)

        def test_user(db):
            assert make_user("a")
      `,
    },
    {
      name: '__init__ needs no return annotation',
      code: `
        class Gateway:
            def __init__(self, base_url: str, api_key: str):
                self.base_url = base_url

            def __init__(self):
                pass
      `,
    },
  ],
  invalid: [
    {
      name: 'the guide’s BAD example',
      code: `
        async def get_user(id):
            return db.query(id)
      `,
      errors: [
        {
          line: 1,
          column: 11,
          message:
            /function get_user has no type annotation for parameter `id` and the return type/,
        },
      ],
    },
    {
      name: '__init__ with untyped parameters (the demo project)',
      code: `
        class Gateway:
            """Thin client kept for the back-office scripts."""

            def __init__(self, base_url, api_key):
                self.base_url = base_url.rstrip("/")
      `,
      errors: [
        {
          line: 4,
          column: 9,
          message:
            /method Gateway\.__init__ has no type annotation for parameters `base_url` and `api_key`;/,
        },
      ],
    },
    {
      name: 'one finding per function, listing what is missing',
      code: `
        def get_cached(key):
            return None

        def handler(request: Request, *args, **kwargs) -> Response:
            return Response()

        def health():
            return {"status": "ok"}
      `,
      errors: [
        { line: 1, message: /parameter `key` and the return type/ },
        { line: 4, message: /parameters `\*args` and `\*\*kwargs`;/ },
        { line: 7, message: /for the return type;/ },
      ],
    },
    {
      name: 'properties, abstract methods, static methods and dunders',
      code: `
        from abc import ABC, abstractmethod

        class Store(ABC):
            @property
            def name(self):
                return "store"

            @abstractmethod
            def get(self, key: str):
                ...

            @staticmethod
            def parse(raw) -> dict:
                return {}

            def __eq__(self, other) -> bool:
                return True
      `,
      errors: [
        { line: 5, message: /Store\.name has no type annotation for the return type/ },
        { line: 9, message: /the return type/ },
        { line: 13, message: /parameter `raw`/ },
        { line: 16, message: /parameter `other`/ },
      ],
    },
    {
      name: 'Django views and FastAPI dependencies',
      path: 'shop/views.py',
      code: `
        @login_required
        def order_list(request):
            return render(request, "orders.html")

        @router.get("/items")
        def list_items(db=Depends(get_db)) -> list[Item]:
            return db.query(Item).all()
      `,
      errors: [{ line: 2 }, { line: 6, message: /parameter `db`;/ }],
    },
    {
      name: 'found through the statements that can hold them, never inside a function',
      code: `
        import sys

        if sys.version_info >= (3, 12):
            def pick(items):
                return items[0]
        else:
            try:
                from fast import pick
            except ImportError:
                def pick(items):
                    return items[0]

        with open(__file__) as handle:
            def source():
                return handle.read()

        match sys.platform:
            case "linux":
                def home():
                    return "/home"

        @dataclass
        class Config:
            class Section:
                async def load(self, path):
                    ...

            if DEBUG:
                def dump(self) -> None:
                    pass

        class _Hidden:
            def visible(self, x):
                return x

        def outer() -> None:
            def inner(x):
                return x

            class Local:
                def method(self, x):
                    return x
      `,
      errors: [
        { line: 4 },
        { line: 10 },
        { line: 14 },
        { line: 19, message: /function home has no type annotation for the return type/ },
        { line: 25, message: /method Section\.load has no type annotation for parameter `path`/ },
      ],
    },
    {
      name: 'signatures the text reads, and those it leaves to the tree',
      code: `
        from typing import overload as variant

        def plain(a, b: int, *args, c=1, d: str = ",", **kwargs: int) -> None: ...
        def separators(a, /, b, *, c) -> None: ...
        def strings(sep=", ", end='\\n)', raw=r"(", data=b"a,b") -> None: ...
        def formatted(fmt=f"{x}, {y}", key=lambda item: item[0], *, cut=(1, 2)) -> None: ...
        def commented(
            first,  # the first
            second: int,
        ) -> None: ...
        def generic[T](value: T, other) -> T: ...
        def naïve(è, b) -> None: ...
        def continued(a, \\
                      b) -> None: ...
        def returns(a: int) \\
            -> int: ...

        class Shape:
            @variant
            def area(self, unit: str) -> float: ...
            def area(self, unit):
                return 0.0

            @property
            def size(self) -> int:
                return 1

            @size.setter
            def size(self, value):
                pass

            @staticmethod
            def make(kind):
                return Shape()
      `,
      errors: [
        { line: 3, message: /parameters `a`, `\*args` and `c`;/ },
        { line: 4, message: /parameters `a`, `b` and `c`;/ },
        { line: 5, message: /parameters `sep`, `end`, `raw` and `data`;/ },
        { line: 6, message: /parameters `fmt`, `key` and `cut`;/ },
        { line: 7, message: /parameter `first`;/ },
        { line: 11, message: /parameter `other`;/ },
        { line: 12, message: /parameters `è` and `b`;/ },
        { line: 13, message: /parameters `a` and `b`;/ },
        {
          line: 33,
          message: /Shape\.make has no type annotation for parameter `kind` and the return type/,
        },
      ],
    },
  ],
});
