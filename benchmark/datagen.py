"""Writes the benchmark's shop data as a backup archive in the shop's own format.

The shop restores it through POST /api/admin/backups/restore, its public way of loading a whole
database, in one transaction and in batches: 100,000 products and their history arrive in seconds,
where the REST API would take an hour. The archive starts from a backup the running shop made of
itself, so the schema version, the admin account, the shop's secrets and settings and every table
the generator knows nothing about are the shop's own; the generator adds rows to the tables below,
copying the column set of a row the shop wrote where there is one (so a column a later migration
adds to users keeps the shop's own value for the admin, e.g. NULL).

Values follow docs/admin-api.md: decimals as exact JSON numbers, moments as ISO instants.
"""

import datetime
import io
import json
import random
import zipfile

ADJECTIVES = ["Compact", "Classic", "Deluxe", "Portable", "Quiet", "Smart", "Rustic", "Modern",
              "Ergonomic", "Vintage", "Wireless", "Heavy", "Light", "Premium", "Eco", "Mini"]
MATERIALS = ["Steel", "Oak", "Bamboo", "Ceramic", "Glass", "Cotton", "Leather", "Copper",
             "Granite", "Linen", "Walnut", "Aluminium", "Wool", "Marble", "Cork", "Titanium"]
NOUNS = ["Coffee Grinder", "Laptop Stand", "Kettle", "Teapot", "Desk Lamp", "Backpack", "Notebook",
         "Chair", "Blender", "Headphones", "Mug", "Cutting Board", "Umbrella", "Keyboard", "Mouse",
         "Toaster", "Frying Pan", "Water Bottle", "Bookshelf", "Wallet", "Scarf", "Espresso Machine",
         "Speaker", "Clock", "Vase", "Pillow", "Blanket", "Sunglasses", "Camera Bag", "Candle"]
PHRASES = ["made to last", "for everyday use", "easy to clean", "a gift they will keep",
           "designed in Vilnius", "with a two-year warranty", "quiet and efficient",
           "for small kitchens", "packed without plastic", "hand finished"]
FIRST_NAMES = ["Ona", "Jonas", "Rasa", "Tomas", "Eglė", "Mantas", "Ieva", "Lukas", "Greta", "Paulius",
               "Anna", "Ivan", "Olga", "Marta", "Peter", "Laura", "Daniel", "Sofia", "Maria", "Adam"]
LAST_NAMES = ["Petrauskas", "Kazlauskas", "Jankauskas", "Smith", "Novak", "Ivanova", "Brown",
              "Garcia", "Müller", "Rossi", "Dubois", "Nowak", "Virtanen", "Jensen", "Silva"]

# Words the search scenarios look for; each occurs in many generated names.
SEARCH_WORD = "grinder"
SEARCH_TWO_WORDS = "oak grinder"  # never adjacent: names read "… Oak Coffee Grinder …"
SEARCH_PREFIX = "lapt"
SEARCH_TYPO = "cofee"
ADMIN_USER_QUERY = "kazlauskas"

STARTING_BALANCE = 1_000_000_00  # cents: more than any benchmark run spends


class Money:
    """An amount in cents, written as an exact JSON number with two decimals."""
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents


class Raw:
    """A JSON text written as it is."""
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text


def _value(value):
    if isinstance(value, Money):
        sign = "-" if value.cents < 0 else ""
        cents = abs(value.cents)
        return f"{sign}{cents // 100}.{cents % 100:02d}"
    if isinstance(value, datetime.datetime):
        return '"' + value.strftime("%Y-%m-%dT%H:%M:%S.%fZ") + '"'
    if isinstance(value, Raw):
        return value.text
    return json.dumps(value, ensure_ascii=False)


def _line(row, columns):
    return "{" + ",".join(json.dumps(c) + ":" + _value(row[c]) for c in columns) + "}\n"


class Table:
    """A table of the archive: the rows the shop wrote (kept as text) and the rows added here."""

    def __init__(self, name, text):
        self.name = name
        self.lines = [line + "\n" for line in text.splitlines() if line.strip()]
        self.template = json.loads(self.lines[0]) if self.lines else None
        self.columns = list(self.template.keys()) if self.template else None
        self.count = len(self.lines)

    def add(self, row):
        if self.columns is None:
            self.columns = list(row.keys())
            self.template = {}
        full = {}
        for column in self.columns:
            if column in row:
                full[column] = row[column]
            else:
                full[column] = Raw(json.dumps(self.template.get(column)))
        self.lines.append(_line(full, self.columns))
        self.count += 1

    def max_id(self, column="id"):
        found = 0
        for line in self.lines:
            found = max(found, json.loads(line).get(column) or 0)
        return found


def generate(template_zip, out_path, *, products, customers, buyers, login_accounts, locked_accounts,
             history_orders, fast_hash, slow_hash, seed=11):
    """Writes the archive and returns what the scenarios need (emails, ids, search words)."""
    rnd = random.Random(seed)
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    with zipfile.ZipFile(io.BytesIO(template_zip)) as source:
        manifest = json.loads(source.read("manifest.json"))
        tables = {name: Table(name, source.read(f"tables/{name}.jsonl").decode("utf-8"))
                  for name in manifest["tables"]}
        pictures = {n: source.read(n) for n in source.namelist() if n.startswith("pictures/")}

    def table(name):
        if name not in tables:
            raise SystemExit(f"the shop's backup has no table {name}: the generator needs updating")
        return tables[name]

    # --- products -------------------------------------------------------------------------
    product_table = table("products")
    first_product = product_table.max_id() + 1
    active_ids = []
    for index in range(products):
        product_id = first_product + index
        adjective, material, noun = rnd.choice(ADJECTIVES), rnd.choice(MATERIALS), rnd.choice(NOUNS)
        created = now - datetime.timedelta(seconds=rnd.randint(3600, 365 * 86400))
        active = rnd.random() >= 0.02
        on_sale = active and rnd.random() < 0.05
        product_table.add({
            "id": product_id,
            "name": f"{adjective} {material} {noun} {index + 1}",
            "description": f"A {adjective.lower()} {noun.lower()} of {material.lower()}, "
                           f"{rnd.choice(PHRASES)} and {rnd.choice(PHRASES)}.",
            "price": Money(rnd.randint(199, 49999)),
            "stock": 1_000_000,
            "active": active,
            "sale_percent": rnd.randint(5, 40) if on_sale else None,
            "sale_ends_at": now + datetime.timedelta(days=30) if on_sale else None,
            "image_name": None,
            "created_at": created,
            "updated_at": created,
        })
        if active:
            active_ids.append(product_id)
    prices = {}  # cents of the products used in orders, regular price
    for line in product_table.lines:
        row = json.loads(line)
        prices[row["id"]] = (round(float(row["price"]) * 100), row["name"])

    # --- accounts -------------------------------------------------------------------------
    users = table("users")
    roles = table("user_roles")
    next_user = users.max_id() + 1
    phones_used = 0

    def add_user(kind, number, password_hash):
        nonlocal next_user, phones_used
        user_id = next_user
        next_user += 1
        phones_used += 1
        first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
        users.add({
            "id": user_id,
            "full_name": f"{first} {last}",
            "email": f"{kind}{number}@bench.test",
            "phone": f"+7955{phones_used:07d}",
            "password_hash": password_hash,
            "status": "ACTIVE",
            "picture_name": None,
            "created_at": now - datetime.timedelta(seconds=rnd.randint(3600, 365 * 86400)),
            "last_login_at": None,
            "blocked_until": None,
            "block_reason": None,
            "block_category": None,
            "deactivated_at": None,
            "deleted_at": None,
        })
        roles.add({"user_id": user_id, "role": "CUSTOMER"})
        return user_id

    customer_ids = [add_user("customer", i + 1, fast_hash) for i in range(customers)]
    buyer_ids = [add_user("buyer", i + 1, fast_hash) for i in range(buyers)]
    for i in range(login_accounts):
        add_user("login", i + 1, slow_hash)
    for i in range(locked_accounts):
        add_user("locked", i + 1, slow_hash)

    # --- orders of the past (the dashboard's and the user list's figures) -------------------
    orders, order_lines = table("orders"), table("order_lines")
    movements, wallets = table("balance_movements"), table("wallets")
    carts, cart_lines = table("carts"), table("cart_lines")
    next_order = orders.max_id() + 1
    next_movement = movements.max_id() + 1
    history = {user_id: [] for user_id in customer_ids}
    for _ in range(history_orders):
        user_id = rnd.choice(customer_ids)
        history[user_id].append(now - datetime.timedelta(seconds=rnd.randint(60, 90 * 86400)))
    names = {}
    for line in users.lines:
        row = json.loads(line)
        names[row["id"]] = (row["full_name"], row["email"])

    for user_id in customer_ids + buyer_ids:
        balance = STARTING_BALANCE
        opened = now - datetime.timedelta(days=91)
        movements.add({"id": next_movement, "user_id": user_id, "movement_type": "TOP_UP",
                       "amount": Money(balance), "balance_after": Money(balance),
                       "created_at": opened, "order_id": None, "note": None})
        next_movement += 1
        for placed in sorted(history.get(user_id, [])):
            order_id = next_order
            next_order += 1
            subtotal = 0
            chosen = rnd.sample(active_ids, k=min(len(active_ids), rnd.randint(1, 3)))
            for line_no, product_id in enumerate(chosen, start=1):
                unit, name = prices[product_id]
                quantity = rnd.randint(1, 3)
                subtotal += unit * quantity
                order_lines.add({"order_id": order_id, "line_no": line_no, "product_id": product_id,
                                 "name": name, "regular_unit_price": Money(unit),
                                 "unit_price": Money(unit), "quantity": quantity,
                                 "line_total": Money(unit * quantity)})
            full_name, email = names[user_id]
            orders.add({"id": order_id, "user_id": user_id, "customer_name": full_name,
                        "customer_email": email, "status": "PAID", "subtotal": Money(subtotal),
                        "discount_total": Money(0), "total": Money(subtotal), "promo_code": None,
                        "created_at": placed, "refunded_at": None})
            balance -= subtotal
            movements.add({"id": next_movement, "user_id": user_id, "movement_type": "PURCHASE",
                           "amount": Money(-subtotal), "balance_after": Money(balance),
                           "created_at": placed, "order_id": order_id, "note": None})
            next_movement += 1
        wallets.add({"user_id": user_id, "balance": Money(balance)})
        # A cart of two lines: what the checkout scenario pays for, and a cart to add to.
        carts.add({"user_id": user_id, "promo_code": None})
        for line_no, product_id in enumerate(rnd.sample(active_ids, k=2), start=1):
            cart_lines.add({"user_id": user_id, "product_id": product_id, "quantity": 1,
                            "line_no": line_no, "added_at": now - datetime.timedelta(minutes=5)})

    # --- the archive ----------------------------------------------------------------------
    manifest["createdAt"] = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    manifest["tables"] = {name: tables[name].count for name in manifest["tables"]}
    with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for name, contents in tables.items():
            out.writestr(f"tables/{name}.jsonl", "".join(contents.lines))
        for name, data in pictures.items():
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest, indent=2))
    return {
        "active_product_ids": active_ids,
        "customers": [f"customer{i + 1}@bench.test" for i in range(customers)],
        "buyers": [f"buyer{i + 1}@bench.test" for i in range(buyers)],
        "login_accounts": [f"login{i + 1}@bench.test" for i in range(login_accounts)],
        "locked_accounts": [f"locked{i + 1}@bench.test" for i in range(locked_accounts)],
        "rows": manifest["tables"],
    }
