import { describe, expect, it } from 'vitest';
import { findingsFor, ruleTester } from '../helpers/rule-tester.js';

const DEMO = `
  async def import_products(upload: UploadFile, db: Session = Depends(get_db)) -> dict[str, int]:
      count = 0
      for row in csv.DictReader(io.StringIO(content)):
          product = Product(sku=row["sku"], name=row["name"])
          db.add(product)
          try:
              db.commit()
              count += 1
          except IntegrityError:
              db.rollback()
      return {"imported": count}
`;

ruleTester('PBP105', {
  valid: [
    {
      name: 'add_all and one commit (the guide)',
      code: `
        async def bulk_create_users(session, users_data: list):
            users = [User(**data) for data in users_data]
            session.add_all(users)
            await session.commit()
            return users
      `,
    },
    {
      name: 'set.add and other add() calls in loops, a set whose name starts with db_ (Superset)',
      code: `
        def collect(rows, graph):
            seen = set()
            for row in rows:
                seen.add(row.id)
                graph.add(row.id, row.parent)
                self.cache.add(row)
            return seen

        def datasource_names(databases):
            db_ds_names = set()
            for database in databases:
                for name in database.get_all_table_names():
                    db_ds_names.add(f"{database.name}.{name}")
            db_seen = {"main"}
            for database in databases:
                db_seen.add(database.name)
            return db_ds_names, db_seen
      `,
    },
    {
      name: 'a worker loop that commits per job',
      code: `
        def work(db):
            while True:
                job = db.scalars(select(Job).where(Job.done.is_(False)).limit(1)).first()
                job.done = True
                db.commit()
      `,
    },
    {
      name: 'batched commits',
      code: `
        def import_rows(session, rows, chunks):
            for i, row in enumerate(rows):
                session.add_all([Row(**row)])
                if i % 1000 == 0:
                    session.commit()
            for chunk in chunks:
                for row in chunk:
                    session.merge(Row(**row))
                session.commit()
            for batch in batches:
                session.add_all(batch)
                session.commit()
      `,
    },
    {
      name: 'a commit per order around an inner loop over its lines',
      code: `
        async def import_orders(session, orders):
            for order in orders:
                async for line in order.lines:
                    session.merge(line)
                session.commit()
            for order in orders:
                while order.pending():
                    session.merge(order.next())
                session.commit()
      `,
    },
    {
      name: 'a loop over a fixed literal, and tests',
      code: `
        def seed(db):
            for name in ("admin", "staff"):
                db.add(Role(name=name))
            db.commit()
      `,
    },
    {
      name: 'rows a query loaded, updated and re-added: already in the session (polar)',
      code: `
        from sqlalchemy import select

        async def skip_pending_events(session, endpoint_id):
            result = await session.execute(
                select(WebhookEvent).where(WebhookEvent.endpoint_id == endpoint_id)
            )
            pending_events = result.scalars().all()
            for pending_event in pending_events:
                pending_event.skipped = True
                session.add(pending_event)
            await session.flush()

        def archive_stale(db, cutoff):
            for order in db.query(Order).filter(Order.updated_at < cutoff).all():
                order.archived = True
                db.add(order)
            db.commit()
      `,
    },
    {
      name: 'fixtures in tests',
      path: 'tests/conftest.py',
      code: `
        def users(db):
            for i in range(20):
                db.add(User(email=f"u{i}@example.com"))
                db.commit()
      `,
    },
    {
      name: 'a loop that leaves right after the write: it runs at most once',
      code: `
        def save_first_comment(db, nodes):
            for node in nodes:
                if node.tag != "comment":
                    continue
                comment = Comment.query.first()
                if comment:
                    comment.text = node.text
                else:
                    comment = Comment(text=node.text)
                    db.session.add(comment)
                db.session.commit()
                break

        def parse_first_text(db, events):
            for event, node in events:
                if event == "start" and node.tag == "text":
                    db.session.add(Comment(text=node.text))
                    db.session.commit()
                    break
      `,
    },
  ],
  invalid: [
    {
      name: 'a collection bound once to a literal and filled at run time is not a fixed literal',
      code: `
        def save(form, user, db):
            entries = {}
            for field_id, value in form.items():
                entries[field_id] = value
            for field_id, value in entries.items():
                db.session.add(Entry(field_id=field_id, value=value, user_id=user.id))
            roles = ["admin"]
            roles.extend(form.getlist("roles"))
            for name in roles:
                db.session.add(Role(name=name))
            db.session.commit()
      `,
      errors: [{ line: 6 }, { line: 10 }],
    },
    {
      name: 'rows built in a loop over range(): add and commit per pass',
      code: `
        def seed(db):
            for i in range(0, 5):
                db.session.add(Paste(title=f"paste {i}"))
                db.session.commit()
      `,
      errors: [
        { line: 3, message: /add\(\) is called once per item of the loop over `range\(0, 5\)`/ },
        { line: 4, message: /commit\(\) inside the loop over `range\(0, 5\)`/ },
      ],
    },
    {
      name: 'add and commit per CSV row (the demo project)',
      code: DEMO,
      errors: [
        { line: 5, column: 9, message: /db\.add\(\) is called once per item.*add_all/ },
        { line: 7, message: /db\.commit\(\) inside the loop .* one transaction per item/ },
      ],
    },
    {
      name: 'Flask-SQLAlchemy db.session',
      code: `
        def save_all(items):
            for item in items:
                db.session.add(Item(**item))
            db.session.commit()
      `,
      errors: [{ line: 3, message: /session\.add\(\)/ }],
    },
    {
      name: 'new rows made from loaded ones, and rows that came from the caller',
      code: `
        async def copy_events(session, endpoint_id):
            result = await session.execute(select(WebhookEvent).where(WebhookEvent.endpoint_id == endpoint_id))
            for event in result.scalars():
                session.add(WebhookDelivery(event_id=event.id))

        def mark_all(session, events):
            for event in events:
                event.seen = True
                session.add(event)
      `,
      errors: [{ line: 4 }, { line: 9 }],
    },
    {
      name: 'async session, commit per user',
      code: `
        async def deactivate(session: AsyncSession, users):
            for user in users:
                user.active = False
                await session.commit()
      `,
      errors: [{ line: 4, message: /session\.commit\(\)/ }],
    },
    {
      name: 'a DB-API connection committing per row',
      code: `
        def store(conn, readings):
            cur = conn.cursor()
            for reading in readings:
                cur.execute("INSERT INTO readings VALUES (?, ?)", (reading.at, reading.value))
                conn.commit()
      `,
      errors: [{ line: 5, message: /conn\.commit\(\)/ }],
    },
    {
      name: 'add inside a comprehension',
      code: `
        def create(self, payloads):
            [self.session.add(Order(**p)) for p in payloads]
      `,
      errors: [{ line: 2 }],
    },
    {
      name: 'calls split over lines and spaced out (anchors)',
      code: `
        def save_all(rows, session):
            for row in rows:
                session . add (Row(**row))
                (session
                    .commit  # per row
                    ())
      `,
      errors: [{ line: 3 }, { line: 4 }],
    },
    {
      name: 'a comprehension, a comment or a string saying "for" is not an inner loop',
      code: `
        def import_orders(session, orders):
            for order in orders:
                lines = [line for line in order.lines]  # for each line
                log("for while")
                session.commit()
      `,
      errors: [{ line: 5, message: /session\.commit\(\) inside the loop/ }],
    },
    {
      name: 'a break that leaves only the inner loop: the outer one still repeats the add',
      code: `
        def first_lines(db, orders):
            for order in orders:
                for line in order.lines:
                    db.session.add(Summary(order_id=order.id, first_sku=line.sku))
                    break
      `,
      errors: [{ line: 4, message: /loop over/ }],
    },
  ],
});

describe('PBP105 levels', () => {
  it('reports add() as a note and commit() as a warning', async () => {
    const findings = await findingsFor('PBP105', { name: 'demo', code: DEMO });
    expect(findings.map((f) => [f.location.startLine, f.level ?? 'default'])).toEqual([
      [5, 'default'],
      [7, 'warning'],
    ]);
  });
});
