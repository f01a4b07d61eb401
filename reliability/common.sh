# Shared by reliability/backup-restore and reliability/compose-run: the packaged application, free
# ports, starting and stopping the jar, and a PostgreSQL server from Debian's packages.
# Sourced, not run.

WORK_ROOT="${WORK_ROOT:-target}"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

fail() { log "FAILED: $*"; exit 1; }

# The jar ./mvnw package builds (the Dockerfile's build stage runs the same command).
application_jar() {
  local jar
  jar=$(ls target/program-tracker-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
  if [ -z "$jar" ]; then
    log "building the jar: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests >&2
    jar=$(ls target/program-tracker-*.jar | grep -v -- '-plain\.jar$' | head -1)
  fi
  printf '%s\n' "$jar"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

port_is_free() {
  python3 -c 'import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)' "$1"
}

# start_jar NAME JAR LOG [VAR=value ...] -- [argument ...]: runs the jar in the background with those
# variables, keeps its pid in $WORK/NAME.pid.
start_jar() {
  local name="$1" jar="$2" logfile="$3"
  shift 3
  local vars=()
  while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do vars+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  env "${vars[@]}" java -Xmx768m -jar "$jar" "$@" >"$logfile" 2>&1 &
  echo $! >"$WORK/$name.pid"
}

# wait_until_ready PORT SECONDS PIDFILE LOG: the readiness probe says UP, or the process died, or time ran out.
wait_until_ready() {
  local port="$1" seconds="$2" pidfile="$3" logfile="$4" started=$SECONDS
  while [ $((SECONDS - started)) -lt "$seconds" ]; do
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      tail -40 "$logfile"
      fail "the application exited before it was ready (log: $logfile)"
    fi
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    sleep 1
  done
  tail -40 "$logfile"
  fail "not ready within $seconds s (log: $logfile)"
}

# stop_jar NAME: SIGTERM, as a service manager stops it, then wait (the embedded PostgreSQL stops with it).
stop_jar() {
  local pidfile="$WORK/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$pidfile"
}

# Debian's PostgreSQL: the newest major version installed under /usr/lib/postgresql.
debian_pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || fail "no PostgreSQL server from Debian's packages (sudo apt-get install postgresql)"
  printf '%s\n' "$bin"
}

# As the postgres user when run as root (Debian's initdb refuses root), as oneself otherwise.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_debian_pg DIR PORT: a new cluster in DIR listening on 127.0.0.1:PORT, with password
# authentication over TCP and its socket in DIR.
start_debian_pg() {
  local dir="$1" port="$2" bin
  bin=$(debian_pg_bin)
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; fail "initdb"; }
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir" start >/dev/null \
    || { cat "$dir/server.log"; fail "PostgreSQL did not start"; }
}

stop_debian_pg() {
  local dir="$1" bin
  bin=$(debian_pg_bin)
  [ -f "$dir/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
}

# psql as the superuser through the cluster's socket.
pg_super() {
  local dir="$1" port="$2"
  shift 2
  as_pg "$(debian_pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres "$@"
}
