"""The benchmark suite's driver, started by ./bench (which builds the jar, installs wrk and starts
PostgreSQL): for each database and catalog size it starts a fresh shop, loads the data through a
backup restore, signs the customers in, warms up and drives every scenario with wrk, then writes
benchmark/results/latest.md and latest.json.
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import datagen  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LUA = os.path.join(HERE, "lua")
ADMIN_EMAIL = "admin@bench.test"
ADMIN_PASSWORD = "Bench-Admin-Passw0rd!"
PASSWORD = ADMIN_PASSWORD  # every generated account's password; the login accounts share the admin's hash
JWT_SECRET = "bench-jwt-secret-of-at-least-thirty-two-bytes"
LOGIN_STORM_CONNECTIONS = 8
# Answers by design under overload: more password checks wait than the shop takes on at once, so it
# sheds the excess with 503 SERVER_BUSY and Retry-After. Counted as "shed", apart from "bad", in the
# scenarios that sign in; the bcrypt bound's ratio counts successful logins only.
SHED_STATUS = 503
SHEDDING_SCENARIOS = {"login", "login_few", "storm_login"}

# (name, shown as, the statuses a healthy run answers)
SCENARIOS = [
    ("static", "limit: static /index.html", {200}),
    ("health", "limit: JSON /health", {200}),
    ("catalog", "catalog page 3 of 20, signed in", {200}),
    ("product", "product by id", {200}),
    ("search_word", f"search one word ({datagen.SEARCH_WORD})", {200}),
    ("search_two_words", f"search two words ({datagen.SEARCH_TWO_WORDS})", {200}),
    ("search_prefix", f"search prefix ({datagen.SEARCH_PREFIX})", {200}),
    ("search_typo", f"search typo ({datagen.SEARCH_TYPO})", {200}),
    ("add_to_cart", "add to cart", {200}),
    ("checkout", "checkout (two-line cart)", {201}),
    ("top_up", "top-up (Idempotency-Key each)", {201}),
    ("login", "login (bcrypt), 32 connections", {200}),
    ("login_few", f"login (bcrypt), {2 * (os.cpu_count() or 1)} connections (2 a core)", {200}),
    ("locked_login", "locked account's login (429 expected)", {429}),
    ("storm_alone", "catalog alone, as long as the storm", {200}),
    ("storm_catalog", "catalog beside a login storm", {200}),
    ("storm_login", "the login storm itself", {200}),
    ("admin_users", f"admin user search (q={datagen.ADMIN_USER_QUERY})", {200}),
    ("admin_stats", "admin dashboard (days=30)", {200}),
]


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- HTTP -----------------------------------------------------------------------------------

class Http:
    def __init__(self, base):
        self.base = base

    def call(self, method, path, body=None, token=None, headers=None, raw=None, timeout=600):
        data = None
        all_headers = dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode()
            all_headers["Content-Type"] = "application/json"
        if raw is not None:
            data = raw
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=all_headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as refused:
            return refused.code, refused.read()

    def json(self, method, path, expect, **kwargs):
        status, content = self.call(method, path, **kwargs)
        if status != expect:
            raise BenchFailure(f"{method} {path} answered {status}, not {expect}: {content[:500]!r}")
        return json.loads(content) if content else None

    def login(self, username, password=PASSWORD):
        return self.json("POST", "/api/auth/login", 200,
                         body={"username": username, "password": password})["access_token"]


class BenchFailure(Exception):
    pass


# --- the shop -------------------------------------------------------------------------------

class Shop:
    """One shop process on a free loopback port; started fresh, stopped at the end."""

    def __init__(self, args, db, work, jdbc_url=None):
        self.port = free_port()
        self.http = Http(f"http://127.0.0.1:{self.port}")
        self.data_dir = os.path.join(work, f"data-{db}-{uuid.uuid4().hex[:6]}")
        os.makedirs(self.data_dir)
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
            "SHOP_LOCKOUT_THRESHOLD": "3",
            "SHOP_LOCKOUT_STEPS": "30m,1h,24h",
            "SHOP_SESSIONS_MAX_PER_ACCOUNT": "3",
        })
        if jdbc_url:
            env.update({"DATASOURCES_DEFAULT_URL": jdbc_url, "DATASOURCES_DEFAULT_USERNAME": "postgres",
                        "DATASOURCES_DEFAULT_PASSWORD": ""})
        self.env = env
        self.command = ["java", *os.environ.get("BENCH_JAVA_OPTS", "").split(), "-jar", args.jar]
        self.work = work
        self.log_path = os.path.join(work, f"shop-{db}-{self.port}.log")
        self.log_file = open(self.log_path, "w")
        # ./bench's exit trap stops a shop the driver could not stop itself.
        self.pid_file = os.path.join(work, f"shop-{self.port}.pid")
        self.pg_dir = os.path.join(work, "pg") if jdbc_url else None
        self.launch()

    def launch(self):
        self.started = time.monotonic()
        self.process = subprocess.Popen(self.command, env=self.env, cwd=self.work,
                                        stdout=self.log_file, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        with open(self.pid_file, "w") as f:
            f.write(str(self.process.pid))
        self.startup_ms = None
        self.startup_cpu_s = None

    def restart(self):
        """Stops the shop gracefully and starts it again on the same data: the start an operator
        meets on every deployment, as opposed to the very first one, which also creates the schema."""
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.launch()
        self.wait_healthy()

    def wait_healthy(self, limit_s=180):
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchFailure(f"the shop stopped while starting (exit {self.process.returncode}); "
                                   f"see {self.log_path}:\n{self.tail()}")
            try:
                status, _ = self.http.call("GET", "/health", timeout=2)
                if status == 200:
                    self.startup_ms = (time.monotonic() - self.started) * 1000
                    self.startup_cpu_s = self.cpu_seconds()
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise BenchFailure(f"the shop did not answer /health within {limit_s} s:\n{self.tail()}")

    def cpu_seconds(self):
        """CPU seconds the shop's process has used so far."""
        try:
            with open(f"/proc/{self.process.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            return None

    def peak_rss_mb(self, field="VmHWM"):
        """The peak resident set size so far (VmHWM), or with field="VmRSS" the current one."""
        try:
            with open(f"/proc/{self.process.pid}/status") as status:
                for line in status:
                    if line.startswith(field + ":"):
                        return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None

    def settle(self, idle_share=0.15, limit_s=90):
        """Waits until the shop and its PostgreSQL have finished the work a scenario left behind
        (requests wrk stopped waiting for, such as queued password checks or searches): their CPU
        use over half a second falls under idle_share of one core, or limit_s passes."""
        deadline = time.monotonic() + limit_s
        before = self.busy_seconds()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            now = self.busy_seconds()
            if (now - before) / 0.5 < idle_share:
                return
            before = now

    def busy_seconds(self):
        """CPU seconds of the shop and of the PostgreSQL server (its postmaster's children)."""
        total = self.cpu_seconds() or 0
        if self.pg_dir:
            try:
                with open(os.path.join(self.pg_dir, "data", "postmaster.pid")) as f:
                    postmaster = int(f.readline())
            except (OSError, ValueError):
                return total
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    with open(f"/proc/{pid}/stat") as stat:
                        fields = stat.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == postmaster:
                    total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total

    def tail(self, lines=30):
        self.log_file.flush()
        with open(self.log_path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()
        if os.path.exists(self.pid_file):
            os.remove(self.pid_file)


# --- wrk ------------------------------------------------------------------------------------

def wrk_command(args, base, script, duration, connections, env):
    threads = min(args.threads, connections)
    env["BENCH_THREADS"] = str(threads)
    return ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", f"{args.timeout}s",
            "-s", os.path.join(LUA, script), base]


def parse_wrk(output, seconds):
    match = re.search(r"^BENCH_JSON (.*)$", output, re.M)
    if not match:
        raise BenchFailure(f"wrk printed no result:\n{output[-2000:]}")
    raw = json.loads(match.group(1))
    statuses = {int(k): v for k, v in raw["statuses"].items()}
    errors = raw["errors"]
    socket_errors = errors["connect"] + errors["read"] + errors["write"] + errors["timeout"]
    duration = raw["duration_us"] / 1e6 or seconds
    return {
        "requests": raw["requests"],
        "seconds": round(duration, 2),
        "rps": round(raw["requests"] / duration, 1),
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p90_ms": round(raw["p90_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 2),
        "statuses": statuses,
        "socket_errors": socket_errors,
    }


def run_wrk(args, base, script, duration, connections, env):
    full_env = dict(os.environ)
    full_env.update({"BENCH_LUA": LUA, "BENCH_NONCE": uuid.uuid4().hex[:12]})
    full_env.update(env)
    command = wrk_command(args, base, script, duration, connections, full_env)
    done = subprocess.run(command, env=full_env, capture_output=True, text=True, timeout=duration + args.timeout + 60)
    if done.returncode != 0:
        raise BenchFailure(f"wrk failed ({done.returncode}): {done.stderr[-2000:]}")
    return parse_wrk(done.stdout, duration)


def start_wrk(args, base, script, duration, connections, env):
    full_env = dict(os.environ)
    full_env.update({"BENCH_LUA": LUA, "BENCH_NONCE": uuid.uuid4().hex[:12]})
    full_env.update(env)
    command = wrk_command(args, base, script, duration, connections, full_env)
    return subprocess.Popen(command, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish_wrk(process, duration):
    out, err = process.communicate(timeout=duration + 120)
    if process.returncode != 0:
        raise BenchFailure(f"wrk failed ({process.returncode}): {err[-2000:]}")
    return parse_wrk(out, duration)


# --- one database, one size -----------------------------------------------------------------

def write_lines(path, lines):
    with open(path, "w") as f:
        f.write("\n".join(str(line) for line in lines) + "\n")
    return path


def sign_in_all(http, emails, workers=16):
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        return list(pool.map(http.login, emails))


def multipart(field, filename, content):
    boundary = "bench" + uuid.uuid4().hex
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
            f"Content-Type: application/zip\r\n\r\n").encode()
    body = head + content + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def load_data(args, shop, size, work):
    http = shop.http
    admin = http.login(ADMIN_EMAIL, ADMIN_PASSWORD)
    made = http.json("POST", "/api/admin/backups", 201, token=admin)
    status, template = http.call("GET", f"/api/admin/backups/{made['id']}", token=admin)
    if status != 200:
        raise BenchFailure(f"the shop's own backup could not be downloaded ({status})")
    fast_hash = args.fast_hash
    started = time.monotonic()
    archive = os.path.join(work, f"bench-{size}.zip")
    users_before = json.loads(_zip_table(template, "users")[0])
    # Each size is generated once and restored into both databases (a backup is database-neutral);
    # the admin's hash in it is the first shop's, for the same password.
    cached = args.archives.get(size)
    if cached:
        archive, facts = cached
    else:
        facts = datagen.generate(
            template, archive, products=size, customers=args.customers, buyers=args.buyers,
            login_accounts=args.login_accounts, locked_accounts=args.locked_accounts,
            history_orders=min(size, 100_000), fast_hash=fast_hash, slow_hash=users_before["password_hash"])
        args.archives[size] = (archive, facts)
    facts = dict(facts)
    generated_s = time.monotonic() - started
    with open(archive, "rb") as f:
        body, headers = multipart("backup", "bench.zip", f.read())
    started = time.monotonic()
    outcome = http.json("POST", "/api/admin/backups/restore", 200, token=admin, raw=body, headers=headers)
    restore_s = time.monotonic() - started
    log(f"  data: {size} products, {sum(facts['rows'].values())} rows; generated in {generated_s:.1f} s, "
        f"restored in {restore_s:.1f} s ({os.path.getsize(archive) / 1e6:.1f} MB archive)")
    facts["admin_token"] = outcome["signIn"]["access_token"]
    facts["generate_s"] = round(generated_s, 2)
    facts["restore_s"] = round(restore_s, 2)
    return facts


def _zip_table(zip_bytes, table):
    import io
    import zipfile
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as z:
        return [line for line in z.read(f"tables/{table}.jsonl").decode().splitlines() if line]


def run_size(args, db, size, work, jdbc_url=None):
    log(f"{db}, {size} products: starting a fresh shop")
    shop = Shop(args, db, work, jdbc_url)
    result = {"db": db, "products": size, "scenarios": {}}
    try:
        shop.wait_healthy()
        result["startup_ms"] = round(shop.startup_ms)
        result["startup_cpu_s"] = shop.startup_cpu_s
        result["rss_after_startup_mb"] = round(shop.peak_rss_mb("VmRSS") or 0)
        log(f"  first /health 200 after {shop.startup_ms:.0f} ms ({shop.startup_cpu_s} CPU-s), "
            f"RSS {result['rss_after_startup_mb']} MB")
        facts = load_data(args, shop, size, work)
        result["restore_s"] = facts["restore_s"]
        result["peak_rss_after_restore_mb"] = round(shop.peak_rss_mb() or 0)
        # The load runs on a restarted shop: restarting is timed as the start of a shop in service.
        shop.restart()
        result["restart_ms"] = round(shop.startup_ms)
        result["restart_cpu_s"] = shop.startup_cpu_s
        result["rss_after_restart_mb"] = round(shop.peak_rss_mb("VmRSS") or 0)
        log(f"  restarted on its data: first /health 200 after {shop.startup_ms:.0f} ms "
            f"({shop.startup_cpu_s} CPU-s), RSS {result['rss_after_restart_mb']} MB")
        http = shop.http
        base = http.base
        started = time.monotonic()
        customer_tokens = sign_in_all(http, facts["customers"][:args.signed_in_customers])
        buyer_tokens = sign_in_all(http, facts["buyers"])
        log(f"  signed in {len(customer_tokens) + len(buyer_tokens)} customers in {time.monotonic() - started:.1f} s")
        files = {
            "tokens": write_lines(os.path.join(work, "tokens.txt"), customer_tokens),
            "ids": write_lines(os.path.join(work, "ids.txt"), facts["active_product_ids"]),
            "logins": write_lines(os.path.join(work, "logins.txt"), facts["login_accounts"]),
            "locked": write_lines(os.path.join(work, "locked.txt"), facts["locked_accounts"]),
        }
        split = len(buyer_tokens) * args.warmup // (args.warmup + args.duration) if args.warmup else 0
        files["buyers_warm"] = write_lines(os.path.join(work, "buyers-warm.txt"), buyer_tokens[:split] or buyer_tokens[:1])
        files["buyers"] = write_lines(os.path.join(work, "buyers.txt"), buyer_tokens[split:])
        buyers_measured = len(buyer_tokens) - split

        def scenario(name, script, env, connections=None, warm=True, warm_env=None, duration=None):
            connections = connections or args.connections
            duration = duration or args.duration
            shop.settle()
            if warm and args.warmup:
                run_wrk(args, base, script, args.warmup, connections, warm_env or env)
            figures = run_wrk(args, base, script, duration, connections, env)
            result["scenarios"][name] = figures
            log(f"  {name:18} {figures['rps']:9.1f} req/s  p50 {figures['p50_ms']:8.1f} ms  "
                f"p99 {figures['p99_ms']:8.1f} ms  statuses {figures['statuses']}")
            return figures

        signed = {"BENCH_TOKENS": files["tokens"]}
        catalog_env = dict(signed, BENCH_PATH="/api/products?page=3&size=20")
        product_env = dict(signed, BENCH_PATH="/api/products/{id}", BENCH_IDS=files["ids"])
        if args.jit_warmup:
            # A restarted JVM interprets first and compiles what runs hot over tens of seconds on
            # two cores: without this pass the first scenarios measured the compiler, not the shop
            # (the catalog ran at half the rate it had in the storm's "alone" row later on).
            word = urllib.request.quote(datagen.SEARCH_WORD)
            passes = [catalog_env, product_env, dict(signed, BENCH_PATH=f"/api/products?q={word}&page=0&size=20")]
            share = max(1, args.jit_warmup // len(passes))
            started = time.monotonic()
            for env in passes:
                run_wrk(args, base, "signed_get.lua", share, args.connections, env)
            log(f"  warmed the JIT for {time.monotonic() - started:.0f} s (catalog, product, search)")
        scenario("static", "get.lua", {"BENCH_PATH": "/index.html"})
        scenario("health", "get.lua", {"BENCH_PATH": "/health"})
        scenario("catalog", "signed_get.lua", catalog_env)
        scenario("product", "signed_get.lua", product_env)
        for name, query in [("search_word", datagen.SEARCH_WORD), ("search_two_words", datagen.SEARCH_TWO_WORDS),
                            ("search_prefix", datagen.SEARCH_PREFIX), ("search_typo", datagen.SEARCH_TYPO)]:
            q = urllib.request.quote(query)
            path = f"/api/products?q={q}&page=0&size=20"
            # How many products the search finds: a fast search that finds nothing measures nothing.
            found = http.json("GET", path, 200, token=customer_tokens[0])["totalItems"]
            figures = scenario(name, "signed_get.lua", dict(signed, BENCH_PATH=path))
            figures["found"] = found
        scenario("add_to_cart", "add_to_cart.lua", dict(signed, BENCH_IDS=files["ids"]))
        checkout = scenario("checkout", "checkout.lua", {"BENCH_TOKENS": files["buyers"]},
                            warm_env={"BENCH_TOKENS": files["buyers_warm"]})
        checkout["buyers"] = buyers_measured
        # Each wrk thread has its own share of the buyers, and one thread may use its share up
        # before the others: past three quarters of them, empty carts (400) mean the buyers ran out;
        # without any empty cart, none ran out.
        paid, empty = checkout["statuses"].get(201, 0), checkout["statuses"].get(400, 0)
        checkout["buyers_ran_out"] = (empty > 0 and paid >= 0.75 * buyers_measured
                                      and paid + empty == checkout["requests"])
        # Orders paid per second: once buyers run out, wrk's req/s also counts the quick refusals of
        # empty carts; paid orders over the whole window never overstate, and are a lower bound then.
        checkout["paid_per_s"] = round(paid / args.duration, 1)
        if db == "postgresql" and args.pgbench:
            result["pgbench_tps"] = run_pgbench(args)
            log(f"  pgbench TPC-B-like: {result['pgbench_tps']} tps")
        scenario("top_up", "top_up.lua", signed)
        login_env = {"BENCH_USERS": files["logins"], "BENCH_PASSWORD": PASSWORD}
        # One password check's time on this shop, now: the median of serial logins (a login is
        # one bcrypt check and a few indexed statements), the bound's denominator.
        shop.settle()
        result["serial_login_ms"] = time_serial_logins(http, facts["login_accounts"][:3 if args.smoke else 7])
        log(f"  one login alone: {result['serial_login_ms']} ms (median of serial logins)")
        # Logins run longer than the other scenarios, and their throughput is measured at two
        # connections a core too: at 32 the hashes share the cores in lockstep, so few finish inside
        # a short window unless the shop queues them.
        scenario("login", "login.lua", login_env, connections=args.login_connections, duration=args.login_duration,
                 warm=False)
        if not args.smoke:
            shop.settle()
            scenario("login_few", "login.lua", login_env, connections=min(2 * (os.cpu_count() or 1), args.login_connections),
                     duration=args.login_duration, warm=False)
        shop.settle()
        lock_accounts(http, facts["locked_accounts"])
        scenario("locked_login", "login.lua", {"BENCH_USERS": files["locked"], "BENCH_PASSWORD": PASSWORD})
        # The login storm: the catalog at full connections while 8 more connections sign in,
        # compared with the catalog alone for as long.
        if not args.smoke:
            scenario("storm_alone", "signed_get.lua", catalog_env, duration=args.login_duration, warm=False)
        shop.settle()
        storm_connections = min(LOGIN_STORM_CONNECTIONS, args.login_connections)
        storm = start_wrk(args, base, "login.lua", args.login_duration, storm_connections, login_env)
        catalog_under_storm = run_wrk(args, base, "signed_get.lua", args.login_duration, args.connections, catalog_env)
        result["scenarios"]["storm_catalog"] = catalog_under_storm
        result["scenarios"]["storm_login"] = finish_wrk(storm, args.login_duration)
        log(f"  storm: catalog {catalog_under_storm['rps']} req/s p99 {catalog_under_storm['p99_ms']} ms; "
            f"logins {result['scenarios']['storm_login']['rps']} req/s")
        shop.settle()
        admin = http.login(ADMIN_EMAIL, ADMIN_PASSWORD)
        admin_file = write_lines(os.path.join(work, "admin.txt"), [admin])
        q = urllib.request.quote(datagen.ADMIN_USER_QUERY)
        scenario("admin_users", "signed_get.lua", {"BENCH_TOKENS": admin_file,
                                                    "BENCH_PATH": f"/api/admin/users?q={q}&page=0&size=20"})
        scenario("admin_stats", "signed_get.lua", {"BENCH_TOKENS": admin_file, "BENCH_PATH": "/api/admin/stats?days=30"})
        result["peak_rss_mb"] = round(shop.peak_rss_mb() or 0)
        log(f"  peak RSS {result['peak_rss_mb']} MB")
    except Exception as failure:  # recorded, so that the other sizes and databases still run
        result["failure"] = str(failure) or type(failure).__name__
        log(f"  FAILED: {result['failure']}")
        log(f"  last lines of the shop's log:\n{shop.tail()}")
    finally:
        shop.stop()
    return result


def time_serial_logins(http, emails):
    times = []
    for email in emails:
        started = time.monotonic()
        http.login(email)
        times.append((time.monotonic() - started) * 1000)
    return round(sorted(times)[len(times) // 2], 1)


def lock_accounts(http, emails):
    def lock(email):
        for _ in range(3):
            status, _ = http.call("POST", "/api/auth/login", body={"username": email, "password": "Wrong-Passw0rd!"})
        if status != 429:
            status, body = http.call("POST", "/api/auth/login", body={"username": email, "password": PASSWORD})
            if status != 429:
                raise BenchFailure(f"{email} is not locked after three wrong passwords ({status})")
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(lock, emails))


def run_pgbench(args):
    env = dict(os.environ, PGUSER="postgres", PGHOST="127.0.0.1", PGPORT=str(args.pg_port))
    if not getattr(args, "_pgbench_ready", False):
        subprocess.run(["createdb", "pgbench"], env=env, check=True, capture_output=True)
        subprocess.run(["pgbench", "-i", "-q", "-s", str(args.pgbench_scale), "pgbench"], env=env, check=True,
                       capture_output=True)
        args._pgbench_ready = True
    done = subprocess.run(["pgbench", "-c", str(args.connections), "-j", str(args.threads), "-T", str(args.duration),
                           "pgbench"], env=env, check=True, capture_output=True, text=True)
    match = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", done.stdout)
    match = match or re.search(r"tps = ([0-9.]+)", done.stdout)
    return round(float(match.group(1)), 1) if match else None


def create_database(args, name):
    env = dict(os.environ, PGUSER="postgres", PGHOST="127.0.0.1", PGPORT=str(args.pg_port))
    subprocess.run(["createdb", name], env=env, check=True, capture_output=True)
    return f"jdbc:postgresql://127.0.0.1:{args.pg_port}/{name}"


# --- report ---------------------------------------------------------------------------------

def machine_facts(args):
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    with open("/proc/meminfo") as f:
        ram_kb = int(f.readline().split()[1])
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(ram_kb / 1024 / 1024, 1),
        "java": java,
        "os": platform.platform(),
        "wrk": (wrk.stdout + wrk.stderr).split(" Copyright")[0].strip(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def fmt(value, digits=1):
    if value is None:
        return "–"
    if value == float("inf"):
        return "no answer"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def enrich(results, hash_ms, cores):
    """Adds the ratios: each throughput ÷ the static limit of the same run, and the derived figures."""
    for run in results["runs"]:
        scenarios = run["scenarios"]
        limit = scenarios.get("static", {}).get("rps")
        for name, figures in scenarios.items():
            figures["ratio_to_limit"] = round(figures["rps"] / limit, 4) if limit else None
            expected = next((ok for n, _, ok in SCENARIOS if n == name), {200})
            shed = figures["statuses"].get(SHED_STATUS, 0) if name in SHEDDING_SCENARIOS else 0
            unexpected = sum(n for status, n in figures["statuses"].items() if status not in expected) - shed
            figures["unexpected"] = unexpected + figures["socket_errors"]
            figures["shed"] = shed
            answered = sum(n for status, n in figures["statuses"].items() if status in expected)
            figures["ok_rps"] = round(answered / figures["seconds"], 1) if figures["seconds"] else 0.0
        derived = {}
        one_login_ms = run.get("serial_login_ms") or hash_ms
        if one_login_ms:
            bound = cores / (one_login_ms / 1000)
            derived["bcrypt_bound_per_s"] = round(bound, 2)
            logins = [scenarios[n]["ok_rps"] for n in ("login", "login_few") if n in scenarios]
            if logins:
                derived["login_of_bound"] = round(max(logins) / bound, 3)
        best_login = max([scenarios[n]["ok_rps"] for n in ("login", "login_few") if n in scenarios] or [0])
        if scenarios.get("locked_login", {}).get("requests") and best_login:
            # Both saturate the cores, so the ratio of their throughputs is the ratio of their costs.
            derived["locked_cheaper_by"] = round(scenarios["locked_login"]["rps"] / best_login, 1)
        alone = scenarios.get("storm_alone") or scenarios.get("catalog") or {}
        if "storm_catalog" in scenarios and alone.get("requests"):
            derived["storm_catalog_p99_factor"] = round(scenarios["storm_catalog"]["p99_ms"] / max(alone["p99_ms"], 0.01), 2)
            derived["storm_catalog_rps_factor"] = round(scenarios["storm_catalog"]["rps"] / max(alone["rps"], 0.01), 2)
        if run.get("pgbench_tps") and "checkout" in scenarios:
            checkout = scenarios["checkout"]
            derived["checkout_of_pgbench"] = round(checkout.get("paid_per_s", checkout["rps"]) / run["pgbench_tps"], 3)
        run["derived"] = derived


def markdown(results):
    machine = results["machine"]
    config = results["config"]
    lines = [
        f"# Turgus benchmark, {results['finished_at']}",
        "",
        f"Machine: {machine['cores']} cores ({machine['cpu']}), {machine['ram_gb']} GB RAM, {machine['java']}, "
        f"{machine['wrk']}; load average at start {machine['load_average_at_start']}.",
        f"After the restart, {config.get('jit_warmup_s', 0)} s of catalog, product and search requests warm the JIT. "
        f"Each scenario: {config['warmup_s']} s warm-up, then {config['duration_s']} s with {config['connections']} "
        f"connections ({config['threads']} wrk threads), loopback; the login scenarios and the storm "
        f"{config['login_duration_s']} s with {config['login_connections']}. One bcrypt check of the shop's "
        f"hasher, timed apart before the run: {fmt(results.get('bcrypt_ms'))} ms.",
        "",
        "Ratios are to the static `/index.html` of the same server in the same run. `bad`: answers with another "
        "status than the scenario expects, plus socket errors and timeouts. `shed`: logins answered 503 "
        "SERVER_BUSY by the cap on concurrent password checks (by design under overload, not bad).",
    ]
    sizes = sorted({run["products"] for run in results["runs"]})
    dbs = [db for db in ("h2", "postgresql") if any(run["db"] == db for run in results["runs"])]
    for size in sizes:
        runs = {run["db"]: run for run in results["runs"] if run["products"] == size}
        lines += ["", f"## {size:,} products", ""]
        header = "| scenario |"
        rule = "|---|"
        for db in dbs:
            name = "H2" if db == "h2" else "PostgreSQL"
            header += f" {name} req/s | p50 ms | p99 ms | bad | × limit |"
            rule += "---:|---:|---:|---:|---:|"
        lines += [header, rule]
        for name, label, _ in SCENARIOS:
            found = sorted({str(runs[db]["scenarios"][name]["found"]) for db in dbs
                            if "found" in runs.get(db, {}).get("scenarios", {}).get(name, {})})
            if found:
                label += f", finds {' / '.join(found)}"
            row = f"| {label} |"
            for db in dbs:
                figures = runs.get(db, {}).get("scenarios", {}).get(name)
                if figures:
                    bad = fmt(figures['unexpected'])
                    if figures.get("shed"):
                        bad += f" (+{fmt(figures['shed'])} shed)"
                    row += (f" {fmt(figures['rps'])} | {fmt(figures['p50_ms'])} | {fmt(figures['p99_ms'])} | "
                            f"{bad} | {fmt(figures['ratio_to_limit'], 3)} |")
                else:
                    row += " – | – | – | – | – |"
            lines.append(row)
        lines.append("")
        for db in dbs:
            run = runs.get(db)
            if not run:
                continue
            d = run.get("derived", {})
            name = "H2" if db == "h2" else "PostgreSQL"
            facts = [f"first start (empty database: schema created) to the first /health 200 "
                     f"{fmt(run.get('startup_ms'))} ms ({fmt(run.get('startup_cpu_s'), 2)} CPU-s); restart on the "
                     f"loaded data {fmt(run.get('restart_ms'))} ms ({fmt(run.get('restart_cpu_s'), 2)} CPU-s)",
                     f"RSS {fmt(run.get('rss_after_startup_mb'))} MB after the first start, peak "
                     f"{fmt(run.get('peak_rss_after_restore_mb'))} MB by the end of the restore; "
                     f"{fmt(run.get('rss_after_restart_mb'))} MB after the restart, peak "
                     f"{fmt(run.get('peak_rss_mb'))} MB by the end of the load",
                     f"restore of the data {fmt(run.get('restore_s'), 1)} s"]
            if "login_of_bound" in d:
                facts.append(f"login {fmt(d['login_of_bound'], 2)} of the bcrypt bound ({fmt(d['bcrypt_bound_per_s'], 2)}/s "
                             f"= cores ÷ {fmt(run.get('serial_login_ms'))} ms, one login alone; successful logins/s "
                             f"of the better of the two login rows)")
            if "locked_cheaper_by" in d:
                facts.append(f"a locked account's login {fmt(d['locked_cheaper_by'])}× cheaper than a login "
                             f"(req/s ÷ the better login row's)")
            if "storm_catalog_p99_factor" in d:
                facts.append(f"the login storm multiplies the catalog's p99 by {fmt(d['storm_catalog_p99_factor'], 2)} "
                             f"and its req/s by {fmt(d['storm_catalog_rps_factor'], 2)}")
            if run.get("pgbench_tps"):
                paid_per_s = run.get("scenarios", {}).get("checkout", {}).get("paid_per_s")
                facts.append(f"checkout ({fmt(paid_per_s, 1)} orders paid a second) "
                             f"{fmt(d.get('checkout_of_pgbench'), 3)} of pgbench's {fmt(run['pgbench_tps'])} tps "
                             f"(TPC-B-like, scale {config['pgbench_scale']}, {config['connections']} clients)")
            checkout = run.get("scenarios", {}).get("checkout")
            if checkout and checkout.get("buyers_ran_out"):
                facts.append(f"checkout used up all {checkout['buyers']} buyers: its orders paid a second are a lower "
                             f"bound, and its req/s counts the quick refusals of empty carts that followed")
            if run.get("failure"):
                facts.append(f"FAILED: {run['failure'].splitlines()[0]}")
            lines.append(f"- {name}: " + "; ".join(facts) + ".")
    if not config["smoke"]:
        lines += targets(results)
    return "\n".join(lines) + "\n"


FLASK_SQLITE_RPS = 760  # issue 11: a small Flask + SQLite shop, page of 8, 1,000 products, this machine


def targets(results):
    """The targets of issue 11, each checked against this run where it measured what they need."""
    runs = {(run["db"], run["products"]): run for run in results["runs"]}

    def figure(db, size, scenario, key):
        figures = runs.get((db, size), {}).get("scenarios", {}).get(scenario, {})
        if key != "rps" and figures and not figures.get("requests"):
            return float("inf")  # no answer inside the scenario's time: slower than any target
        return figures.get(key)

    rows = []

    def check(what, value, ok, shown):
        if value is None:
            return
        shown = shown.replace("no answer ms", "no answer").replace("no answer ×", "no answer")
        rows.append(f"| {what} | {shown} | {'met' if ok else 'missed'} |")

    for db, share in (("h2", 0.5), ("postgresql", 0.35)):
        name = "H2" if db == "h2" else "PostgreSQL"
        ratio = figure(db, 10_000, "catalog", "ratio_to_limit")
        ratio = 0.0 if ratio == float("inf") else ratio
        check(f"catalog, 10,000 products, {name}: ≥ {share:.0%} of the limit", ratio,
              ratio is not None and ratio >= share, f"{fmt(ratio, 3)}")
        p99 = figure(db, 10_000, "catalog", "p99_ms")
        check(f"catalog, 10,000 products, {name}: p99 ≤ 20 ms", p99, p99 is not None and p99 <= 20, f"{fmt(p99)} ms")
        rps = figure(db, 1_000, "catalog", "rps")
        check(f"catalog, 1,000 products, {name}: ≥ 5 × {FLASK_SQLITE_RPS} req/s (the Flask + SQLite shop)", rps,
              rps is not None and rps >= 5 * FLASK_SQLITE_RPS, f"{fmt(rps)} req/s")
        for scenario, _, _ in SCENARIOS:
            if not scenario.startswith("search_"):
                continue
            p99 = figure(db, 100_000, scenario, "p99_ms")
            check(f"{scenario.replace('_', ' ')}, 100,000 products, {name}: p99 ≤ 25 ms", p99,
                  p99 is not None and p99 <= 25, f"{fmt(p99)} ms")
            small, large = figure(db, 1_000, scenario, "rps"), figure(db, 100_000, scenario, "rps")
            if small and large is not None:
                cost = small / large if large else float("inf")
                check(f"{scenario.replace('_', ' ')}, {name}: cost at 100,000 ≤ 2 × at 1,000", cost, cost <= 2,
                      f"{fmt(cost, 1)} ×")
    for run in results["runs"]:
        name = ("H2" if run["db"] == "h2" else "PostgreSQL") + f", {run['products']:,} products"
        d = run.get("derived", {})
        check(f"login ≥ 90 % of the bcrypt bound, {name}", d.get("login_of_bound"),
              (d.get("login_of_bound") or 0) >= 0.9, fmt(d.get("login_of_bound"), 2))
        check(f"a login storm raises the catalog's p99 at most 2×, {name}", d.get("storm_catalog_p99_factor"),
              (d.get("storm_catalog_p99_factor") or 99) <= 2, f"{fmt(d.get('storm_catalog_p99_factor'), 2)} ×")
        check(f"a locked account's refusal ≥ 50× cheaper than a password check, {name}", d.get("locked_cheaper_by"),
              (d.get("locked_cheaper_by") or 0) >= 50, f"{fmt(d.get('locked_cheaper_by'))} ×")
        check(f"checkout ≥ 50 % of pgbench's tps, {name}", d.get("checkout_of_pgbench"),
              (d.get("checkout_of_pgbench") or 0) >= 0.5, fmt(d.get("checkout_of_pgbench"), 3))
        for key, what in (("startup_ms", "first start"), ("restart_ms", "restart")):
            startup = run.get(key)
            check(f"{what} to the first /health 200 ≤ 2 s, {name}", startup, (startup or 1e9) <= 2000,
                  f"{fmt(startup)} ms")
        rss = run.get("peak_rss_mb")
        check(f"peak RSS under load ≤ 300 MB, {name}", rss, (rss or 1e9) <= 300, f"{fmt(rss)} MB")
    if not rows:
        return []
    return ["", "## The targets of issue 11", "", "| target | this run | |", "|---|---:|---|", *rows]


def stop_on_signal(signum, frame):
    # Unwinds through the finally blocks, which stop the shop that runs.
    raise SystemExit(128 + signum)


def main():
    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGINT, stop_on_signal)
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", required=True)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--dbs", default="h2,postgresql")
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--jit-warmup", type=int, default=30)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=30)
    parser.add_argument("--login-duration", type=int, default=10)
    parser.add_argument("--login-connections", type=int, default=32)
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--signed-in-customers", type=int, default=200)
    parser.add_argument("--buyers", type=int, default=2000)
    parser.add_argument("--login-accounts", type=int, default=64)
    parser.add_argument("--locked-accounts", type=int, default=8)
    parser.add_argument("--pg-port", type=int)
    parser.add_argument("--pgbench", type=int, default=1)
    parser.add_argument("--pgbench-scale", type=int, default=32)
    parser.add_argument("--fast-hash", required=True)
    parser.add_argument("--bcrypt-ms", type=float)
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", default=os.path.join(HERE, "results"))
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    args.archives = {}

    results = {
        "started_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_facts(args),
        "config": {"duration_s": args.duration, "warmup_s": args.warmup, "jit_warmup_s": args.jit_warmup, "connections": args.connections,
                   "threads": args.threads, "customers": args.customers, "buyers": args.buyers,
                   "pgbench_scale": args.pgbench_scale,
                   "login_duration_s": args.login_duration, "login_connections": args.login_connections, "smoke": args.smoke,
                   "java_opts": os.environ.get("BENCH_JAVA_OPTS", "")},
        "bcrypt_ms": args.bcrypt_ms,
        "runs": [],
    }
    sizes = [int(s) for s in args.sizes.split(",") if s]
    name = "smoke" if args.smoke else "latest"
    os.makedirs(args.out, exist_ok=True)

    def write_report():
        results["finished_at"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        enrich(results, args.bcrypt_ms, os.cpu_count())
        table = markdown(results)
        with open(os.path.join(args.out, f"{name}.md"), "w") as f:
            f.write(table)
        with open(os.path.join(args.out, f"{name}.json"), "w") as f:
            json.dump(results, f, indent=2, default=str)
        return table

    # The report is rewritten after every database and size, so that a run cut short keeps what it measured.
    # Size by size, both databases in turn: a run cut short misses only its largest size.
    for size in sizes:
        for db in [d for d in args.dbs.split(",") if d]:
            url = None
            if db == "postgresql":
                url = create_database(args, f"turgus_{size}")
            results["runs"].append(run_size(args, db, size, args.work, url))
            write_report()
    table = write_report()
    print()
    print(table)
    log(f"written {os.path.join(args.out, name)}.md and .json")

    warnings = []
    problems = [f"{run['db']} {run['products']}: {run['failure'].splitlines()[0]}"
                for run in results["runs"] if run.get("failure")]
    for run in results["runs"]:
        for name, figures in run["scenarios"].items():
            if name == "checkout" and figures.get("buyers_ran_out"):
                continue
            expected = next(ok for n, _, ok in SCENARIOS if n == name)
            if not any(figures["statuses"].get(status) for status in expected):
                warnings.append(f"{run['db']} {run['products']} {name}: no expected answer {sorted(expected)} "
                                f"within {figures['seconds']} s")
            if figures["unexpected"]:
                problems.append(f"{run['db']} {run['products']} {name}: {figures['unexpected']} unexpected answers "
                                f"{figures['statuses']}, {figures['socket_errors']} socket errors")
    if warnings:
        print("No answer inside the scenario's time (every request outlasted it; the row shows 0):\n  "
              + "\n  ".join(warnings))
    if problems:
        print("Problems:\n  " + "\n  ".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
