#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for diplograph's tests.
#
# usage: scripts/pg-start.sh DIR [PORT]
#   DIR  an empty or missing directory that will hold the cluster, its log and its socket
#   PORT TCP port on 127.0.0.1 (default 54329; the next free one is taken if it is busy)
# Prints the connection string on stdout, e.g.
#   postgres://diplograph@127.0.0.1:54329/diplograph_test?sslmode=disable
# so that `export DIPLOGRAPH_TEST_POSTGRES=$(scripts/pg-start.sh /tmp/pg)` works.
# Stop it with scripts/pg-stop.sh DIR.
#
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
# Authentication is "trust": the server listens only on 127.0.0.1 and a private socket dir.
set -euo pipefail

dir=${1:?usage: pg-start.sh DIR [PORT]}
port=${2:-54329}
user=diplograph
db=diplograph_test

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir=$(pg_config --bindir)
fi
if [ -z "$bindir" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-start: no PostgreSQL server found (install postgresql-15: apt-get install postgresql-15)" >&2
  exit 1
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [ -e "$dir/data" ]; then
  echo "pg-start: $dir/data already exists; stop it with scripts/pg-stop.sh $dir first" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  chown postgres: "$dir"
  if ! runuser -u postgres -- test -x "$dir"; then
    echo "pg-start: user postgres cannot reach $dir (a parent directory is private); use a directory such as \$(mktemp -d /tmp/pg.XXXXXX)" >&2
    exit 1
  fi
fi

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
tries=0
while port_busy "$port"; do
  tries=$((tries + 1))
  if [ "$tries" -gt 20 ]; then
    echo "pg-start: no free port found near $2" >&2
    exit 1
  fi
  port=$((port + 1))
done

as_owner "$bindir/initdb" --pgdata="$dir/data" --username="$user" --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
  echo "pg-start: initdb failed:" >&2
  cat "$dir/initdb.log" >&2
  exit 1
}
as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" \
  start >"$dir/pg_ctl.log" 2>&1 || {
  echo "pg-start: server did not start:" >&2
  cat "$dir/pg_ctl.log" "$dir/server.log" >&2 || true
  exit 1
}
echo "$port" >"$dir/port"
as_owner "$bindir/createdb" --host="$dir" --port="$port" --username="$user" "$db"
echo "postgres://$user@127.0.0.1:$port/$db?sslmode=disable"
