#!/bin/sh
# The compose setup's secrets, made once on first `docker compose up` into
# the `secrets` volume and kept there (docker compose down -v forgets them):
# nothing secret is written in this repository. Each file is readable only
# by the user of the service that needs it:
#   uid 1001   the app and the worker (Dockerfile's user `cinema`)
#   uid 70     PostgreSQL (postgres:*-alpine)
#   gid 65534  Prometheus (user nobody), for the metrics token alone
#   uid 472    Grafana
set -eu
dir=${1:-/secrets}
random() { od -An -tx1 -N32 /dev/urandom | tr -d ' \n'; }

# make <file> <owner> <mode> [<content>]: a random value unless given; never replaced once made.
make() {
  [ -s "$dir/$1" ] || (umask 077 && printf '%s' "${4:-$(random)}" > "$dir/$1")
  chown "$2" "$dir/$1"
  chmod "$3" "$dir/$1"
}

make postgres-password 70:70 0400
make database-url 1001:1001 0400 "postgresql://cinema:$(cat "$dir/postgres-password")@postgres:5432/cinema"
make auth-secret 1001:1001 0400
make metrics-token 1001:65534 0440
make webhook-secret 1001:1001 0400 "whsec_$(random)"
make grafana-admin-password 472:472 0400
echo "Secrets ready in $dir."
