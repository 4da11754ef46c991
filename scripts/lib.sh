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
