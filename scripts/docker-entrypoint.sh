#!/bin/sh
# The containers' entry point: settings may come from files, as Docker and
# Kubernetes hand out secrets. For each setting below, NAME_FILE=/path sets
# NAME to the file's content (without its final newline), so secrets stay
# out of `docker inspect` and compose files. Then it runs the command.
set -eu

for name in DATABASE_URL AUTH_SECRET METRICS_TOKEN STRIPE_SECRET_KEY STRIPE_WEBHOOK_SECRET SMTP_URL TWILIO_AUTH_TOKEN; do
  file=$(printenv "${name}_FILE" || true)
  [ -n "$file" ] || continue
  if printenv "$name" > /dev/null; then
    echo "Both $name and ${name}_FILE are set: keep one." >&2
    exit 1
  fi
  if [ ! -r "$file" ]; then
    echo "${name}_FILE names $file, which this user ($(id -u)) cannot read." >&2
    exit 1
  fi
  value=$(cat "$file")
  export "$name=$value"
  unset "${name}_FILE"
done

exec "$@"
