#!/bin/bash
# Container health without curl: ask the service's readiness endpoint over bash's /dev/tcp.
port="${1:?port}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
grep -q '"UP"' <&3
