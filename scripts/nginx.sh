#!/usr/bin/env bash
# Runs nginx in the foreground with a configuration of deploy/nginx/, changing only `listen`
# and `root`. Usage: scripts/nginx.sh PORT DIST_DIR WORK_DIR [CONF]
# CONF is bhyt-toan-dan.conf (one site at the root of its host, the default) or bhyt-tinh.conf
# (a province build, each commune under its own path). Used by `./run serve` and by the nginx
# and province tests, so they exercise the shipped configurations.
set -euo pipefail
port="$1"; dist="$(cd "$2" && pwd)"
mkdir -p "$3"; work="$(cd "$3" && pwd)"   # absolute: nginx reads -c relative to its prefix
root="$(cd "$(dirname "$0")/.." && pwd)"
shipped="$root/deploy/nginx/${4:-bhyt-toan-dan.conf}"
for line in "^    listen 80;\$" "^    root [^ ]*;\$"; do
  [ "$(grep -cx "$line" "$shipped")" = 1 ] || { echo "$shipped must have one line '$line'" >&2; exit 1; }
done
sed -e "s#^    listen 80;\$#    listen 127.0.0.1:$port;#" \
    -e "s#^    root [^ ]*;\$#    root $dist;#" "$shipped" > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
load_module ${NGINX_MODULES:-/usr/lib/nginx/modules}/ngx_http_brotli_static_module.so;
master_process off;  # one process: stopping the test or ./run serve stops nginx
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  include $work/site.conf;
}
CONF
# No `nginx -t` first: it binds the port too, and a test that saw the port open could then
# be reset when that checking process exits. nginx reports a bad configuration itself.
exec "${NGINX:-/usr/sbin/nginx}" -p "$work" -c "$work/nginx.conf" -e "$work/error.log"
