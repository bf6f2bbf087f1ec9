import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  gatherModelRelationships,
  moduleFile,
  relationshipOf,
  type ModelRelationships,
} from '../../src/patterns/python/performance/model-relationships.js';
import type { ProjectFacts } from '../../src/patterns/project-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const MODELS = `
  from sqlalchemy import ForeignKey
  from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

  class Base(DeclarativeBase):
      pass

  class User(Base):
      __tablename__ = "users"
      id: Mapped[int] = mapped_column(primary_key=True)
      orders: Mapped[list["Order"]] = relationship(back_populates="user")

  class Order(Base):
      __tablename__ = "orders"
      id: Mapped[int] = mapped_column(primary_key=True)
      user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
      user: Mapped[User] = relationship(back_populates="orders")
      items: Mapped[list["OrderItem"]] = relationship(back_populates="order")
      coupon = relationship("Coupon", lazy="joined")
`;

/** What the pipeline's pre-pass gathers from app/models.py. */
const projectModels: ModelRelationships = {
  models: {
    User: { orders: { lazy: true, orm: 'sqlalchemy', many: true } },
    Order: {
      user: { lazy: true, orm: 'sqlalchemy', many: false },
      items: { lazy: true, orm: 'sqlalchemy', many: true },
      coupon: { lazy: false, orm: 'sqlalchemy', many: false },
    },
  },
  bases: { User: ['Base'], Order: ['Base'] },
};
const withModels = { modelRelationships: projectModels } as Partial<ProjectFacts>;

ruleTester('PBP104', {
  valid: [
    {
      name: 'loops over models, not rows: one query per table (a UNION built, an in_() per class)',
      code: `
        from sqlalchemy import literal, select

        def union_query(session, model_classes):
            qs = None
            for model_class in model_classes:
                q = session.query(model_class.id.label("id"), literal(model_class.__name__).label("type"))
                qs = q if qs is None else qs.union(q)
            return qs

        def load_by_type(session, rows_by_model):
            out = {}
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(table.delete())
            for model_class in model_classes:
                session.execute(sa.delete(model_class).where(model_class.archived.is_(True)))
            for model_class, rows in rows_by_model.items():
                ids = [r.id for r in rows]
                out[model_class.__name__] = session.scalars(select(model_class).where(model_class.id.in_(ids))).all()
                session.get(model_class, ids[0])
            return out
      `,
    },
    {
      name: 'Django ContentType lookups come from the manager’s cache; a query memoised per key or per change of a sorted key',
      code: `
        from django.contrib.contenttypes.models import ContentType

        from extras.models import EventRule

        def models_of(content_types):
            models = []
            for content_type_id in content_types:
                app_label, model_name = content_type_id.split(".")
                models.append(ContentType.objects.get_by_natural_key(app_label, model_name).model_class())
            return models

        def process(events):
            cache = {}
            for data in events:
                content_type = data["content_type"]
                if content_type not in cache:
                    cache[content_type] = EventRule.objects.filter(content_types=content_type, enabled=True)
                handle(cache[content_type], data)

        def notify(ids):
            current, settings_for = None, None
            for entry in LogEntry.objects.filter(id__in=ids).order_by("event_id"):
                if current != entry.event_id or settings_for is None:
                    current = entry.event_id
                    settings_for = list(Setting.objects.filter(event_id=entry.event_id))
                for s in settings_for:
                    s.apply(entry)
      `,
    },
    {
      name: 'statements that set the connection or the schema up, one per setting (peewee)',
      code: `
        def _set_pragmas(self, conn):
            cursor = conn.cursor()
            for pragma, value in self._pragmas:
                cursor.execute('PRAGMA %s = %s;' % (pragma, value))
            for name, path in self._attached.items():
                cursor.execute("ATTACH DATABASE '%s' AS \\"%s\\"" % (path, name))
            cursor.close()

        def create_indexes(engine, tables):
            with engine.begin() as conn:
                for table in tables:
                    conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_created ON {table} (created_at)"))
      `,
    },
    {
      name: 'a loop over a fixed literal (a handful of statements, not N)',
      code: `
        from sqlalchemy import func, select

        def status_counts(db: Session) -> dict[str, int]:
            counts = {}
            for status in ["pending", "paid", "shipped", "cancelled"]:
                stmt = select(func.count()).where(Order.status == status)
                counts[status] = db.scalar(stmt) or 0
            for attempt in range(3):
                db.execute(text("SELECT 1"), {"n": attempt})
            return counts
      `,
    },
    {
      name: 'relationships loaded with the query (selectinload, joined, prefetch_related)',
      code:
        MODELS +
        `
  from sqlalchemy import select
  from sqlalchemy.orm import selectinload

  def order_totals(db, user_id):
      stmt = select(Order).options(selectinload(Order.items)).where(Order.user_id == user_id)
      orders = db.scalars(stmt).all()
      for order in orders:
          lines = [i.quantity * i.unit_price_cents for i in order.items]
          print(order.coupon.code)

  def django_view(request):
      for book in Book.objects.filter(published=True).prefetch_related("authors"):
          print(book.authors.all())
`,
    },
    {
      name: 'a call that does not depend on the loop item (a retry loop)',
      code: `
        def ping(db, retries):
            for attempt in retries:
                try:
                    db.execute(text("SELECT 1"))
                    break
                except OperationalError:
                    time.sleep(1)
      `,
    },
    {
      name: 'things that look like database calls but are not',
      code: `
        import requests

        def crawl(urls, cache, session):
            seen = set()
            for url in urls:
                seen.add(url)
                value = cache.get(url)
                resp = session.get(url, timeout=5)
                data = flask_session.get("user_" + url)
                rows = [r.all() for r in resp.json()]
      `,
    },
    {
      name: 'one query before the loop, columns read inside',
      code:
        MODELS +
        `
  from sqlalchemy import select

  def list_orders(db, ids):
      orders = db.scalars(select(Order).where(Order.id.in_(ids))).all()
      return [{"id": o.id, "user": o.user_id} for o in orders]
`,
      facts: withModels,
    },
    {
      name: 'loops over batches, and scripts that run the statements they walk',
      code: `
        from sqlalchemy import delete, text, update

        def purge(db, ids, statements, cursor):
            for chunk in chunked(ids, 500):
                db.execute(delete(Order).where(Order.id.in_(chunk)))
            for start in range(0, len(ids), 1000):
                db.execute(update(Order).where(Order.id.in_(ids[start : start + 1000])).values(done=True))
            for sql in statements:
                cursor.execute(sql)
                db.execute(text(sql))
      `,
    },
    {
      name: 'while loops page through results by design',
      code: `
        def export(db):
            offset = 0
            while True:
                rows = db.execute(select(Order).offset(offset).limit(500)).all()
                if not rows:
                    break
                offset += len(rows)
      `,
    },
    {
      name: 'tests are not checked',
      path: 'tests/test_orders.py',
      code: `
        def test_many(db):
            for i in ids:
                db.get(Order, i)
      `,
    },
    {
      name: 'a loop variable that is not a model from a query',
      code:
        MODELS +
        `
  def render(orders_payload):
      for order in orders_payload:
          print(order.items)
`,
    },
    {
      name: 'a loop that returns on its first pass: the query runs at most once',
      code: `
        def first_known_user(db, emails):
            for email in emails:
                user = db.query(User).filter(User.email == email).first()
                return user
            return None
      `,
    },
  ],
  invalid: [
    {
      name: 'a name holding "group" as part of a word is not a batch; a cache that is not checked first',
      code: `
        from django.contrib.auth.models import Group

        def assign(user, remote_groups, cache):
            groups = []
            for name in remote_groups:
                groups.append(Group.objects.get(name=name))
            for name in remote_groups:
                cache[name] = Group.objects.get(name=name)
            last = None
            for entry in entries:
                if last != entry.event_id:
                    group = Group.objects.get(id=entry.event_id)
            return groups
      `,
      errors: [
        {
          line: 6,
          message:
            /Group\.objects\.get\(\) runs a query on every iteration of the loop over `remote_groups`/,
        },
        { line: 8 },
        { line: 12 },
      ],
    },
    {
      name: 'a delete per row of a fixed table, as a function or as the table’s method',
      code: `
        import sqlalchemy as sa

        def purge(session, users, orders_table):
            for user in users:
                session.execute(sa.delete(Order).where(Order.user_id == user.id))
                session.execute(orders_table.delete().where(orders_table.c.user_id == user.id))
      `,
      errors: [{ line: 5 }, { line: 6 }],
    },
    {
      name: 'Django rows created one by one: the advice is bulk_create',
      path: 'shop/management/commands/import_products.py',
      code: `
        from shop.models import Product

        def load(rows):
            for row in rows:
                Product.objects.get_or_create(sku=row["sku"], defaults={"name": row["name"]})
      `,
      errors: [
        {
          line: 5,
          message:
            /Product\.objects\.get_or_create\(\).*write the rows in one statement after the loop \(bulk_create or bulk_update\)/,
        },
      ],
    },
    {
      name: 'a DB-API cursor: one statement with IN; a long loop expression cut after a whole name',
      code: `
        def prices(cursor, request):
            for product_id in request.json["basket"]["items"]["product_identifiers"]:
                cursor.execute("SELECT price FROM products WHERE id = %s", (product_id,))
      `,
      errors: [
        {
          line: 3,
          message:
            /cursor\.execute\(\) runs a query on every iteration of the loop over `request\.json\["basket"\]\["items"\]\["…`; .*\(one statement with `IN \(…\)`\)/,
        },
      ],
    },
    {
      name: 'db.get per line of the request body (the demo project)',
      code: `
        async def create_order(body: OrderIn, db: Session = Depends(get_db)) -> Order:
            order = Order(user_id=1)
            for line in body.items:
                product = db.get(Product, line.product_id)
                order.items.append(OrderItem(product=product))
            return order
      `,
      errors: [
        {
          line: 4,
          column: 19,
          message:
            /db\.get\(\) runs a query on every iteration.*\(an in_\(\) filter, selectinload or joinedload\)/,
        },
      ],
    },
    {
      name: 'a lazy relationship of a model defined in another file (project facts)',
      code: `
        from sqlalchemy import select
        from app.models import Order

        def order_summary(db, user):
            orders = db.scalars(select(Order).where(Order.user_id == user.id)).all()
            units = 0
            for order in orders:
                units += sum(item.quantity for item in order.items)
                units += len(order.items)
                print(order.coupon)
            return units
      `,
      facts: withModels,
      errors: [
        {
          line: 8,
          column: 48,
          message:
            /order\.items loads the lazy relationship Order\.items.*selectinload\(Order\.items\)/,
        },
      ],
    },
    {
      name: 'a lazy relationship of a model defined in the same file',
      code:
        MODELS +
        `
  from sqlalchemy import select

  def list_users(db):
      users = db.scalars(select(User).where(User.active))
      return [len(user.orders) for user in users]
`,
      errors: [{ line: 24, message: /user\.orders/ }],
    },
    {
      name: 'the query loads one relationship, the loop touches another',
      code:
        MODELS +
        `
  from sqlalchemy import select
  from sqlalchemy.orm import joinedload

  def report(db, loaders):
      stmt = select(Order).options(joinedload(Order.user))
      for order in db.scalars(stmt):
          print(order.user.id, len(order.items))
      for order in db.scalars(select(Order).options(*loaders)):
          print(len(order.items))
      for order in Order.objects.select_related("user__profile"):
          print(order.user, order.items)
`,
      errors: [
        { line: 26, column: 34, message: /order\.items/ },
        { line: 30, message: /order\.items loads the lazy relationship Order\.items/ },
      ],
    },
    {
      name: 'a query built before the loop, run per item',
      code: `
        def names(db, ids):
            q = db.query(User)
            out = []
            for user_id in ids:
                out.append(q.filter(User.id == user_id).first().name)
            return out
      `,
      errors: [{ line: 5, message: /q\.filter\(\)/ }],
    },
    {
      name: 'comprehensions, awaits and DB-API cursors',
      code: `
        async def load(session, ids, cursor, rows):
            users = [await session.get(User, i) for i in ids]
            for row in rows:
                cursor.execute("UPDATE stock SET n = n - %s WHERE sku = %s", (row.qty, row.sku))
            for user in users:
                result = await session.execute(select(Order).where(Order.user_id == user.id))
      `,
      errors: [{ line: 2 }, { line: 4 }, { line: 6 }],
    },
    {
      name: 'Django: a query per item and a foreign key without select_related',
      code: `
        from django.db import models

        class Author(models.Model):
            name = models.CharField(max_length=100)

        class Book(models.Model):
            author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
            title = models.CharField(max_length=200)

        def titles(request, names):
            for name in names:
                author = Author.objects.get(name=name)
            for book in Book.objects.filter(title__startswith="A"):
                print(book.author.name)
            for author in Author.objects.all():
                print(author.books.count())
      `,
      errors: [
        { line: 12, message: /Author\.objects\.get\(\).*`field__in=` filter/ },
        { line: 14, message: /book\.author.*select_related\("author"\)/ },
        { line: 16, message: /author\.books.*prefetch_related\("books"\)/ },
      ],
    },
    {
      name: 'Django: a sliced query, and a custom manager',
      code: `
        from django.db import models

        class Project(models.Model):
            slug = models.SlugField()

        class Version(models.Model):
            project = models.ForeignKey(Project, related_name="versions", on_delete=models.CASCADE)
            slug = models.SlugField()

        def archive(builds):
            for version in Version.objects.filter(slug="x").order_by("slug")[:200]:
                print(version.project.slug)
            for version in Version.external.filter(slug="x"):
                print(version.project.slug)
      `,
      errors: [
        { line: 12, message: /version\.project.*select_related\("project"\)/ },
        { line: 14, message: /version\.project/ },
      ],
    },
    {
      name: 'Flask-SQLAlchemy Model.query and a backref, with enumerate',
      code: `
        from flask_sqlalchemy import SQLAlchemy
        db = SQLAlchemy()

        class Post(db.Model):
            id = db.Column(db.Integer, primary_key=True)
            author_id = db.Column(db.Integer, db.ForeignKey("user.id"))
            author = db.relationship("User", backref="posts")

        def feed(ids):
            for i, user in enumerate(User.query.filter(User.id.in_(ids)).all()):
                print(i, user.posts)
            return [Post.query.get(pid) for pid in ids]
      `,
      errors: [
        { line: 11, message: /user\.posts/ },
        { line: 12, message: /Post\.query\.get\(\)/ },
      ],
    },
    {
      name: 'a manager method of any name, a call split over lines, a query named later (anchors)',
      code: `
        def totals(orders):
            for order in orders:
                Payment.objects.for_order(order.id)
                (db
                    .get  # one row per order
                    (Invoice, order.invoice_id))
                pending.filter(Invoice.order_id == order.id)

        pending = db.query(Invoice)
      `,
      errors: [{ line: 3 }, { line: 4 }, { line: 7, message: /pending\.filter\(\)/ }],
    },
  ],
});

describe('PBP104 model facts', () => {
  it('gathers the lazy relationships of the demo project’s models (the pipeline’s pre-pass)', async () => {
    const root = resolve('examples/shop-api');
    const files = ['app/models.py', 'app/routes/users.py', 'app/db.py'].map((path) => ({
      path,
      absolute: join(root, path),
    }));
    const facts = await gatherModelRelationships(files);
    expect(relationshipOf(facts, 'User', 'orders')).toEqual({
      lazy: true,
      orm: 'sqlalchemy',
      many: true,
    });
    expect(relationshipOf(facts, 'Order', 'items')?.lazy).toBe(true);
    expect(relationshipOf(facts, 'Order', 'user')).toEqual({
      lazy: true,
      orm: 'sqlalchemy',
      many: false,
    });
    expect(relationshipOf(facts, 'OrderItem', 'product')?.lazy).toBe(false);
    expect(relationshipOf(facts, 'User', 'email')).toBeUndefined();
    // Plain data: it crosses to the worker threads inside ProjectFacts.
    expect(structuredClone(facts)).toEqual(facts);
  });

  it('reads SQLModel, backref() options, Django reverse accessors and inherited relationships', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pbp104-'));
    writeFileSync(
      join(root, 'models.py'),
      [
        'from django.db import models',
        'from sqlmodel import Relationship, SQLModel',
        'from sqlalchemy.orm import backref, relationship',
        'class Team(SQLModel, table=True):',
        '    heroes: list["Hero"] = Relationship(back_populates="team", sa_relationship_kwargs={"lazy": "selectin"})',
        '    coach = relationship("Coach", backref=backref("team", lazy="joined"))',
        'class Tag(models.Model):',
        '    pass',
        'class Post(models.Model):',
        '    tags = models.ManyToManyField(Tag)',
        '    parent = models.ForeignKey("self", on_delete=models.CASCADE, related_name="children")',
        '    profile = models.OneToOneField("accounts.Profile", on_delete=models.CASCADE)',
        'class Article(Post):',
        '    pass',
      ].join('\n'),
    );
    const facts = await gatherModelRelationships([
      { path: 'models.py', absolute: join(root, 'models.py') },
    ]);
    expect(relationshipOf(facts, 'Team', 'heroes')?.lazy).toBe(false);
    expect(relationshipOf(facts, 'Coach', 'team')?.lazy).toBe(false);
    expect(relationshipOf(facts, 'Team', 'coach')?.lazy).toBe(true);
    expect(relationshipOf(facts, 'Post', 'tags')).toEqual({
      lazy: true,
      orm: 'django',
      many: true,
    });
    expect(relationshipOf(facts, 'Tag', 'post_set')).toEqual({
      lazy: true,
      orm: 'django',
      many: true,
    });
    expect(relationshipOf(facts, 'Post', 'children')?.many).toBe(true);
    expect(relationshipOf(facts, 'Profile', 'post')).toEqual({
      lazy: true,
      orm: 'django',
      many: false,
    });
    expect(relationshipOf(facts, 'Article', 'tags')?.lazy).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });

  it('finds the file of an imported module, absolute or relative, nearest the importer', () => {
    const files = [
      'svc/app/models.py',
      'svc/app/routes/users.py',
      'other/app/models.py',
      'pkg/models/__init__.py',
      'pkg/views.py',
    ];
    expect(moduleFile('svc/app/routes/users.py', files, 'app.models')).toBe('svc/app/models.py');
    expect(moduleFile('svc/app/routes/users.py', files, '..models')).toBe('svc/app/models.py');
    expect(moduleFile('pkg/views.py', files, '.models')).toBe('pkg/models/__init__.py');
    expect(moduleFile('pkg/views.py', files, 'missing.models')).toBeNull();
  });
});
