#!/usr/bin/env bash
# Builds every Minyi image: the jars first (./mvnw -DskipTests package), then one layered image per
# service from deploy/docker/Dockerfile. Needs a JDK 17 and a Docker engine.
#
#   deploy/docker/build-images.sh                      # minyi/<service>:0.1.0, as docker-compose.yml names them
#   deploy/docker/build-images.sh --skip-package       # the jars are already built
#   MINYI_REGISTRY=registry.example.gov.cn/ MINYI_TAG=0.1.0 deploy/docker/build-images.sh --push
set -euo pipefail
cd "$(dirname "$0")/../.."

registry="${MINYI_REGISTRY:-}"
tag="${MINYI_TAG:-0.1.0}"
package=true
push=false
for arg in "$@"; do
  case "$arg" in
    --skip-package) package=false ;;
    --push) push=true ;;
    *) echo "usage: $0 [--skip-package] [--push]" >&2; exit 2 ;;
  esac
done

# image name, jar, HTTP port
images=(
  "intake                 services/intake/target/intake.jar                                   8081"
  "routing                services/routing/target/routing.jar                                 8082"
  "committee-review       services/committee-review/target/committee-review.jar               8083"
  "leadership-instruction services/leadership-instruction/target/leadership-instruction.jar   8084"
  "follow-up              services/follow-up/target/follow-up.jar                             8085"
  "dashboard              services/dashboard/target/dashboard.jar                             8086"
  "gateway                services/gateway/target/gateway.jar                                 8080"
  "auth-server            deploy/auth-server/target/auth-server.jar                           9000"
)

if $package; then
  ./mvnw -B -ntp -DskipTests package
fi

for entry in "${images[@]}"; do
  read -r name jar port <<<"$entry"
  if [[ ! -f "$jar" ]]; then
    echo "missing $jar: run without --skip-package" >&2
    exit 1
  fi
  image="${registry}minyi/${name}:${tag}"
  echo "==> ${image}"
  docker build --file deploy/docker/Dockerfile --build-arg "JAR=${jar}" --build-arg "PORT=${port}" \
    --tag "$image" .
  if $push; then
    docker push "$image"
  fi
done
echo "built ${#images[@]} images, tag ${tag}"
