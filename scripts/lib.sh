# Shared helpers for ./run and ./test. Sourced, not executed.

# Makes sure `java` is a JDK 17 or newer, preferring the machine's default.
turgus_pick_java() {
  local version
  version=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  if [[ -n "${version:-}" && "${version%%.*}" -ge 17 ]]; then
    return 0
  fi
  local candidate
  for candidate in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [[ -x "$candidate/bin/javac" ]]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "A JDK 17 or newer is needed (apt-get install openjdk-17-jdk-headless)." >&2
  return 1
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
#   -Xms32m -Xmx192m     the live set under load is well under 100 MB; without a bound the JVM
#                        takes a quarter of the RAM and the process grows past a gigabyte.
#   -Xss512k             request threads are shallow; halves what each thread may reserve.
#   -XX:SharedArchiveFile  only with TURGUS_CLASS_ARCHIVE=1: the class-data archive next to the
#                        jar (see turgus_class_archive). It cuts a restart from about 4 s to about
#                        2.7 s, but the shop then wrote at half the rate on H2 (measured by ./bench,
#                        2026-12-05: a restore of 10,000 products 27.8 s instead of 14.3 s, checkout
#                        153 instead of 190 a second), so a shop in service runs without it.
# JAVA_OPTS, when set, is appended and wins.
turgus_jvm_options() {
  local jar archive
  jar=$(realpath "$1")
  archive="${jar%.jar}.jsa"
  local options="-XX:+UseSerialGC -Xms32m -Xmx192m -Xss512k"
  if [[ "${TURGUS_CLASS_ARCHIVE:-0}" == 1 && -f "$archive" && "$archive" -nt "$jar" ]]; then
    options+=" -XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
  echo "$options ${JAVA_OPTS:-}"
}

# With TURGUS_CLASS_ARCHIVE=1 (see turgus_jvm_options for why not by default), makes the class-data
# archive (AppCDS) for a jar when it is missing or older than the jar: the
# shop is started once on a throwaway data folder, asked for its health, its SPA and a sign-in,
# and stopped; the JVM writes every class it loaded to turgus.jsa on exit. Start-up then loads
# those classes from the archive instead of the jar. Best effort: without the archive the shop
# runs the same, only slower to start. The archive records the jar by the path it was given and
# is used only by a JVM that names the jar the same way from wherever it runs, so both functions
# take the jar's absolute path, and the shop must be started with it (-jar "$(realpath …)").
turgus_class_archive() {
  [[ "${TURGUS_CLASS_ARCHIVE:-0}" == 1 ]] || return 0
  local jar archive
  jar=$(realpath "$1")
  archive="${jar%.jar}.jsa"
  if [[ -f "$archive" && "$archive" -nt "$jar" ]]; then
    return 0
  fi
  echo "==> Writing the class-data archive that speeds up start-up (once per build)"
  local data port pid
  data=$(mktemp -d /tmp/turgus-cds.XXXXXX)
  port=$(turgus_free_port)
  rm -f "$archive"
  SHOP_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port" \
    java -XX:+UseSerialGC -Xmx192m -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$jar" >"$data/shop.log" 2>&1 &
  pid=$!
  local tries=0
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    if ! kill -0 "$pid" 2>/dev/null || [[ $((tries += 1)) -gt 600 ]]; then
      echo "    (skipped: the training start did not come up; the shop runs the same, only slower to start)"
      kill "$pid" 2>/dev/null || true
      rm -rf "$data" "$archive"
      return 0
    fi
    sleep 0.1
  done
  curl -fs -o /dev/null "http://127.0.0.1:$port/" || true
  curl -s -o /dev/null -H 'Content-Type: application/json' \
    -d '{"email":"nobody@example.com","password":"Not-the-password-1!"}' \
    "http://127.0.0.1:$port/api/auth/login" || true
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  [[ -f "$archive" ]] && touch "$archive"
  return 0
}
