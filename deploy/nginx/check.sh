#!/bin/sh
# Checks deploy/nginx/kehoach.conf with the nginx installed here (Debian: apt-get install nginx-light) without touching
# the system's nginx: a throwaway prefix, a wrapper nginx.conf that includes the file in its http block, and a
# self-signed certificate in place of the real one. Starts nothing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=kehoach.test \
    -keyout "$work/kehoach.key" -out "$work/kehoach.pem" 2>/dev/null
sed -e "s#/etc/ssl/certs/kehoach.pem#$work/kehoach.pem#" \
    -e "s#/etc/ssl/private/kehoach.key#$work/kehoach.key#" \
    -e "s#/var/log/nginx/#$work/#g" \
    "$here/kehoach.conf" > "$work/kehoach.conf"
cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    access_log $work/access.log;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    include $work/kehoach.conf;
}
CONF
nginx -t -p "$work" -c "$work/nginx.conf"
