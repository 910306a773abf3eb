# Sourced by .ci/run. When no Docker engine answers, installs Debian's docker.io and starts a private dockerd:
# its own socket, data root, exec root, pidfile and bridge under one temporary directory, so no other program on
# the machine finds it or clashes with it. An EXIT trap stops it, with its containers, whatever the outcome.
# Published ports bind 127.0.0.1 only.

docker_engine_stop() {
  set +e
  local dir=$1
  [ -S "$dir/docker.sock" ] && docker -H "unix://$dir/docker.sock" ps -aq 2>/dev/null \
    | xargs -r docker -H "unix://$dir/docker.sock" rm -f >/dev/null 2>&1
  if [ -f "$dir/launched.pid" ]; then
    local pid children
    pid=$(cat "$dir/launched.pid")
    children=$(pgrep -P "$pid")
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    # Only if it did not stop by itself in 30 s; its containerd would be left behind then, so it goes too.
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" $children 2>/dev/null
  fi
  ip link delete "$(cat "$dir/bridge" 2>/dev/null)" 2>/dev/null
  # The data root holds overlay mounts until dockerd is gone; whatever is still mounted is left, not forced.
  rm -rf "$dir" 2>/dev/null
  return 0
}

docker_engine_start() {
  if docker info >/dev/null 2>&1; then
    echo "Docker engine: using the one at ${DOCKER_HOST:-the default socket}"
    return 0
  fi
  local started=$SECONDS
  if ! command -v dockerd >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
  fi
  local dir
  dir=$(mktemp -d /tmp/ci-docker.XXXXXX)
  # A bridge and subnet of its own: two engines on one docker0 would hand out the same container addresses.
  local bridge="ikbr${dir##*.}"
  bridge=${bridge:0:15}
  local subnet="10.$((RANDOM % 200 + 50)).$((RANDOM % 250)).1/24"
  ip link add name "$bridge" type bridge
  ip addr add "$subnet" dev "$bridge"
  ip link set "$bridge" up
  echo "$bridge" >"$dir/bridge"
  trap "docker_engine_stop '$dir'" EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  dockerd -H "unix://$dir/docker.sock" --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/dockerd.pid" \
    --bridge "$bridge" --iptables=false --ip 127.0.0.1 >"$dir/dockerd.log" 2>&1 &
  echo $! >"$dir/launched.pid"
  export DOCKER_HOST="unix://$dir/docker.sock"
  for _ in $(seq 1 300); do
    docker info >/dev/null 2>&1 && break
    sleep 0.1
  done
  if ! docker info >/dev/null 2>&1; then
    echo "dockerd did not answer within 30 s; its log:" >&2
    cat "$dir/dockerd.log" >&2
    return 1
  fi
  echo "Docker engine: started dockerd $(cat "$dir/dockerd.pid") at $DOCKER_HOST in $((SECONDS - started)) s"
}
