#!/usr/bin/env bash
# Builds the Dockerfile with podman and runs it the way compose.yaml does (a one-shot reindex, then two replicas
# serving the shared index volume read-only with one conversation secret), on a machine that cannot pull images:
# the two base images are stand-ins made with debootstrap from Debian's packages (Debian's OpenJDK 17 and Maven
# instead of Eclipse Temurin's). Not part of `mvn test` (it needs root, podman and several minutes); run it by hand:
#
#   sudo bash src/test/container/podman-smoke.sh
#
# What it does not cover: the Caddy proxy of compose.yaml (no image), and compose itself (no compose tool here).
# Where setrlimit above the current limits is refused (a sandbox without CAP_SYS_RESOURCE, seen 2026-12-02), podman
# runs only with runc and --ulimit values at or below the current ones; crun also refused cgroups in hybrid mode.
set -euo pipefail
cd "$(dirname "$0")/../../.."

WORK=${WORK:-/tmp/faqbot-podman}
SECRET=0123456789abcdef0123456789abcdef
RUN=(--runtime "$(command -v runc)" --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)
step() { printf '\n== %s\n' "$*"; }

step "podman, runc and debootstrap"
for tool in podman runc debootstrap; do
  command -v "$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
done
podman --version

step "stand-in base images"
mkdir -p "$WORK"
if ! podman image exists localhost/stand-in/temurin-17-jre:1; then
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$WORK/jre" http://deb.debian.org/debian >/dev/null
  tar -C "$WORK/jre" -c . | podman import - localhost/stand-in/temurin-17-jre:1
fi
if ! podman image exists localhost/stand-in/maven-temurin-17:1; then
  cp -a "$WORK/jre" "$WORK/build"
  mount -t proc proc "$WORK/build/proc"
  chroot "$WORK/build" bash -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven >/dev/null' \
    || { umount "$WORK/build/proc"; exit 1; }
  umount "$WORK/build/proc"
  tar -C "$WORK/build" -c . | podman import - localhost/stand-in/maven-temurin-17:1
fi

step "build (docker format, so HEALTHCHECK is kept; the host's Maven cache and trust store for the Maven stage)"
podman build --format docker "${RUN[@]}" --network=host -v "$HOME/.m2:/root/.m2" \
  -v /etc/ssl/certs/java/cacerts:/etc/ssl/certs/java/cacerts:ro \
  --build-arg BUILD_IMAGE=localhost/stand-in/maven-temurin-17:1 --build-arg RUN_IMAGE=localhost/stand-in/temurin-17-jre:1 \
  -t localhost/faqbot:smoke . >"$WORK/build.log"

cleanup() { podman rm -f faqbot-smoke-a faqbot-smoke-b faqbot-smoke-c >/dev/null 2>&1 || true; podman volume rm -f faqbot-smoke-index >/dev/null 2>&1 || true; }
trap cleanup EXIT
cleanup

wait_ready() {
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$1/api/ready" 2>/dev/null && return 0; sleep 1; done
  echo "port $1 never became ready" >&2; return 1
}

step "one server: first start builds the index into the volume, runs as faqbot, is healthy, stops on SIGTERM with 143"
podman run -d --name faqbot-smoke-a "${RUN[@]}" -p 18431:8080 -e FAQBOT_CONVERSATION_SECRET=$SECRET \
  -v faqbot-smoke-index:/srv/faqbot/index localhost/faqbot:smoke >/dev/null
wait_ready 18431
curl -s http://127.0.0.1:18431/api/health; echo
[ "$(podman exec faqbot-smoke-a id -un)" = faqbot ]
podman healthcheck run faqbot-smoke-a 2>/dev/null
podman stop -t 15 faqbot-smoke-a >/dev/null
[ "$(podman inspect --format '{{.State.ExitCode}}' faqbot-smoke-a)" = 143 ]

step "reindex (compose's one-shot service) on the unchanged corpus makes no new generation"
podman run --rm "${RUN[@]}" -v faqbot-smoke-index:/srv/faqbot/index -v "$PWD/corpus:/srv/faqbot/corpus:ro" localhost/faqbot:smoke \
  reindex --corpus /srv/faqbot/corpus --index /srv/faqbot/index 2>/dev/null | grep "unchanged"

step "two replicas on the volume read-only, one secret: a conversation started on one goes on on the other"
for replica in b:18432 c:18433; do
  podman run -d --name "faqbot-smoke-${replica%%:*}" "${RUN[@]}" -p "${replica##*:}:8080" -e FAQBOT_CONVERSATION_SECRET=$SECRET \
    -v faqbot-smoke-index:/srv/faqbot/index:ro localhost/faqbot:smoke \
    serve --built-index --corpus /srv/faqbot/corpus --index /srv/faqbot/index --port 8080 >/dev/null
done
wait_ready 18432
wait_ready 18433
token=$(curl -s http://127.0.0.1:18432/api/chat -H 'Content-Type: application/json' -d '{"message": "what are the risks of kyphoplasty?"}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["conversation"])')
follow_up() {
  curl -s "http://127.0.0.1:$1/api/chat" -H 'Content-Type: application/json' \
    -d "{\"message\": \"and for vertebroplasty?\", \"conversation\": \"$token\"}" \
    | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["type"], d["citations"][0]["section"])'
}
on_b=$(follow_up 18432)
on_c=$(follow_up 18433)
echo "on the first replica: $on_b"
echo "on the other:         $on_c"
[ "$on_b" = "$on_c" ]
step "new content: reindex publishes gen-000002 into the volume, and both replicas swap to it by themselves"
rm -rf "$WORK/corpus" && cp -r corpus "$WORK/corpus"
printf '\n## Parking\n\nPatients park for free in the visitor garage.\n' >>"$WORK/corpus/articles/kyphoplasty-vs-vertebroplasty.md"
podman run --rm "${RUN[@]}" -v faqbot-smoke-index:/srv/faqbot/index -v "$WORK/corpus:/srv/faqbot/corpus:ro" localhost/faqbot:smoke \
  reindex --corpus /srv/faqbot/corpus --index /srv/faqbot/index 2>/dev/null | grep "Published gen-000002"
for port in 18432 18433; do
  for _ in $(seq 1 30); do curl -s "http://127.0.0.1:$port/api/health" | grep -q '"gen-000002"' && break; sleep 1; done
  curl -s "http://127.0.0.1:$port/api/health" | grep -q '"gen-000002"'
  echo "port $port serves gen-000002"
done
for replica in b c; do
  podman stop -t 15 "faqbot-smoke-$replica" >/dev/null
  [ "$(podman inspect --format '{{.State.ExitCode}}' "faqbot-smoke-$replica")" = 143 ]
done

step "passed"
