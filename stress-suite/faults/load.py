"""The mixed money load: many clients at once, each a customer of its own, doing what customers and
admins do (top-ups with repeated and raced Idempotency-Keys, cart changes, checkouts with keys,
refunds, balance adjustments, restocks, sign-ins, balance reads), while every acknowledged effect is
written down. Afterwards the acknowledged effects are compared with the database's ledger.
"""

import random
import threading
import time
import uuid
from decimal import Decimal

from shop import CUSTOMER_PASSWORD, is_shed, money, retry_after_seconds


class Record:
    """What the shop acknowledged, shared by every client thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.topup_keys = {}  # (user_id, key) -> (amount, movement id)
        self.order_keys = {}  # (user_id, key) -> order id
        self.orders = {}  # order id -> (user_id, total, {product_id: quantity})
        self.refunded = {}  # order id -> total
        self.adjustments = []  # (user_id, amount)
        self.restocks = {}  # product id -> quantity added
        self.statuses = {}
        self.requests = 0
        self.unanswered = 0
        self.shed = 0  # password checks refused with 503 SERVER_BUSY: load shedding, by design
        self.server_errors = []
        self.violations = []
        self.max_seconds = 0.0

    def count(self, answer, label):
        with self.lock:
            self.requests += 1
            self.max_seconds = max(self.max_seconds, answer.seconds)
            key = f"{label} {answer.status}"
            self.statuses[key] = self.statuses.get(key, 0) + 1
            if answer.status is None:
                self.unanswered += 1
            elif is_shed(answer):
                self.shed += 1
            elif answer.status >= 500:
                self.server_errors.append(f"{label}: {answer}")

    def violation(self, text):
        with self.lock:
            self.violations.append(text)


class Client(threading.Thread):
    def __init__(self, number, http, user_id, email, token, admin, products, record, operations, seed,
                 customers, stop_at):
        super().__init__(name=f"client-{number}", daemon=True)
        self.http, self.user_id, self.email, self.token = http, user_id, email, token
        self.admin = admin  # a dict {"token": …} shared by every client
        self.products = list(products)
        self.record = record
        self.operations = operations
        self.random = random.Random(seed)
        self.customers = customers
        self.stop_at = stop_at
        self.my_topup_keys = []  # (key, amount)
        self.my_order_keys = []

    def call(self, label, method, path, body=None, token=None, headers=None):
        answer = self.http.call(method, path, body, token=token, headers=headers)
        self.record.count(answer, label)
        return answer

    def run(self):
        weights = [("top_up", 20), ("top_up_again", 6), ("top_up_race", 3), ("top_up_other_body", 2),
                   ("cart_add", 24), ("cart_set", 6), ("checkout", 16), ("checkout_again", 3),
                   ("refund", 5), ("adjust", 5), ("restock", 4), ("login", 1), ("balance", 5)]
        names = [name for name, _ in weights]
        cumulative = [weight for _, weight in weights]
        done = 0
        while done < self.operations and time.monotonic() < self.stop_at:
            action = self.random.choices(names, cum_weights=None, weights=cumulative)[0]
            done += getattr(self, action)()

    # --- top-ups ---------------------------------------------------------------------------
    def _top_up(self, key, amount):
        answer = self.call("top-up", "POST", "/api/me/balance/top-ups", {"amount": float(amount)},
                           token=self.token, headers={"Idempotency-Key": key})
        if answer.status == 201:
            movement = answer.body["transaction"]["id"]
            with self.record.lock:
                known = self.record.topup_keys.get((self.user_id, key))
                if known is None:
                    self.record.topup_keys[(self.user_id, key)] = (amount, movement)
                elif known[1] != movement or known[0] != amount:
                    self.record.violations.append(
                        f"key {key} of user {self.user_id} answered movement {movement} after {known[1]}")
        elif answer.status not in (400, 409, 422):
            self.record.violation(f"top-up answered {answer}")
        return answer

    def top_up(self):
        key = uuid.uuid4().hex
        amount = money(self.random.randint(100, 20000) / 100)
        if self._top_up(key, amount).status == 201:
            self.my_topup_keys.append((key, amount))
        return 1

    def top_up_again(self):
        """The same key and body again: the first answer, no second effect."""
        if not self.my_topup_keys:
            return self.top_up()
        key, amount = self.random.choice(self.my_topup_keys)
        answer = self._top_up(key, amount)
        if answer.status != 201:
            self.record.violation(f"a repeated top-up key answered {answer}")
        return 1

    def top_up_race(self):
        """One key sent three times at once: one effect, three equal answers (or a 409 while the first
        is in flight)."""
        key = uuid.uuid4().hex
        amount = money(self.random.randint(100, 5000) / 100)
        threads = [threading.Thread(target=self._top_up, args=(key, amount)) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if (self.user_id, key) in self.record.topup_keys:
            self.my_topup_keys.append((key, amount))
        return 3

    def top_up_other_body(self):
        """A used key with another amount: 422, nothing booked."""
        if not self.my_topup_keys:
            return self.top_up()
        key, amount = self.random.choice(self.my_topup_keys)
        answer = self.call("top-up", "POST", "/api/me/balance/top-ups", {"amount": float(amount + 1)},
                           token=self.token, headers={"Idempotency-Key": key})
        if answer.status != 422:
            self.record.violation(f"a reused key with another amount answered {answer}")
        return 1

    # --- cart and checkout -------------------------------------------------------------------
    def cart_add(self):
        product = self.random.choice(self.products)
        answer = self.call("cart-add", "POST", "/api/cart/items",
                           {"productId": product, "quantity": self.random.randint(1, 3)}, token=self.token)
        if answer.status not in (200, 409):
            self.record.violation(f"adding to the cart answered {answer}")
        return 1

    def cart_set(self):
        product = self.random.choice(self.products)
        answer = self.call("cart-set", "PUT", f"/api/cart/items/{product}",
                           {"quantity": self.random.randint(0, 2)}, token=self.token)
        if answer.status not in (200, 404, 409):
            self.record.violation(f"setting a cart line answered {answer}")
        return 1

    def _checkout(self, key):
        answer = self.call("checkout", "POST", "/api/orders", token=self.token, headers={"Idempotency-Key": key})
        if answer.status == 201:
            order = answer.body
            lines = {}
            for line in order["lines"]:
                lines[line["productId"]] = lines.get(line["productId"], 0) + line["quantity"]
            with self.record.lock:
                known = self.record.order_keys.get((self.user_id, key))
                if known is None:
                    self.record.order_keys[(self.user_id, key)] = order["id"]
                    if order["id"] in self.record.orders:
                        self.record.violations.append(f"order {order['id']} acknowledged under two keys")
                    self.record.orders[order["id"]] = (self.user_id, money(order["total"]), lines)
                elif known != order["id"]:
                    self.record.violations.append(f"checkout key {key} answered order {order['id']} after {known}")
        elif answer.status not in (400, 402, 409, 422):
            self.record.violation(f"checkout answered {answer}")
        return answer

    def checkout(self):
        key = uuid.uuid4().hex
        if self._checkout(key).status == 201:
            self.my_order_keys.append(key)
        return 1

    def checkout_again(self):
        """A checkout key used before: the first order again, nothing paid twice."""
        if not self.my_order_keys:
            return self.checkout()
        answer = self._checkout(self.random.choice(self.my_order_keys))
        if answer.status != 201:
            self.record.violation(f"a repeated checkout key answered {answer}")
        return 1

    # --- admin -------------------------------------------------------------------------------
    def refund(self):
        with self.record.lock:
            candidates = list(self.record.orders)
        if not candidates:
            return self.balance()
        order_id = self.random.choice(candidates[-200:])
        answer = self.call("refund", "POST", f"/api/admin/orders/{order_id}/refund", token=self.admin["token"])
        if answer.status == 200:
            with self.record.lock:
                if order_id in self.record.refunded:
                    self.record.violations.append(f"order {order_id} refunded twice")
                self.record.refunded[order_id] = self.record.orders[order_id][1]
        elif answer.status != 409:
            self.record.violation(f"refund answered {answer}")
        return 1

    def adjust(self):
        user_id = self.random.choice(self.customers)
        amount = money(self.random.randint(-3000, 5000) / 100) or Decimal("1.00")
        answer = self.call("adjust", "POST", f"/api/admin/users/{user_id}/balance-adjustments",
                           {"amount": float(amount), "reason": "Stress run correction"}, token=self.admin["token"])
        if answer.status == 201:
            with self.record.lock:
                self.record.adjustments.append((user_id, amount))
        elif answer.status != 400:  # a debit below zero
            self.record.violation(f"adjustment answered {answer}")
        return 1

    def restock(self):
        product = self.random.choice(self.products)
        quantity = self.random.randint(1, 6)
        answer = self.call("restock", "POST", f"/api/admin/products/{product}/restock", {"quantity": quantity},
                           token=self.admin["token"])
        if answer.status == 200:
            with self.record.lock:
                self.record.restocks[product] = self.record.restocks.get(product, 0) + quantity
        else:
            self.record.violation(f"restock answered {answer}")
        return 1

    # --- the rest ----------------------------------------------------------------------------
    def login(self):
        """A sign-in. When the password checks are at their cap the shop sheds it with 503 SERVER_BUSY
        and a Retry-After; a client waits that long and tries again, as the SPA does."""
        for attempt in range(5):
            answer = self.call("login", "POST", "/api/auth/login",
                               {"username": self.email, "password": CUSTOMER_PASSWORD})
            if not is_shed(answer):
                break
            time.sleep(retry_after_seconds(answer))
        if answer.status == 200:
            self.token = answer.body["access_token"]
        elif not is_shed(answer):
            self.record.violation(f"login answered {answer}")
        return attempt + 1

    def balance(self):
        answer = self.call("balance", "GET", "/api/me/balance", token=self.token)
        if answer.status != 200 or money(answer.body["balance"]) < 0:
            self.record.violation(f"balance read answered {answer}")
        return 1


def run_load(http, customers, tokens, admin, products, operations, clients, seed, limit_s):
    """Runs `clients` threads until `operations` requests are made in all (or the time is up)."""
    record = Record()
    per_client = -(-operations // clients)
    stop_at = time.monotonic() + limit_s
    ids = [user_id for user_id, _ in customers]
    threads = [Client(n, http, customers[n % len(customers)][0], customers[n % len(customers)][1],
                      tokens[n % len(customers)], admin, products, record, per_client, seed * 1000 + n, ids, stop_at)
               for n in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return record, time.monotonic() - started


def expected_figures(record, initial_stock):
    """The figures the acknowledged answers add up to."""
    top_ups = sum((amount for amount, _ in record.topup_keys.values()), Decimal("0.00"))
    purchases = sum((total for _, total, _ in record.orders.values()), Decimal("0.00"))
    refunds = sum(record.refunded.values(), Decimal("0.00"))
    adjustments = sum((amount for _, amount in record.adjustments), Decimal("0.00"))
    stock = {}
    for product, initial in initial_stock.items():
        sold = sum(lines.get(product, 0) for _, _, lines in record.orders.values())
        back = sum(record.orders[order][2].get(product, 0) for order in record.refunded)
        stock[product] = {"initial": initial, "restocked": record.restocks.get(product, 0), "sold": sold,
                          "refunded": back, "expected": initial + record.restocks.get(product, 0) - sold + back}
    return {"top_ups": top_ups, "purchases": purchases, "refunds": refunds, "adjustments": adjustments,
            "balances": top_ups - purchases + refunds + adjustments, "stock": stock}
