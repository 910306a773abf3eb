#!/usr/bin/env bash
# Builds the two images the container tests use, from what is on this machine and without any registry:
#
#   local/imagekit-emulator:test  a jlink'ed Java runtime and the emulator's exec jar, nothing else (user 10001)
#   local/redis:7                 Debian's redis-server and the libraries it links (user 10001)
#
# Each image is a root file system imported as it is (the equivalent of FROM scratch): the program, the shared
# libraries `ldd` lists for it, and /etc/passwd with the non-root user. Testcontainers finds the tags locally and
# never pulls. Needs a Docker engine (DOCKER_HOST or the default socket), a JDK 17+ with jlink, and for Redis either
# an installed redis-server or apt-get (the .deb files are downloaded and unpacked here, not installed).
#
# Usage: scripts/build-test-images.sh [--no-jar]   (--no-jar: use the exec jar already in imagekit-emulator/target)
set -euo pipefail
cd "$(dirname "$0")/.."

EMULATOR_IMAGE=local/imagekit-emulator:test
REDIS_IMAGE=local/redis:7
APP_UID=10001
# `jdeps --print-module-deps` over the exec jar's classes and BOOT-INF/lib, plus jdk.httpserver (the admin port).
JAVA_MODULES=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,jdk.jfr,jdk.unsupported,jdk.httpserver

build_jar=true
[ "${1:-}" = "--no-jar" ] && build_jar=false

if ! docker info >/dev/null 2>&1; then
  echo "No Docker engine answers at ${DOCKER_HOST:-the default socket}; start one first." >&2
  exit 1
fi

work=$(mktemp -d /tmp/ik-images.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Copies into root $1 the shared libraries (and the dynamic loader) that ldd lists for the files $2...
# Libraries found under $unpacked (packages unpacked here) go to the path they would be installed at.
unpacked=/nonexistent
copy_libraries() {
  local root=$1
  shift
  local missing
  missing=$(ldd "$@" 2>/dev/null | grep 'not found' | grep -v 'libjvm.so' || true)
  if [ -n "$missing" ]; then
    echo "Libraries not found for $*:" >&2
    echo "$missing" >&2
    exit 1
  fi
  ldd "$@" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' | sort -u |
    while read -r lib; do
      local target=${lib#"$unpacked"}
      mkdir -p "$root$(dirname "$target")"
      cp -L "$lib" "$root$target"
    done
}

# /etc/passwd and /etc/group with root and the one user the image runs as; /tmp for the JVM and Redis.
base_files() {
  local root=$1 user=$2
  mkdir -p "$root/etc" "$root/tmp"
  chmod 1777 "$root/tmp"
  printf 'root:x:0:0:root:/root:/sbin/nologin\n%s:x:%s:%s:%s:/tmp:/sbin/nologin\n' "$user" "$APP_UID" "$APP_UID" "$user" >"$root/etc/passwd"
  printf 'root:x:0:\n%s:x:%s:\n' "$user" "$APP_UID" >"$root/etc/group"
}

import_root() {
  local root=$1 image=$2
  shift 2
  tar -C "$root" --numeric-owner -c . | docker import "$@" - "$image" >/dev/null
}

size_of() {
  docker image inspect -f '{{.Size}}' "$1" | awk '{ printf "%.1f MB", $1 / 1000000 }'
}

build_emulator() {
  local started=$SECONDS
  if $build_jar; then
    ./mvnw -B -ntp -q -pl imagekit-emulator -am package -DskipTests
  fi
  local jar
  jar=$(ls imagekit-emulator/target/imagekit-emulator-*-exec.jar 2>/dev/null | head -n 1)
  if [ -z "$jar" ]; then
    echo "No exec jar in imagekit-emulator/target; run without --no-jar." >&2
    exit 1
  fi
  local root=$work/emulator
  mkdir -p "$root/opt" "$root/app/cds"
  jlink --add-modules "$JAVA_MODULES" --output "$root/opt/java" --strip-debug --no-man-pages --no-header-files \
    --compress=2 --generate-cds-archive >/dev/null
  # Headless: ImageIO reads image sizes; windowing, sound, splash screen and fonts are never used. The second CDS
  # archive serves heaps over 32 GB only.
  rm -f "$root"/opt/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound,libfontmanager}.so \
    "$root/opt/java/lib/server/classes_nocoops.jsa"
  copy_libraries "$root" "$root/opt/java/bin/java" $(find "$root/opt/java/lib" -name '*.so')
  # Unpacked (a plain jar and lib/) starts faster than the nested jar and can be class-data shared.
  java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
  cp "$work"/extracted/*.jar "$root/app/imagekit-emulator.jar"
  cp -r "$work/extracted/lib" "$root/app/lib"
  chown "$APP_UID:$APP_UID" "$root/app/cds"
  base_files "$root" emulator
  local java=(/opt/java/bin/java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true)
  local app=(-jar /app/imagekit-emulator.jar --host=0.0.0.0 --port=8089 --admin-port=8090)
  import_root "$root" "$EMULATOR_IMAGE" --change "USER $APP_UID" --change 'WORKDIR /tmp' --change 'EXPOSE 8089 8090'
  # One training start records the classes it loads (AppCDS) inside the image, so that each test start maps them.
  local training
  training=$(docker run -d --entrypoint "${java[0]}" "$EMULATOR_IMAGE" "${java[@]:1}" \
    -XX:ArchiveClassesAtExit=/app/cds/emulator.jsa "${app[@]}")
  for _ in $(seq 1 600); do
    docker logs "$training" 2>&1 | grep -q 'listening on' && break
    sleep 0.1
  done
  if ! docker logs "$training" 2>&1 | grep -q 'listening on'; then
    docker logs "$training" >&2
    docker rm -f "$training" >/dev/null
    echo "The emulator did not start in its image." >&2
    exit 1
  fi
  docker stop -t 60 "$training" >/dev/null
  local entrypoint
  entrypoint=$(printf '"%s", ' "${java[@]}" -XX:SharedArchiveFile=/app/cds/emulator.jsa "${app[@]}")
  docker commit --change "ENTRYPOINT [${entrypoint%, }]" "$training" "$EMULATOR_IMAGE" >/dev/null
  docker rm "$training" >/dev/null
  echo "Built $EMULATOR_IMAGE ($(size_of "$EMULATOR_IMAGE")) in $((SECONDS - started)) s"
}

build_redis() {
  local started=$SECONDS
  local root=$work/redis
  local server
  local -a lib_path=()
  if server=$(command -v redis-server); then
    server=$(readlink -f "$server")
  else
    # Unpack redis-tools and those of its libraries that are not installed. Its redis-check-rdb is the server binary:
    # Debian's redis-server is a link to it, and the program acts by the name it is started under.
    local debs=$work/debs
    mkdir -p "$debs"
    local packages=(redis-tools)
    for dep in $(apt-cache depends --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances redis-tools |
      awk '/Depends:/ && $2 !~ /^</ { print $2 }'); do
      dpkg-query -W -f '${Status}' "$dep" 2>/dev/null | grep -q 'ok installed' || packages+=("$dep")
    done
    (cd "$debs" && apt-get download -qq "${packages[@]}" >/dev/null 2>&1) || {
      echo "apt-get download ${packages[*]} failed (apt-get update first?)" >&2
      exit 1
    }
    for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$debs/root"; done
    server=$debs/root/usr/bin/redis-check-rdb
    unpacked=$debs/root
    lib_path=("$debs/root/usr/lib/x86_64-linux-gnu" "$debs/root/lib/x86_64-linux-gnu" "$debs/root/usr/lib/$(uname -m)-linux-gnu")
  fi
  mkdir -p "$root/usr/bin" "$root/data"
  cp -L "$server" "$root/usr/bin/redis-server"
  (IFS=:; LD_LIBRARY_PATH="${lib_path[*]}" copy_libraries "$root" "$root/usr/bin/redis-server")
  chown "$APP_UID:$APP_UID" "$root/data"
  base_files "$root" redis
  # No protected mode: clients come through the port mapping, not from loopback. No persistence: tests only.
  import_root "$root" "$REDIS_IMAGE" \
    --change "USER $APP_UID" --change 'WORKDIR /data' --change 'EXPOSE 6379' --change 'ENV PATH=/usr/bin' \
    --change 'CMD ["redis-server", "--protected-mode", "no", "--save", "", "--appendonly", "no"]'
  echo "Built $REDIS_IMAGE ($(size_of "$REDIS_IMAGE")) in $((SECONDS - started)) s"
}

started=$SECONDS
build_emulator
build_redis
echo "Images built in $((SECONDS - started)) s"
