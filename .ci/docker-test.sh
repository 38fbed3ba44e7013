#!/usr/bin/env bash
# Proves the Docker image (issue 7): it builds, starts healthy on the sample corpus, accepts an
# article through the write API, keeps it in its volume across containers, stops cleanly within
# 10 s on `docker stop`, and runs as a non-root user.
#
#   .ci/docker-test.sh            (from anywhere; the repo must sit beside ../shared)
#
# Environment:
#   IMAGE            tag to build and test (default hallyu-search:ci)
#   HEALTH_TIMEOUT   seconds to wait for "healthy" (default 120)
#   SKIP_WRITE_API=1 skip the write-API steps (only while issue 6 has not landed; prints SKIPPED)
#
# Everything it creates (containers, the volume, a Docker engine it had to start) is removed by
# id on exit, whether it passes or fails, so it can run twice in a row.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
IMAGE=${IMAGE:-hallyu-search:ci}
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-120}
STOP_LIMIT=10
TOKEN="ci-token-$$-$RANDOM"
RUN_ID="$(date +%s)-$$"
export STANDIN_DIR=${STANDIN_DIR:-$(dirname "$(mktemp -u)")/docker-standins}

T0=$SECONDS
START_EPOCH=$(date +%s)
containers=()
volume=""
engine_started_here=false
passed=false

log() { printf '[docker-test %4ds] %s\n' "$((SECONDS - T0))" "$*"; }
fail() { log "FAIL: $*"; exit 1; }
now_ms() { date +%s%3N; }

# Runs one named step and prints how long it took.
step() {
  local name=$1 t=$SECONDS
  shift
  log "-> $name"
  "$@"
  log "ok $name ($((SECONDS - t)) s)"
}

# The pid of the dockerd that docker-standins.sh started for this run, or nothing: the pid file
# must have been written after this script began and name a live dockerd, so a stale file from an
# earlier run can never make us kill an unrelated process.
engine_pid_started_here() {
  local f="$STANDIN_DIR/dockerd.pid" pid
  [ "$engine_started_here" = true ] && [ -f "$f" ] || return 0
  [ "$(stat -c %Y "$f")" -ge "$START_EPOCH" ] || return 0
  pid=$(cat "$f")
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] && echo "$pid"
  return 0
}

cleanup() {
  local rc=$?
  set +e
  if [ "$passed" != true ]; then
    for c in "${containers[@]}"; do
      log "logs of container ${c:0:12} (last 40 lines):"
      docker logs --tail 40 "$c" 2>&1 | sed 's/^/    /'
    done
  fi
  for c in "${containers[@]}"; do
    docker rm -f -v "$c" >/dev/null 2>&1 && log "removed container ${c:0:12}"
  done
  if [ -n "$volume" ]; then
    docker volume rm "$volume" >/dev/null 2>&1 && log "removed volume $volume"
  fi
  local pid
  pid=$(engine_pid_started_here)
  if [ -n "$pid" ]; then
    log "stopping the Docker engine this script started (pid $pid)"
    kill "$pid" 2>/dev/null
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && log "warning: dockerd $pid still running"
  fi
  if [ "$rc" -eq 0 ]; then log "PASSED in $((SECONDS - T0)) s"; else log "FAILED (exit $rc) after $((SECONDS - T0)) s"; fi
  exit "$rc"
}
trap cleanup EXIT

# --- steps -------------------------------------------------------------------------------------

engine() {
  if docker info >/dev/null 2>&1; then
    log "a Docker engine is already running: it will be left running"
  else
    engine_started_here=true
  fi
  "$ROOT/../shared/tools/docker-standins.sh" 2>&1 | sed 's/^/    /'
  docker info >/dev/null 2>&1 || fail "no Docker engine after docker-standins.sh"
  command -v curl >/dev/null || fail "curl is needed on the host"
}

build() {
  local out
  out=$(mktemp)
  if ! docker build --force-rm -t "$IMAGE" . >"$out" 2>&1; then
    tail -40 "$out" | sed 's/^/    /'
    rm -f "$out"
    fail "docker build"
  fi
  rm -f "$out"
  log "built $IMAGE ($(docker image inspect -f '{{.Id}}' "$IMAGE" | cut -c8-19))"
}

make_volume() {
  volume=$(docker volume create "hallyu-ci-$RUN_ID")
  log "volume $volume"
}

# Starts a container on the volume with a random free host port; sets $cid and $port.
start_container() {
  cid=$(docker run -d -p 127.0.0.1::7070 -v "$volume:/app/index-data" \
    -e HALLYU_ADMIN_TOKEN="$TOKEN" --memory 768m "$IMAGE")
  containers+=("$cid")
  port=$(docker port "$cid" 7070/tcp | head -n1 | sed 's/.*://')
  [ -n "$port" ] || fail "no published port for container ${cid:0:12}"
  log "container ${cid:0:12} on http://127.0.0.1:$port"
}

wait_healthy() {
  local status="" t=$SECONDS
  while [ $((SECONDS - t)) -lt "$HEALTH_TIMEOUT" ]; do
    status=$(docker inspect -f '{{.State.Status}} {{.State.Health.Status}}' "$cid")
    case "$status" in
      "running healthy") log "healthy after $((SECONDS - t)) s"; return 0 ;;
      *unhealthy | exited* | dead*) break ;;
    esac
    sleep 1
  done
  fail "container ${cid:0:12} not healthy after $((SECONDS - t)) s (state: $status)"
}

api() { curl -fsS --max-time 10 "$@"; }

# Prints the "total" of a search for $1 (URL-encoded by curl).
search_total() {
  api -G "http://127.0.0.1:$port/api/search" --data-urlencode "q=$1" \
    | grep -o '"total":[0-9]*' | head -n1 | cut -d: -f2
}

search_sample() {
  local q total
  for q in BLACKPINK 블랙핑크; do
    total=$(search_total "$q")
    [ "${total:-0}" -gt 0 ] || fail "search '$q' on the sample corpus found ${total:-nothing}"
    log "search '$q': total $total"
  done
  local docs
  docs=$(api "http://127.0.0.1:$port/health")
  log "health: $docs"
}

ARTICLE_ID="ci-docker-$RUN_ID"
ARTICLE_TERM="zyxdockerprobe$$"

post_article() {
  local body code
  body=$(printf '{"id":"%s","title":"Docker probe %s","body":"An article posted by the Docker CI test %s to prove the index volume keeps it.","date":"2026-01-15","outlet":"Hallyu CI","url":"https://ci.example/%s","lang":"en"}' \
    "$ARTICLE_ID" "$ARTICLE_TERM" "$ARTICLE_TERM" "$ARTICLE_ID")
  out=$(mktemp)
  code=$(curl -sS --max-time 10 -o "$out" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data "$body" "http://127.0.0.1:$port/api/articles")
  local resp
  resp=$(cat "$out")
  rm -f "$out"
  log "POST /api/articles -> $code $resp"
  [ "$code" != 404 ] || fail "POST /api/articles answered 404: the write API (issue 6) is not in this build (SKIP_WRITE_API=1 skips these steps)"
  [[ "$code" == 2* ]] || fail "POST /api/articles answered $code"
  grep -qE '"indexed": *1[,}]' <<<"$resp" || fail "the article was not indexed: $resp"
  # Without the token the same request must be refused.
  code=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$port/api/articles")
  [ "$code" = 401 ] || [ "$code" = 403 ] || fail "POST without a token answered $code, not 401/403"
  log "POST without the token -> $code"
}

# The article must be found by search; the contract allows up to 1 s before it is visible.
article_found() {
  local t0 resp tries=0
  t0=$(now_ms)
  while :; do
    tries=$((tries + 1))
    resp=$(api -G "http://127.0.0.1:$port/api/search" --data-urlencode "q=$ARTICLE_TERM")
    if grep -qE "\"id\": *\"$ARTICLE_ID\"" <<<"$resp"; then
      log "article $ARTICLE_ID found after $(($(now_ms) - t0)) ms (search $tries)"
      return 0
    fi
    [ $(($(now_ms) - t0)) -lt 5000 ] || fail "article $ARTICLE_ID not found by search: $resp"
    sleep 0.2
  done
}

# What a clean shutdown prints: Javalin's own line, and the server's line about the index when this
# build's ServeCommand prints one (the write-API work adds it).
SHUTDOWN_LINES=("Javalin has stopped")
if grep -rqF "index committed and closed" src/main/java/io/hallyu/cli/ 2>/dev/null; then
  SHUTDOWN_LINES+=("index committed and closed")
fi

# docker stop must end the container within the limit, by SIGTERM and the shutdown hook, not by
# docker's SIGKILL (exit 137). The JVM exits 143 (128 + SIGTERM) after running its hooks.
stop_cleanly() {
  local t0 ms code logs
  t0=$(now_ms)
  docker stop -t 30 "$cid" >/dev/null
  ms=$(($(now_ms) - t0))
  code=$(docker inspect -f '{{.State.ExitCode}} {{.State.OOMKilled}}' "$cid")
  log "docker stop took $ms ms; exit code / OOM-killed: $code"
  [ "$ms" -lt $((STOP_LIMIT * 1000)) ] || fail "docker stop took $ms ms (limit ${STOP_LIMIT} s)"
  case "$code" in
    "0 false" | "143 false") ;;
    *) fail "unclean exit: $code" ;;
  esac
  logs=$(docker logs "$cid" 2>&1)
  local line
  for line in "${SHUTDOWN_LINES[@]}"; do
    grep -qF "$line" <<<"$logs" || fail "no '$line' in the logs"
  done
  if grep -qiE 'closing the index failed|Exception' <<<"$logs"; then
    grep -iE -A3 'closing the index failed|Exception' <<<"$logs" | sed 's/^/    /'
    fail "errors in the logs"
  fi
  log "logs show a clean shutdown: $(printf "'%s' " "${SHUTDOWN_LINES[@]}")"
}

# Documents in the index, from /health.
documents() {
  api "http://127.0.0.1:$port/health" | grep -oE '"documents": *[0-9]+' | grep -oE '[0-9]+$'
}

count_documents() {
  docs_before=$(documents)
  [ -n "$docs_before" ] || fail "/health gave no document count"
  log "$docs_before documents before the stop"
}

# The second container must open the existing index, not re-index the sample into a fresh one.
index_kept() {
  local logs docs
  logs=$(docker logs "$cid" 2>&1)
  if grep -q 'Empty index' <<<"$logs"; then fail "the new container found an empty index in the volume"; fi
  docs=$(documents)
  [ "$docs" = "$docs_before" ] || fail "$docs documents after the restart, $docs_before before"
  log "the new container opened the existing index: $docs documents, as before the stop"
}

not_root() {
  local uid pid1
  uid=$(docker exec "$cid" id -u)
  [ "$uid" != 0 ] || fail "the container runs as root"
  pid1=$(docker exec "$cid" cat /proc/1/comm)
  [ "$pid1" = java ] || fail "PID 1 is '$pid1', not java: signals would not reach the JVM"
  log "uid $uid ($(docker exec "$cid" id -un)); PID 1 is $pid1"
}

# A JVM started like the entrypoint's, inside the container, sizes its heap from the limit.
jvm_sized() {
  local max limit
  max=$(docker exec "$cid" sh -c 'java -XX:MaxRAMPercentage=75 $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null' \
    | awk '$2 == "MaxHeapSize" {print $4}')
  limit=$(docker inspect -f '{{.HostConfig.Memory}}' "$cid")
  log "max heap $((max / 1048576)) MiB under a $((limit / 1048576)) MiB limit"
  [ "$max" -ge $((limit * 70 / 100)) ] && [ "$max" -le $((limit * 80 / 100)) ] \
    || fail "max heap $max is not ~75% of the container limit $limit"
}

# --- the test ----------------------------------------------------------------------------------

step "Docker engine and base images" engine
step "docker build" build
step "named volume" make_volume
step "first container" start_container
step "wait for healthy" wait_healthy
step "search the sample corpus" search_sample
if [ "${SKIP_WRITE_API:-}" = 1 ]; then
  log "SKIPPED: write API (POST /api/articles) steps, SKIP_WRITE_API=1"
else
  step "POST an article with the token" post_article
  step "the article is searchable" article_found
fi
step "count documents" count_documents
step "docker stop (first container)" stop_cleanly
step "second container, same volume" start_container
step "wait for healthy" wait_healthy
step "index kept in the volume" index_kept
if [ "${SKIP_WRITE_API:-}" != 1 ]; then
  step "the article survived the restart" article_found
fi
step "non-root user, java as PID 1" not_root
step "JVM sized from the memory limit" jvm_sized
step "docker stop (second container)" stop_cleanly
passed=true
