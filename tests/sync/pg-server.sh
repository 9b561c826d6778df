#!/usr/bin/env bash
# A throwaway PostgreSQL server for the sync tests, started and stopped by CTest fixtures:
#   pg-server.sh start STATE_DIR   initdb in a new temporary folder, start on a free loopback
#                                  port, write the connection URL to STATE_DIR/url
#   pg-server.sh stop STATE_DIR    stop it and remove its folder
# initdb refuses root, so as root the server runs as the `postgres` user. Autovacuum is off: its
# ANALYZE transactions would hold back the sync's pull horizon at random moments of a test.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}
mkdir -p "$state"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-server: PostgreSQL's server binaries are missing (apt-get install postgresql)" >&2
    exit 1
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for port in $(seq 54320 54420); do
        if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

case "$action" in
start)
    "$0" stop "$state" >/dev/null 2>&1 || true
    folder=$(mktemp -d /tmp/comptoir-pg.XXXXXX)
    chmod 755 "$folder"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$folder"
    as_server_user "$bindir/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    port=$(free_port)
    as_server_user "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=100 -c autovacuum=off" \
        start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
    echo "$folder" >"$state/folder"
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
    echo "pg-server: PostgreSQL running in $folder on port $port"
    ;;
stop)
    if [ -f "$state/folder" ]; then
        folder=$(cat "$state/folder")
        if [ -d "$folder/data" ]; then
            as_server_user "$bindir/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        # Hundreds of test databases take a while to delete: that happens in the background.
        trash="$folder.trash"
        mv "$folder" "$trash" 2>/dev/null && { setsid rm -rf "$trash" </dev/null >/dev/null 2>&1 & } || rm -rf "$folder"
        rm -f "$state/folder" "$state/url"
        echo "pg-server: stopped"
    fi
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
