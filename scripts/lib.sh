# Shared helpers for ./run and ./test. Sourced, not executed.

# The Java specification version of a `java` launcher ("17", "25"), or nothing when it does not run.
turgus_java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
}

# Makes `java` (and JAVA_HOME, for Maven) a JDK 25 or newer when the machine has one, else a JDK 17
# or newer. The code is built for Java 17 (`release` 17) and runs on both, but the shop is run,
# tested and measured on 25 where it can be: it served 1.5 to 2.5 times the requests per second of
# Java 17 on the same jar (./bench, 2026-12-05; README, "The JVM"), and its ahead-of-time cache
# halves the start (see turgus_jvm_options).
turgus_pick_java() {
  local candidate version fallback=""
  for candidate in "$(command -v java 2>/dev/null)" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java; do
    [[ -n "$candidate" && -x "$candidate" && -x "$(dirname "$candidate")/javac" ]] || continue
    version=$(turgus_java_version "$candidate")
    [[ -n "$version" ]] || continue
    if [[ "${version%%.*}" -ge 25 ]]; then
      turgus_use_java "$candidate"
      return 0
    fi
    if [[ -z "$fallback" && "${version%%.*}" -ge 17 ]]; then
      fallback="$candidate"
    fi
  done
  if [[ -n "$fallback" ]]; then
    turgus_use_java "$fallback"
    return 0
  fi
  echo "A JDK 17 or newer is needed (25 for the speed ./bench reports; apt-get install openjdk-17-jdk-headless)." >&2
  return 1
}

turgus_use_java() {
  JAVA_HOME="$(cd "$(dirname "$(realpath "$1")")/.." && pwd)"
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Installs Debian packages when a command is missing and we are root; otherwise explains.
turgus_require_package() {
  local probe="$1"; shift
  if [[ -e "$probe" ]] || command -v "$probe" >/dev/null 2>&1; then
    return 0
  fi
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing $* (needed for the tests)"
    if [[ -z "${TURGUS_APT_UPDATED:-}" ]]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      export TURGUS_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    echo "Missing $probe: install the Debian packages $* first." >&2
    return 1
  fi
}

# A TCP port nobody listens on, on the loopback interface.
turgus_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# The JVM settings the shop is run with (./run, ./bench, ./stress; deploy/ repeats them). Why each:
#   -XX:+UseSerialGC     one collector thread: on a small machine the parallel collectors' threads
#                        and bookkeeping cost memory and compete with request threads; with a heap
#                        this size its pauses stay in the low milliseconds.
#   -Xms32m -Xmx128m     the live set under load stays well under 100 MB (pictures are decoded
#                        subsampled, see RasterPictures); without a bound the JVM takes a quarter of
#                        the RAM and the process grows past a gigabyte. 192 MB served no faster.
#   -Xss512k             request threads are shallow; halves what each thread may reserve.
#   -XX:SweeperThreshold=5  (Java 21 or newer) once 5 % of the code cache (12 MB) has been compiled
#                        since the last one, a collection frees the compiled code that newer code
#                        replaced. With the default 15 % no young collection ever freed it, so the
#                        code cache only grew (to 71 MB) and PostgreSQL's peak RSS under ./bench
#                        was 303-311 MB; with 5 % it was 288-291 MB at the same throughput. The
#                        price: a few full collections of 70-130 ms, most while warming up.
#   -XX:AOTCache         on Java 25 or newer, the ahead-of-time cache next to the jar (see
#                        turgus_aot_cache): classes come loaded and linked, with the training run's
#                        method profiles, which halves the start. TURGUS_AOT_CACHE=0 goes without.
# JAVA_OPTS, when set, is appended and wins.
turgus_jvm_options() {
  local jar cache
  jar=$(realpath "$1")
  cache="${jar%.jar}.aot"
  local options="-XX:+UseSerialGC -Xms32m -Xmx128m -Xss512k"
  local version
  version=$(turgus_java_version java)
  if [[ "${version%%.*}" -ge 21 ]]; then
    options+=" -XX:SweeperThreshold=5"
  fi
  if [[ "${TURGUS_AOT_CACHE:-1}" != 0 && -f "$cache" && "$cache" -nt "$jar" && "${version%%.*}" -ge 25 ]]; then
    options+=" -XX:AOTCache=$cache -Xlog:aot=off -Xlog:cds=off"
  fi
  echo "$options ${JAVA_OPTS:-}"
}

# On Java 25 or newer (and unless TURGUS_AOT_CACHE=0), makes the ahead-of-time cache (JEP 483,
# 514, 515) for a jar when it is missing or older than the jar: the shop is started once on a
# throwaway data folder with its demo catalog, asked for its health, its SPA, catalog pages, a
# product, searches and a sign-in, and stopped; the JVM then writes what it loaded, linked and
# profiled to turgus.aot. Best effort: without the cache the shop runs the same, only slower to
# start. The cache records the jar by the path it was given and is used only by the same JDK
# naming the jar the same way, so both functions take the jar's absolute path, and the shop must
# be started with it (-jar "$(realpath …)").
turgus_aot_cache() {
  [[ "${TURGUS_AOT_CACHE:-1}" != 0 ]] || return 0
  local version
  version=$(turgus_java_version java)
  [[ -n "$version" && "${version%%.*}" -ge 25 ]] || return 0
  local jar cache
  jar=$(realpath "$1")
  cache="${jar%.jar}.aot"
  if [[ -f "$cache" && "$cache" -nt "$jar" ]]; then
    return 0
  fi
  echo "==> Writing the ahead-of-time cache that halves the start (once per build, about 20 s)"
  local data port pid base
  data=$(mktemp -d /tmp/turgus-aot.XXXXXX)
  port=$(turgus_free_port)
  base="http://127.0.0.1:$port"
  rm -f "$cache"
  local training_admin=training@example.com training_password=Training-Passw0rd-1
  SHOP_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port" SHOP_DEMO_DATA=true \
    SHOP_ADMIN_EMAIL="$training_admin" SHOP_ADMIN_PASSWORD="$training_password" \
    java -XX:+UseSerialGC -Xmx128m -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off \
    -jar "$jar" >"$data/shop.log" 2>&1 &
  pid=$!
  local tries=0
  until curl -fs -o /dev/null "$base/health"; do
    if ! kill -0 "$pid" 2>/dev/null || [[ $((tries += 1)) -gt 600 ]]; then
      echo "    (skipped: the training start did not come up; the shop runs the same, only slower to start)"
      kill "$pid" 2>/dev/null || true
      rm -rf "$data" "$cache"
      return 0
    fi
    sleep 0.1
  done
  # The catalog answers signed-in shoppers only: the training signs in as its own first admin, so
  # that the cache profiles the pages the shop serves, not their 401. The failed login trains the
  # check of an unknown account.
  local token path product
  curl -s -o /dev/null -H 'Content-Type: application/json' \
    -d '{"username":"nobody@example.com","password":"Not-the-password-1!"}' "$base/api/auth/login" || true
  token=$(curl -fs -H 'Content-Type: application/json' \
    -d "{\"username\":\"$training_admin\",\"password\":\"$training_password\"}" "$base/api/auth/login" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])' 2>/dev/null || true)
  curl -fs -o /dev/null "$base/" || true
  for path in "/api/products?page=2&size=20" "/api/products?sort=price&size=20" \
              "/api/products?q=grinder&size=20" "/api/products?q=lapt&size=20" /api/search/trending; do
    curl -fs -o /dev/null -H "Authorization: Bearer $token" "$base$path" || true
  done
  product=$(curl -fs -H "Authorization: Bearer $token" "$base/api/products?size=1" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])' 2>/dev/null || true)
  if [[ -n "$product" ]]; then
    curl -fs -o /dev/null -H "Authorization: Bearer $token" "$base/api/products/$product" || true
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  if [[ -f "$cache" ]]; then
    touch "$cache"
  else
    echo "    (skipped: the JVM wrote no cache; the shop runs the same, only slower to start)"
  fi
  return 0
}
