#!/bin/bash
# Container health without curl: ask the service's readiness endpoint over bash's /dev/tcp and accept
# only an HTTP 200 (Spring Boot answers 503 while the service is not ready).
# Port: the first argument, else SERVER_PORT, else the image's MINYI_HTTP_PORT.
port="${1:-${SERVER_PORT:-${MINYI_HTTP_PORT:-8080}}}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
read -r -t 4 protocol status _ <&3 || exit 1
[[ "${protocol}" == HTTP/* && "${status}" == 200 ]]
