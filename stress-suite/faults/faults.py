"""The stress and fault suites of Turgus, run by stress-suite/faults/run (see its header).

  load      64 clients, >= 10,000 mixed money operations; then the bank invariant, from the admin
            API and from the database itself
  outage    PostgreSQL stopped for 10 s under load: fast 503s with the error body, /health DOWN,
            service back by itself
  diskfull  the data folder of an H2 shop full: clear 507s, nothing half written, back when space
            returns

Prints the figures and exits 1 on any violation.
"""

import argparse
import os
import subprocess
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from load import expected_figures, run_load  # noqa: E402
from shop import (ADMIN_EMAIL, ADMIN_PASSWORD, CUSTOMER_PASSWORD, Failure, Http, Shop, error_shape_ok,  # noqa: E402
                  create_products, ledger_violations, log, login, money, read_h2, read_postgresql,
                  register_customers, totals_by_type)


def free_port():
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Verdict:
    def __init__(self):
        self.violations = []
        self.figures = []

    def figure(self, text):
        self.figures.append(text)
        log("  " + text)

    def check(self, name, ok, detail=""):
        mark = "ok  " if ok else "FAIL"
        log(f"  [{mark}] {name}{': ' + detail if detail else ''}")
        if not ok:
            self.violations.append(f"{name}: {detail}")


def prepare(shop, prefix, customers, products, stock):
    admin_token = login(shop.http, ADMIN_EMAIL, ADMIN_PASSWORD)
    product_stock = create_products(shop.http, admin_token, products, stock)
    log(f"  opening {customers} customer accounts (register, mailed code, confirm)")
    accounts = register_customers(shop, prefix, customers)
    tokens = [login(shop.http, email, CUSTOMER_PASSWORD) for _, email in accounts]
    return {"token": admin_token}, product_stock, accounts, tokens


def admin_balances(http, admin_token):
    """Every customer's balance as GET /api/admin/users shows it."""
    balances, page = {}, 0
    while True:
        answer = http.call("GET", f"/api/admin/users?role=CUSTOMER&size=100&page={page}", token=admin_token)
        if answer.status != 200:
            raise Failure(f"listing users failed: {answer}")
        for user in answer.body["items"]:
            balances[user["id"]] = money(user["balance"])
        page += 1
        if page >= answer.body["totalPages"]:
            return balances


def admin_stock(http, admin_token):
    """Every product's stock as GET /api/admin/products shows it."""
    stock, page = {}, 0
    while True:
        answer = http.call("GET", f"/api/admin/products?status=all&size=100&page={page}", token=admin_token)
        if answer.status != 200:
            raise Failure(f"listing products failed: {answer}")
        for product in answer.body["items"]:
            stock[product["id"]] = product["stock"]
        page += 1
        if page >= answer.body["totalPages"]:
            return stock


# --- 1. the mixed load ----------------------------------------------------------------------

def run_load_suite(args, db, verdict):
    log(f"\n== Load on {db}: {args.clients} clients, {args.operations} operations ==")
    work = os.path.join(args.work, f"load-{db}")
    os.makedirs(work, exist_ok=True)
    data_dir = os.path.join(work, "data")
    jdbc = None
    if db == "postgresql":
        jdbc = create_database(args, "load")
    shop = Shop(args.jar, work, f"load-{db}", free_port(), data_dir, jdbc_url=jdbc)
    try:
        shop.start()
        admin, stock, accounts, tokens = prepare(shop, f"load{db[:2]}", args.customers, args.products, args.stock)
        limit = args.limit
        record, seconds = run_load(shop.http, accounts, tokens, admin, list(stock), args.operations, args.clients,
                                   args.seed, limit)
        expected = expected_figures(record, stock)
        api_balances = admin_balances(shop.http, login(shop.http, ADMIN_EMAIL, ADMIN_PASSWORD))
        products_now = admin_stock(shop.http, login(shop.http, ADMIN_EMAIL, ADMIN_PASSWORD))
    finally:
        shop.stop()
    figures = read_h2(args.jar, data_dir, work) if db == "h2" else read_postgresql(args.pg_port, "load")
    report_load(db, record, seconds, expected, api_balances, products_now, figures, accounts, verdict)


def report_load(db, record, seconds, expected, api_balances, products_now, figures, accounts, verdict):
    log(f"  {record.requests} requests in {seconds:.1f} s ({record.requests / max(seconds, 0.001):.0f}/s), "
        f"slowest {record.max_seconds * 1000:.0f} ms, {record.shed} sign-ins shed with 503 SERVER_BUSY and retried")
    log("  answers: " + ", ".join(f"{key} ×{count}" for key, count in sorted(record.statuses.items())))
    totals, counts = totals_by_type(figures)
    balances = {int(user): money(balance) for user, balance, _, _ in figures["wallets"]}
    customer_ids = {user_id for user_id, _ in accounts}
    sum_balances = sum((balances.get(user, money(0)) for user in customer_ids), money(0))
    verdict.figure(f"[{db}] acknowledged: top-ups {len(record.topup_keys)} keys = {expected['top_ups']}, "
                   f"orders {len(record.orders)} = {expected['purchases']}, refunds {len(record.refunded)} = "
                   f"{expected['refunds']}, adjustments {len(record.adjustments)} = {expected['adjustments']}, "
                   f"restocks {sum(record.restocks.values())} units")
    verdict.figure(f"[{db}] ledger: TOP_UP {counts['TOP_UP']} = {totals['TOP_UP']}, PURCHASE {counts['PURCHASE']} = "
                   f"{totals['PURCHASE']}, REFUND {counts['REFUND']} = {totals['REFUND']}, ADJUSTMENT "
                   f"{counts['ADJUSTMENT']} = {totals['ADJUSTMENT']}")
    verdict.figure(f"[{db}] Σ balances {sum_balances} = Σ top-ups {expected['top_ups']} − Σ purchases "
                   f"{expected['purchases']} + Σ refunds {expected['refunds']} ± adjustments {expected['adjustments']} "
                   f"= {expected['balances']}")
    verdict.check(f"[{db}] at least 10,000 operations", record.requests >= 10000 or record.requests >= ARGS.operations,
                  f"{record.requests}")
    verdict.check(f"[{db}] every request answered", record.unanswered == 0, f"{record.unanswered} without answer")
    verdict.check(f"[{db}] no 5xx", not record.server_errors, "; ".join(record.server_errors[:5]))
    verdict.check(f"[{db}] every answer as expected", not record.violations, "; ".join(record.violations[:5]))
    problems = ledger_violations(figures)
    verdict.check(f"[{db}] every balance equals its ledger; orders paid once, refunded once",
                  not problems, "; ".join(problems[:5]) + (f" (+{len(problems) - 5})" if len(problems) > 5 else ""))
    verdict.check(f"[{db}] Σ balances = Σ top-ups − Σ purchases + Σ refunds ± adjustments",
                  sum_balances == expected["balances"]
                  and sum(balances.values(), money(0)) == totals["TOP_UP"] + totals["PURCHASE"] + totals["REFUND"]
                  + totals["ADJUSTMENT"], f"{sum_balances} vs {expected['balances']}")
    verdict.check(f"[{db}] the ledger holds exactly the acknowledged movements",
                  totals["TOP_UP"] == expected["top_ups"] and counts["TOP_UP"] == len(record.topup_keys)
                  and -totals["PURCHASE"] == expected["purchases"] and counts["PURCHASE"] == len(record.orders)
                  and totals["REFUND"] == expected["refunds"] and counts["REFUND"] == len(record.refunded)
                  and totals["ADJUSTMENT"] == expected["adjustments"] and counts["ADJUSTMENT"] == len(record.adjustments),
                  f"top-ups {counts['TOP_UP']}/{len(record.topup_keys)}, purchases {counts['PURCHASE']}/"
                  f"{len(record.orders)}, refunds {counts['REFUND']}/{len(record.refunded)}, adjustments "
                  f"{counts['ADJUSTMENT']}/{len(record.adjustments)}")
    per_user_topups = {}
    for user, kind, count, amount in figures["movements"]:
        if kind == "TOP_UP":
            per_user_topups[int(user)] = int(count)
    keys_per_user = {}
    for (user, _key) in record.topup_keys:
        keys_per_user[user] = keys_per_user.get(user, 0) + 1
    verdict.check(f"[{db}] no idempotency key with two effects (one TOP_UP per acknowledged key, per customer)",
                  per_user_topups == keys_per_user, "")
    verdict.check(f"[{db}] the admin API shows the database's balances",
                  all(api_balances.get(user) == balances.get(user, money(0)) for user in customer_ids), "")
    db_stock = {int(product): int(units) for product, units in figures["stock"]}
    sold = {}
    for product, status, units in figures["sold"]:
        entry = sold.setdefault(int(product), [0, 0])
        entry[0] += int(units)
        if status == "REFUNDED":
            entry[1] += int(units)
    wrong = []
    for product, parts in expected["stock"].items():
        db_sold, db_back = sold.get(product, [0, 0])
        if (db_stock.get(product) != parts["expected"] or products_now.get(product) != parts["expected"]
                or db_sold != parts["sold"] or db_back != parts["refunded"]):
            wrong.append(f"product {product}: {parts} but the database has stock {db_stock.get(product)}, sold "
                         f"{db_sold}, refunded {db_back}, the API shows {products_now.get(product)}")
    total = {key: sum(parts[key] for parts in expected["stock"].values())
             for key in ("initial", "restocked", "sold", "refunded", "expected")}
    verdict.figure(f"[{db}] stock: initial {total['initial']} + restocked {total['restocked']} − sold {total['sold']}"
                   f" + back from refunds {total['refunded']} = {total['expected']}; "
                   f"database {sum(db_stock.get(p, 0) for p in expected['stock'])}, "
                   f"lowest {min(db_stock.get(p, 0) for p in expected['stock'])}")
    verdict.check(f"[{db}] stock never negative and exactly explained", not wrong, "; ".join(wrong[:3]))


# --- PostgreSQL ------------------------------------------------------------------------------

def pg_env(args):
    return dict(os.environ, PGUSER="postgres", PGHOST="127.0.0.1", PGPORT=str(args.pg_port))


def create_database(args, name):
    subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c", f"DROP DATABASE IF EXISTS {name}"],
                   env=pg_env(args), check=True, capture_output=True)
    subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c", f"CREATE DATABASE {name}"],
                   env=pg_env(args), check=True, capture_output=True)
    return f"jdbc:postgresql://127.0.0.1:{args.pg_port}/{name}"


def pg_ctl(args, action):
    """Stops (fast) or starts again the throwaway PostgreSQL of scripts/test-postgres, same port."""
    data = os.path.join(args.pg_dir, "data")
    command = [os.path.join(args.pg_bin, "pg_ctl"), "-D", data, "-w", "-t", "60"]
    if action == "stop":
        command += ["-m", "fast", "stop"]
    else:
        command += ["-l", os.path.join(args.pg_dir, "server.log"), "-o",
                    f"-c listen_addresses=127.0.0.1 -p {args.pg_port} -k {args.pg_dir} -c fsync=off "
                    "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "start"]
    if os.getuid() == 0:
        command = ["runuser", "-u", "postgres", "--"] + command
    subprocess.run(command, check=True, capture_output=True)


# --- 2. the database outage -------------------------------------------------------------------

def run_outage_suite(args, verdict):
    log("\n== PostgreSQL stopped for 10 s under load ==")
    work = os.path.join(args.work, "outage")
    os.makedirs(work, exist_ok=True)
    jdbc = create_database(args, "outage")
    shop = Shop(args.jar, work, "outage", free_port(), os.path.join(work, "data"), jdbc_url=jdbc)
    samples = []  # (started, finished, label, answer)
    lock = threading.Lock()
    stop = threading.Event()
    acknowledged = {}  # (user, key) -> amount
    try:
        shop.start()
        admin, stock, accounts, tokens = prepare(shop, "outage", 8, 4, 100000)
        products = list(stock)

        def worker(index):
            user_id, _ = accounts[index % len(accounts)]
            token = tokens[index % len(accounts)]
            number = 0
            while not stop.is_set():
                number += 1
                if number % 3 == 0:
                    key = uuid.uuid4().hex
                    label, method, path, body, headers = "top-up", "POST", "/api/me/balance/top-ups", {"amount": 5}, \
                        {"Idempotency-Key": key}
                elif number % 3 == 1:
                    label, method, path, body, headers = "cart-add", "POST", "/api/cart/items", \
                        {"productId": products[number % len(products)], "quantity": 1}, None
                else:
                    label, method, path, body, headers = "balance", "GET", "/api/me/balance", None, None
                started = time.monotonic()
                answer = shop.http.call(method, path, body, token=token, headers=headers, timeout=30)
                with lock:
                    samples.append((started, time.monotonic(), label, answer))
                    if label == "top-up" and answer.status == 201:
                        acknowledged[(user_id, headers["Idempotency-Key"])] = money(5)
                time.sleep(0.05)

        def health_probe():
            while not stop.is_set():
                started = time.monotonic()
                answer = shop.http.call("GET", "/health", timeout=30)
                with lock:
                    samples.append((started, time.monotonic(), "health", answer))
                time.sleep(0.5)

        threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(args.outage_clients)]
        threads.append(threading.Thread(target=health_probe, daemon=True))
        for thread in threads:
            thread.start()
        time.sleep(5)
        down_at = time.monotonic()
        pg_ctl(args, "stop")
        stopped_at = time.monotonic()
        log(f"  PostgreSQL stopped ({(stopped_at - down_at) * 1000:.0f} ms)")
        time.sleep(10)
        back_at = time.monotonic()
        pg_ctl(args, "start")
        up_at = time.monotonic()
        log(f"  PostgreSQL started again ({(up_at - back_at) * 1000:.0f} ms)")
        time.sleep(15)
        stop.set()
        for thread in threads:
            thread.join(timeout=40)
        first_ok_after = None
        for started, finished, label, answer in sorted(samples, key=lambda s: s[1]):
            if label != "health" and finished > up_at and answer.status is not None and 200 <= answer.status < 300:
                first_ok_after = finished - up_at
                break
        health_after = shop.http.call("GET", "/health", timeout=10)
    finally:
        shop.stop()
    # Every request sent while PostgreSQL was down; those answered before it was back must be 503s.
    during = [s for s in samples if stopped_at <= s[0] < back_at]
    answered_down = [s for s in during if s[1] <= back_at]
    api = [s for s in answered_down if s[2] != "health"]
    health = [s for s in answered_down if s[2] == "health"]
    statuses = {}
    for _, _, label, answer in during:
        key = f"{label} {answer.status}"
        statuses[key] = statuses.get(key, 0) + 1
    slowest = max((finished - started for started, finished, _, _ in during), default=0)
    verdict.figure(f"[outage] {len(during)} requests sent while PostgreSQL was down, {len(answered_down)} answered "
                   f"before it was back: "
                   + ", ".join(f"{k} ×{v}" for k, v in sorted(statuses.items())))
    verdict.figure(f"[outage] slowest answer while down {slowest * 1000:.0f} ms (bound {args.outage_bound_s:.0f} s); "
                   f"first 2xx {first_ok_after if first_ok_after is None else f'{first_ok_after:.1f} s'} after "
                   f"PostgreSQL was back")
    bad = [a for _, _, _, a in api if a.status != 503 or not error_shape_ok(a)]
    verdict.check("[outage] requests made while PostgreSQL is down answer 503 with the error body",
                  api and not bad, "; ".join(repr(a) for a in bad[:3]) or f"{len(api)} requests")
    verdict.check("[outage] no request waits past the bound", slowest <= args.outage_bound_s, f"{slowest:.2f} s")
    unhealthy = [a for _, _, _, a in health if a.status != 503 or (a.body or {}).get("status") != "DOWN"]
    verdict.check("[outage] /health says DOWN (503)", health and not unhealthy,
                  "; ".join(repr(a) for a in unhealthy[:3]) or f"{len(health)} probes")
    verdict.check("[outage] service resumes by itself within 10 s",
                  first_ok_after is not None and first_ok_after <= 10, f"{first_ok_after}")
    verdict.check("[outage] /health UP again", health_after.status == 200, repr(health_after))
    figures = read_postgresql(args.pg_port, "outage")
    problems = ledger_violations(figures)
    verdict.check("[outage] every balance still equals its ledger", not problems, "; ".join(problems[:5]))
    totals, counts = totals_by_type(figures)
    verdict.check("[outage] every acknowledged top-up is in the ledger, nothing else",
                  totals["TOP_UP"] == sum(acknowledged.values(), money(0)) and counts["TOP_UP"] == len(acknowledged),
                  f"ledger {counts['TOP_UP']} = {totals['TOP_UP']}, acknowledged {len(acknowledged)}")


# --- 3. the full disk -------------------------------------------------------------------------

def run_diskfull_suite(args, verdict):
    log("\n== The data folder full (H2 on a small tmpfs) ==")
    work = os.path.join(args.work, "diskfull")
    os.makedirs(work, exist_ok=True)
    data_dir = args.small_dir
    shop = Shop(args.jar, work, "diskfull", free_port(), data_dir)
    filler = os.path.join(data_dir, "filler")
    try:
        shop.start()
        admin, stock, accounts, tokens = prepare(shop, "disk", 2, 2, 1000)
        http = shop.http
        user_id, _ = accounts[0]
        token = tokens[0]
        first = http.call("POST", "/api/me/balance/top-ups", {"amount": 20}, token=token,
                          headers={"Idempotency-Key": "before-full"})
        verdict.check("[disk] a top-up before the disk fills", first.status == 201, repr(first))
        picture = make_png(300_000)
        pictures_dir = os.path.join(data_dir, "pictures")
        before_files = list_files(pictures_dir)
        fill(filler)
        log(f"  the data folder is full: {free_bytes(data_dir)} bytes free")
        upload = upload_picture(http, token, picture)
        verdict.figure(f"[disk] profile picture while full: {upload}")
        verdict.check("[disk] a picture upload on a full disk answers 507 with the error body",
                      upload.status == 507 and error_shape_ok(upload), repr(upload))
        verdict.check("[disk] no picture file half written", list_files(pictures_dir) == before_files,
                      f"{sorted(set(list_files(pictures_dir)) - set(before_files))}")
        writes = []
        for n in range(5):
            writes.append(http.call("POST", "/api/me/balance/top-ups", {"amount": 1 + n}, token=token,
                                    headers={"Idempotency-Key": f"while-full-{n}"}))
        verdict.figure("[disk] top-ups while full: " + ", ".join(str(a.status) for a in writes))
        refused = [a for a in writes if a.status != 201]
        # The first write that meets the full disk is a 507; H2 then closes its file, and until a
        # new connection has reopened it the database is unavailable (503).
        verdict.check("[disk] database writes on a full disk are refused with 507 (or 503 while H2 reopens) and the "
                      "error body",
                      all(a.status in (503, 507) and error_shape_ok(a) for a in writes)
                      and any(a.status == 507 for a in writes),
                      "; ".join(repr(a) for a in refused[:2]))
        os.remove(filler)
        log(f"  space returned: {free_bytes(data_dir)} bytes free")
        deadline = time.monotonic() + 10
        again = None
        while time.monotonic() < deadline:
            again = http.call("POST", "/api/me/balance/top-ups", {"amount": 7}, token=token,
                              headers={"Idempotency-Key": f"after-full-{time.monotonic()}"})
            if again.status == 201:
                break
            time.sleep(0.5)
        verdict.check("[disk] the next top-up succeeds without a restart", again.status == 201, repr(again))
        upload = upload_picture(http, token, picture)
        verdict.check("[disk] the next picture upload succeeds", upload.status == 200, repr(upload))
        balance = http.call("GET", "/api/me/balance", token=token)
        verdict.figure(f"[disk] balance after: {balance}")
    finally:
        shop.stop()
        if os.path.exists(filler):
            os.remove(filler)
    figures = read_h2(args.jar, data_dir, work)
    problems = ledger_violations(figures)
    verdict.check("[disk] every balance equals its ledger after the full disk", not problems, "; ".join(problems[:5]))
    acknowledged = 20 + 7 + sum(1 + n for n, a in enumerate(writes) if a.status == 201)
    totals, _ = totals_by_type(figures)
    verdict.check("[disk] the ledger holds exactly the acknowledged top-ups",
                  totals["TOP_UP"] == money(acknowledged), f"{totals['TOP_UP']} vs {acknowledged}")


def make_png(size):
    """A valid PNG of about `size` bytes (incompressible noise in an ancillary chunk)."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"teXt", b"noise\x00" + os.urandom(size).hex()[:size].encode())
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def upload_picture(http, token, data):
    boundary = "faults" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"me.png\"\r\n"
            f"Content-Type: image/png\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return http.call("PUT", "/api/me/picture", raw=body, content_type=f"multipart/form-data; boundary={boundary}",
                     token=token)


def list_files(folder):
    found = []
    for root, _, files in os.walk(folder):
        found.extend(os.path.join(root, name) for name in files)
    return sorted(found)


def free_bytes(folder):
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize


def fill(path):
    """Writes zeros to path until the file system has no block left."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for size in (1 << 20, 4096, 512):
            block = b"\0" * size
            try:
                while True:
                    os.write(descriptor, block)
            except OSError:
                pass
    finally:
        os.close(descriptor)


# --- main -------------------------------------------------------------------------------------

ARGS = None


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--dbs", default="h2,postgresql")
    parser.add_argument("--parts", default="load,outage,diskfull")
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--customers", type=int, default=64)
    parser.add_argument("--operations", type=int, default=10000)
    parser.add_argument("--products", type=int, default=12)
    parser.add_argument("--stock", type=int, default=60)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=float, default=900, help="seconds the load may take at most")
    parser.add_argument("--pg-port", type=int)
    parser.add_argument("--pg-dir")
    parser.add_argument("--pg-bin")
    parser.add_argument("--small-dir", help="a small mounted folder for the full-disk suite")
    parser.add_argument("--outage-clients", type=int, default=16)
    parser.add_argument("--outage-bound-s", type=float, default=5.0)
    args = parser.parse_args()
    ARGS = args
    dbs = [db for db in args.dbs.split(",") if db]
    parts = [part for part in args.parts.split(",") if part]
    verdict = Verdict()
    try:
        if "load" in parts:
            for db in dbs:
                run_load_suite(args, db, verdict)
        if "outage" in parts and "postgresql" in dbs:
            run_outage_suite(args, verdict)
        if "diskfull" in parts and "h2" in dbs:
            if args.small_dir:
                run_diskfull_suite(args, verdict)
            else:
                verdict.check("[disk] a small folder could be mounted (needs root)", False, "not run")
    except Failure as failure:
        verdict.violations.append(str(failure))
        log(f"FAILED: {failure}")
    log("\n== Figures ==")
    for text in verdict.figures:
        log("  " + text)
    if verdict.violations:
        log(f"\n{len(verdict.violations)} violation(s):")
        for text in verdict.violations:
            log("  - " + text)
        return 1
    log("\nNo violation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
