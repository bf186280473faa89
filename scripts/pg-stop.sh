#!/usr/bin/env bash
# Stop a server started by scripts/pg-start.sh DIR and remove DIR.
set -euo pipefail

dir=${1:?usage: pg-stop.sh DIR}
[ -d "$dir/data" ] || { rm -rf "$dir"; exit 0; }

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/pg_ctl" ]; then
  bindir=$(pg_config --bindir)
fi
[ -n "$bindir" ] || bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

if [ "$(id -u)" -eq 0 ]; then
  runuser -u postgres -- "$bindir/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null 2>&1 || true
else
  "$bindir/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null 2>&1 || true
fi
rm -rf "$dir"
