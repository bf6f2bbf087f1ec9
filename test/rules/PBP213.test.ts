import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP213', {
  valid: [
    {
      name: 'hash verified with the hasher (the guide’s verify_password)',
      code: `
        from passlib.context import CryptContext

        pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)

        def login(db, form):
            user = db.query(User).filter_by(email=form.username).first()
            if user and pwd_context.verify(form.password, user.hashed_password):
                return user
            if user and user.check_password(form.password):
                return user
      `,
    },
    {
      name: 'password confirmation compares two typed passwords',
      code: `
        def register(form, data, password, confirm_password):
            if form.password.data != form.confirm.data:
                raise ValueError("passwords differ")
            if data["password"] != data["password2"]:
                raise ValueError("passwords differ")
            if password != confirm_password:
                raise ValueError("passwords differ")

        class UserCreate(BaseModel):
            def check(self):
                if self.password != self.password_confirm:
                    raise ValueError("passwords differ")
      `,
    },
    {
      name: 'values hashed before they are compared or queried',
      code: `
        import hashlib

        def login(db, username, password):
            hashed = hash_password(password)
            user = User.query.filter_by(username=username, password=hashed).first()
            if user and user.password == make_hash(password):
                return user
            cursor.execute("SELECT id FROM users WHERE name = ? AND password = ?", (username, hashed))
      `,
    },
    {
      name: 'checking that no password is set, and hash columns',
      code: `
        def needs_setup(user, password):
            if user.password is None or user.password == "":
                return True
            return user.password_hash == password_hash_of(password)
      `,
    },
    {
      name: 'a client object comparing its own settings, and URLs',
      code: `
        class Connection:
            def update(self, password):
                if self.password != password:
                    self.password = password
                    self.reconnect()

        def same_credentials(parsed, password):
            return parsed.password == password
      `,
    },
    {
      name: 'storing a new password, and SQL that updates it',
      code: `
        def change(db, user_id, new_password):
            db.execute("UPDATE users SET password = ? WHERE id = ?", (hash_password(new_password), user_id))
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_login.py',
      code: `
        def test_login(user):
            assert user.password == "secret"
      `,
    },
    {
      name: 'the typed password hashed into the same name before the lookup',
      code: `
        import hashlib

        def csrf_login(request):
            username = request.POST.get("username")
            password = request.POST.get("password")
            password = hashlib.md5(password.encode()).hexdigest()
            user = CsrfUser.objects.filter(username=username, password=password)
            return user.exists()
      `,
    },
    {
      name: 'rows written with a hash, users created through create_user, a hash column',
      code: `
        from django.contrib.auth.hashers import make_password

        def register(request, cursor):
            password = request.POST["password"]
            Account.objects.create(username=request.POST["username"], password=make_password(password))
            User.objects.create_user(username=request.POST["username"], password=password)
            hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
            cursor.execute("INSERT INTO users (name, password_hash) VALUES (?, ?)", (name, hashed))
            cursor.execute("UPDATE users SET password = ? WHERE id = ?", (hashed, user_id))
            Profile.objects.filter(user=request.user).update(password_changed=True)
      `,
    },
    {
      name: 'a short name for something else compared with a stored password',
      code: `
        def rotate(user, settings):
            pw = settings.DEFAULT_PASSWORD_POLICY
            if user.password == pw:
                return False
            return True
      `,
    },
  ],
  invalid: [
    {
      name: 'stored password compared with the form’s (the shop example)',
      code: `
        def login(form, db):
            user = db.scalars(select(User).where(User.email == form.username)).first()
            if user and user.password == form.password:
                return {"access_token": create_access_token(user), "token_type": "bearer"}
      `,
      errors: [{ line: 3, column: 17, message: /stored password is compared with the typed one/ }],
    },
    {
      name: 'queries on the password column: filter_by, Django, SQLAlchemy expression',
      code: `
        from django.shortcuts import get_object_or_404

        def login(request, db):
            a = User.query.filter_by(username=request.form["username"], password=request.form["password"]).first()
            b = User.objects.get(username=request.POST["username"], password=request.POST["password"])
            c = db.query(User).filter(User.email == email, User.password == request.json["password"]).first()
            d = get_object_or_404(Account, login=login_name, passwd=raw_pw)
            return a, b, c, d
      `,
      errors: [{ line: 4 }, { line: 5 }, { line: 6, message: /User\.password/ }, { line: 7 }],
    },
    {
      name: 'SQL text that matches the password column (format, f-string, parameters)',
      code: `
        import sqlite3

        def login(username, password):
            c = sqlite3.connect("users.sqlite").cursor()
            user = c.execute("SELECT * FROM users WHERE username = '{}' and password = '{}'".format(username, password)).fetchone()
            other = c.execute(f"SELECT id FROM users WHERE name = '{username}' AND password = '{password}'").fetchone()
            third = c.execute("SELECT id FROM users WHERE name = ? AND password = ?", (username, password)).fetchone()
            return user or other or third
      `,
      errors: [{ line: 5 }, { line: 6 }, { line: 7 }],
    },
    {
      name: 'MongoDB filter, compare_digest and a model’s own check',
      code: `
        import hmac

        def login(db, data):
            user = db.users.find_one({"username": data["username"], "password": data["password"]})
            if user and hmac.compare_digest(user["password"], data.get("password")):
                return user

        class Account(db.Model):
            def matches(self, password):
                return self.password == password
      `,
      errors: [{ line: 4, message: /"password"/ }, { line: 5 }, { line: 10 }],
    },
    {
      name: 'a password keyword on a query split over lines, and a stored password on the right',
      code: `
        def login(session, form):
            user = session.query(User).filter_by(
                password=form.password.data,
            ).first()
            if form.password.data == user.password:
                return user
      `,
      errors: [
        { line: 2, message: /password=/ },
        { line: 5, message: /compared/ },
      ],
    },
    {
      name: 'SQL wrapped in parentheses, built with + and run by Django raw()',
      code: `
        def sql_lab(request):
            name = request.POST.get("name")
            password = request.POST.get("pass")
            sql_query = (
                "SELECT * FROM introduction_login WHERE user='"
                + name
                + "'AND password='"
                + password
                + "'"
            )
            return Login.objects.raw(sql_query)
      `,
      errors: [{ line: 11 }],
    },
    {
      name: 'the typed password written as it is: a Django row, SQL INSERT and UPDATE',
      code: `
        def sign_up(request, conn):
            name = request.POST.get("name")
            passwd = request.POST.get("pass")
            AuthLogin.objects.create(name=name, username=name, password=passwd)
            c = conn.cursor()
            c.execute("INSERT INTO users (username, password) VALUES ('%s', '%s')" % (name, passwd))

        def change_password(username, password, conn):
            conn.execute("UPDATE users SET password = ? WHERE username = ?", (password, username))

        def register(request):
            password1 = request.POST.get("password1")
            Login.objects.create(username=request.POST.get("username"), password=password1)

        def legacy_login(form):
            return Member.query.filter_by(name=form.name.data, password1=form.password1.data).first()
      `,
      errors: [
        { line: 4, message: /written with password=<the typed password>/ },
        { line: 6, message: /writes the password column/ },
        { line: 9, message: /writes the password column/ },
        { line: 13, message: /written with password=/ },
        { line: 16, message: /password1=/ },
      ],
    },
    {
      name: 'the typed password kept under a short name, compared with the stored one',
      code: `
        from flask import request

        USERS = {"admin": {"password": "hunter2", "role": "admin"}}

        def login():
            username = request.form["username"]
            pw = request.form["password"]
            if username in USERS and USERS[username]["password"] == pw:
                return "ok"
            return "denied", 401
      `,
      errors: [{ line: 8, message: /compared with the typed one/ }],
    },
  ],
});
