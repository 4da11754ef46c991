"""What the fault suites share: an HTTP client on the standard library, a shop process started and
stopped on loopback, the accounts and products a run needs, and the figures read back from the
database itself (PostgreSQL through psql, the embedded H2 file through the H2 tools in the jar once
the shop has stopped).
"""

import csv
import email
import email.policy
import glob
import json
import os
import re
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from decimal import Decimal

ADMIN_EMAIL = "admin@faults.test"
ADMIN_PASSWORD = "Faults-Admin-Passw0rd!"
CUSTOMER_PASSWORD = "Faults-Buyer-Passw0rd!"
JWT_SECRET = "faults-suite-signing-secret-of-at-least-32-bytes"


class Failure(Exception):
    """The run cannot go on (the shop did not start, the set-up was refused)."""


def log(message):
    print(message, flush=True)


def money(value):
    return Decimal(str(value)).quantize(Decimal("0.01"))


class Answer:
    __slots__ = ("status", "body", "text", "seconds", "headers")

    def __init__(self, status, body, text, seconds, headers):
        self.status, self.body, self.text, self.seconds, self.headers = status, body, text, seconds, headers

    def __repr__(self):
        return f"{self.status} {self.text[:300]!r}"


class Http:
    """One call per request, no connection reuse: each worker thread calls independently."""

    def __init__(self, base, timeout=60):
        self.base = base
        self.timeout = timeout

    def call(self, method, path, body=None, token=None, headers=None, timeout=None, raw=None,
             content_type=None):
        data = None
        all_headers = {"Accept": "application/json"}
        if raw is not None:
            data = raw
            all_headers["Content-Type"] = content_type
        elif body is not None:
            data = json.dumps(body).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        if token:
            all_headers["Authorization"] = "Bearer " + token
        all_headers.update(headers or {})
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=all_headers)
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                status, payload, response_headers = response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            status, payload, response_headers = error.code, error.read(), error.headers
        except (urllib.error.URLError, OSError) as error:  # refused, reset, timed out
            return Answer(None, None, f"no answer: {error}", time.monotonic() - started, {})
        seconds = time.monotonic() - started
        text = payload.decode("utf-8", "replace")
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = None
        return Answer(status, parsed, text, seconds, response_headers)


def error_shape_ok(answer):
    """API.md's error body: {"code": <status>, "message": "<plain words>"} and nothing of the inside."""
    body = answer.body
    if not isinstance(body, dict) or body.get("code") != answer.status:
        return False
    message = body.get("message")
    if not isinstance(message, str) or not message:
        return False
    leaks = ("Exception", "SQL", "jdbc", "org.", "java.", "at turgus", "Hikari")
    return not any(leak in answer.text for leak in leaks)


class Shop:
    """A Turgus jar on a loopback port with its own data folder; stopped by stop() (SIGTERM, then
    SIGKILL after a grace period)."""

    def __init__(self, jar, work, name, port, data_dir, jdbc_url=None, extra_env=None):
        self.jar, self.work, self.name, self.port = jar, work, name, port
        self.data_dir = data_dir
        self.jdbc_url = jdbc_url
        self.extra_env = extra_env or {}
        self.process = None
        self.log_path = os.path.join(work, f"shop-{name}.log")
        self.http = Http(f"http://127.0.0.1:{port}")

    def start(self):
        env = dict(os.environ)
        env.update({
            "MICRONAUT_SERVER_PORT": str(self.port),
            "MICRONAUT_SERVER_HOST": "127.0.0.1",
            "SHOP_DATA_DIR": self.data_dir,
            "SHOP_DEMO_DATA": "false",
            "SHOP_ADMIN_EMAIL": ADMIN_EMAIL,
            "SHOP_ADMIN_PASSWORD": ADMIN_PASSWORD,
            "SHOP_JWT_SECRET": JWT_SECRET,
            "SHOP_AUTH_RATE_LIMIT": "100000000",
            "SHOP_MAIL_DISPATCH_INTERVAL": "1s",
        })
        if self.jdbc_url:
            env.update({"DATASOURCES_DEFAULT_URL": self.jdbc_url, "DATASOURCES_DEFAULT_USERNAME": "postgres",
                        "DATASOURCES_DEFAULT_PASSWORD": ""})
        env.update(self.extra_env)
        java_opts = os.environ.get("FAULTS_JAVA_OPTS", "-Xmx512m").split()
        with open(self.log_path, "ab") as out:
            self.process = subprocess.Popen(["java", *java_opts, "-jar", self.jar], env=env, cwd=self.work,
                                            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        with open(os.path.join(self.work, f"shop-{self.name}.pid"), "w") as pid_file:
            pid_file.write(str(self.process.pid))
        self.wait_healthy()

    def wait_healthy(self, limit_s=180):
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(f"the shop {self.name} exited with {self.process.returncode}:\n{self.tail()}")
            if self.http.call("GET", "/health", timeout=2).status == 200:
                return
            time.sleep(0.3)
        raise Failure(f"the shop {self.name} did not answer /health within {limit_s} s:\n{self.tail()}")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def tail(self, lines=40):
        try:
            with open(self.log_path, "r", errors="replace") as handle:
                return "".join(handle.readlines()[-lines:])
        except OSError:
            return "(no log)"


def is_shed(answer):
    """A password check refused because the shop's bcrypt pool is at its cap (issue 11's load shedding):
    an expected answer under load, not a failure."""
    return answer.status == 503 and isinstance(answer.body, dict) and answer.body.get("reason") == "SERVER_BUSY"


def retry_after_seconds(answer, cap=5.0):
    try:
        return min(cap, max(0.1, float(answer.headers.get("Retry-After", "1"))))
    except (TypeError, ValueError):
        return 1.0


def call_unless_shed(http, method, path, body=None, tries=10, **options):
    """A call to a route that checks or sets a password, sent again after its Retry-After while the
    shop sheds it (503 SERVER_BUSY), as a client should; the last answer."""
    for _ in range(tries):
        answer = http.call(method, path, body, **options)
        if not is_shed(answer):
            return answer
        time.sleep(retry_after_seconds(answer))
    return answer


def login(http, username, password):
    answer = call_unless_shed(http, "POST", "/api/auth/login", {"username": username, "password": password})
    if answer.status != 200:
        raise Failure(f"login of {username} refused: {answer}")
    return answer.body["access_token"]


def create_products(http, admin_token, count, stock, seed_price=3):
    products = {}
    for index in range(count):
        price = money(seed_price + (index % 7) * 1.25)
        answer = http.call("POST", "/api/admin/products", {
            "name": f"Fault test tea {index + 1}", "description": "Loose leaf tea for the fault suite",
            "price": float(price), "stock": stock}, token=admin_token)
        if answer.status != 201:
            raise Failure(f"creating a product was refused: {answer}")
        products[answer.body["id"]] = stock
    return products


def _confirmation_codes(outbox):
    """The confirmation codes in the outbox, by recipient."""
    codes = {}
    for path in glob.glob(os.path.join(outbox, "*.eml")):
        with open(path, "rb") as handle:
            message = email.message_from_binary_file(handle, policy=email.policy.default)
        part = message.get_body(preferencelist=("plain",))
        text = part.get_content() if part is not None else ""
        found = re.search(r"confirmation code is (\S+?)\.", text)
        if found:
            codes[str(message["To"]).strip().lower()] = found.group(1)
    return codes


def register_customers(shop, prefix, count, workers=4):
    """Opens count customer accounts the way a person does: register, read the code from the mail
    (the outbox folder of a shop without SMTP), confirm. Returns [(id, email)]."""
    http = shop.http
    emails = [f"{prefix}{i + 1}@faults.test" for i in range(count)]
    phone_base = sum(map(ord, prefix)) % 100

    def register(index):
        body = {"fullName": f"Fault Buyer {index + 1}", "email": emails[index],
                "phone": f"+79{phone_base:02d}{index + 1:07d}", "password": CUSTOMER_PASSWORD,
                "passwordConfirmation": CUSTOMER_PASSWORD}
        answer = call_unless_shed(http, "POST", "/api/auth/register", body)
        if answer.status != 202:
            raise Failure(f"registration of {emails[index]} refused: {answer}")

    _in_parallel(register, range(count), workers)
    outbox = os.path.join(shop.data_dir, "outbox")
    deadline = time.monotonic() + 60
    while True:
        codes = _confirmation_codes(outbox)
        if all(address in codes for address in emails):
            break
        if time.monotonic() > deadline:
            raise Failure(f"only {len(codes)} of {count} confirmation mails arrived in {outbox}")
        time.sleep(0.5)
    ids = [None] * count

    def confirm(index):
        answer = call_unless_shed(http, "POST", "/api/auth/register/confirm",
                                  {"email": emails[index], "code": codes[emails[index]]})
        if answer.status != 201:
            raise Failure(f"confirming {emails[index]} refused: {answer}")
        ids[index] = answer.body["id"]

    _in_parallel(confirm, range(count), workers)
    return list(zip(ids, emails))


def _in_parallel(work, items, workers):
    items = list(items)
    failures = []
    lock = threading.Lock()

    def run(chunk):
        for item in chunk:
            try:
                work(item)
            except Exception as error:  # noqa: BLE001 - reported below
                with lock:
                    failures.append(error)
                return

    threads = [threading.Thread(target=run, args=(items[n::workers],)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


# --- the database's own figures ----------------------------------------------------------------

FIGURE_QUERIES = {
    # Every wallet against its ledger: the sum of the movements and the last balance_after.
    "wallets": """
        SELECT w.user_id, w.balance,
               (SELECT COALESCE(SUM(m.amount), 0) FROM balance_movements m WHERE m.user_id = w.user_id),
               (SELECT m.balance_after FROM balance_movements m WHERE m.user_id = w.user_id
                 ORDER BY m.id DESC LIMIT 1)
        FROM wallets w ORDER BY w.user_id""",
    # Movements of users without a wallet (there must be none).
    "orphans": """
        SELECT COUNT(*) FROM balance_movements m
        WHERE NOT EXISTS (SELECT 1 FROM wallets w WHERE w.user_id = m.user_id)""",
    "movements": """
        SELECT user_id, movement_type, COUNT(*), SUM(amount) FROM balance_movements
        GROUP BY user_id, movement_type ORDER BY user_id, movement_type""",
    "orders": """
        SELECT o.id, o.user_id, o.status, o.total FROM orders o ORDER BY o.id""",
    "order_movements": """
        SELECT order_id, movement_type, COUNT(*), SUM(amount) FROM balance_movements
        WHERE order_id IS NOT NULL GROUP BY order_id, movement_type ORDER BY order_id""",
    "sold": """
        SELECT l.product_id, o.status, SUM(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id
        GROUP BY l.product_id, o.status ORDER BY l.product_id""",
    "stock": "SELECT id, stock FROM products ORDER BY id",
    "keys": """
        SELECT user_id, operation, COUNT(*), COUNT(DISTINCT result_id) FROM idempotency_keys
        GROUP BY user_id, operation ORDER BY user_id""",
}


def read_postgresql(pg_port, database):
    figures = {}
    env = dict(os.environ, PGUSER="postgres", PGHOST="127.0.0.1", PGPORT=str(pg_port))
    for name, sql in FIGURE_QUERIES.items():
        result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-d", database, "-c", " ".join(sql.split())],
                                env=env, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise Failure(f"psql failed: {result.stderr}")
        figures[name] = [line.split("\t") for line in result.stdout.splitlines() if line]
    return figures


def read_h2(jar, data_dir, work):
    """Reads the H2 file of a stopped shop with the H2 tools inside the jar: one script writes each
    query's rows to a CSV file."""
    out = os.path.join(work, "h2-figures")
    os.makedirs(out, exist_ok=True)
    script = os.path.join(out, "figures.sql")
    with open(script, "w") as handle:
        for name, sql in FIGURE_QUERIES.items():
            quoted = " ".join(sql.split()).replace("'", "''")
            handle.write(f"CALL CSVWRITE('{out}/{name}.csv', '{quoted}', 'writeColumnHeader=false');\n")
    url = (f"jdbc:h2:file:{data_dir}/db/turgus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
           "DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE")
    result = subprocess.run(["java", "-cp", jar, "org.h2.tools.RunScript", "-url", url, "-user", "sa",
                             "-password", "", "-script", script], capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise Failure(f"reading the H2 file failed: {result.stdout}{result.stderr}")
    figures = {}
    for name in FIGURE_QUERIES:
        with open(os.path.join(out, f"{name}.csv"), newline="") as handle:
            figures[name] = [["" if value is None else value for value in row] for row in csv.reader(handle)]
    return figures


def ledger_violations(figures):
    """Checks that need nothing but the database: every balance equals its ledger, no movement
    without a wallet, every order paid once and refunded at most once, stock never negative."""
    problems = []
    for user_id, balance, ledger, last_after in figures["wallets"]:
        if money(balance) != money(ledger or 0):
            problems.append(f"user {user_id}: balance {balance} but the ledger sums to {ledger}")
        if last_after not in ("", None) and money(last_after) != money(balance):
            problems.append(f"user {user_id}: balance {balance} but the last movement left {last_after}")
        if money(balance) < 0:
            problems.append(f"user {user_id}: negative balance {balance}")
    if int(figures["orphans"][0][0]) != 0:
        problems.append(f"{figures['orphans'][0][0]} ledger movements belong to no wallet")
    per_order = {}
    for order_id, kind, count, amount in figures["order_movements"]:
        per_order.setdefault(int(order_id), {})[kind] = (int(count), money(amount))
    for order_id, user_id, status, total in figures["orders"]:
        moves = per_order.get(int(order_id), {})
        purchase = moves.get("PURCHASE")
        if purchase != (1, -money(total)):
            problems.append(f"order {order_id} ({total}): purchase movements {purchase}")
        refund = moves.get("REFUND")
        if status == "REFUNDED" and refund != (1, money(total)):
            problems.append(f"refunded order {order_id} ({total}): refund movements {refund}")
        if status == "PAID" and refund is not None:
            problems.append(f"paid order {order_id}: refund movements {refund}")
    for product_id, stock in figures["stock"]:
        if int(stock) < 0:
            problems.append(f"product {product_id}: negative stock {stock}")
    for user_id, operation, count, distinct in figures["keys"]:
        if count != distinct:
            problems.append(f"user {user_id}: {operation} keys {count} point at only {distinct} results")
    return problems


def totals_by_type(figures):
    totals = {"TOP_UP": Decimal("0.00"), "PURCHASE": Decimal("0.00"), "REFUND": Decimal("0.00"),
              "ADJUSTMENT": Decimal("0.00")}
    counts = dict.fromkeys(totals, 0)
    for _user, kind, count, amount in figures["movements"]:
        totals[kind] += money(amount)
        counts[kind] += int(count)
    return totals, counts
