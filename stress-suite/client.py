"""A small HTTP client for the stress checks: Python's standard library only.

Every request opens its own connection (so a killed instance is noticed at once, and nginx picks
an upstream per request), and may leave from a chosen loopback address (127.0.0.0/8 is all
loopback on Linux), so that each simulated client has an address of its own and its own bucket
of the sign-in rate limit.
"""

import http.client
import json
import threading
import time
import uuid

PASSWORD = "Stress-Passw0rd!"


class Answer:
    def __init__(self, status, body, headers):
        self.status = status
        self.body = body
        self.headers = headers

    def json(self):
        return json.loads(self.body) if self.body else None

    @property
    def upstream(self):
        """The instance nginx passed the request to (./stress's nginx adds the header)."""
        return self.headers.get("x-stress-upstream", "")

    def __repr__(self):
        return f"{self.status} {self.body[:300]!r}"


class Target:
    """One address to talk to: nginx, or one instance directly."""

    def __init__(self, name, port, host="127.0.0.1"):
        self.name = name
        self.host = host
        self.port = port

    def call(self, method, path, body=None, token=None, headers=None, raw=None, source=None, timeout=30):
        data = None
        all_headers = dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode()
            all_headers["Content-Type"] = "application/json"
        if raw is not None:
            data = raw
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        connection = http.client.HTTPConnection(
            self.host, self.port, timeout=timeout, source_address=(source, 0) if source else None)
        try:
            connection.request(method, path, body=data, headers=all_headers)
            response = connection.getresponse()
            content = response.read()
            return Answer(response.status, content, {k.lower(): v for k, v in response.getheaders()})
        finally:
            connection.close()

    def expect(self, status, method, path, **kwargs):
        answer = self.call(method, path, **kwargs)
        if answer.status != status:
            raise StressError(f"{method} {self.name}{path} answered {answer.status}, not {status}: {answer.body[:400]!r}")
        return answer.json()

    def login(self, username, password=PASSWORD, source=None):
        return self.expect(200, "POST", "/api/auth/login", body={"username": username, "password": password},
                           source=source)["access_token"]


class StressError(Exception):
    pass


class Addresses:
    """Hands out loopback source addresses, one per simulated client: 127.<block>.x.y."""

    def __init__(self, block=77):
        self.block = block
        self.next = 1
        self.lock = threading.Lock()

    def take(self):
        with self.lock:
            n = self.next
            self.next += 1
        return f"127.{self.block}.{n // 250}.{n % 250 + 1}"


def key():
    return "stress-" + uuid.uuid4().hex


def wait_until(condition, limit_s, step_s=0.2):
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step_s)
    return condition()


def all_pages(target, path, token, size=100, source=None):
    items, page = [], 0
    separator = "&" if "?" in path else "?"
    while True:
        answer = target.expect(200, "GET", f"{path}{separator}page={page}&size={size}", token=token, source=source)
        items.extend(answer["items"])
        page += 1
        if page >= answer["totalPages"]:
            return items


def multipart(field, filename, content, content_type="application/zip"):
    boundary = "stress" + uuid.uuid4().hex
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
            f"Content-Type: {content_type}\r\n\r\n").encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode(), {
        "Content-Type": f"multipart/form-data; boundary={boundary}"}
