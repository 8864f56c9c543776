#!/usr/bin/env bash
# Make a Debian 12 machine ready for the tests: a real Docker engine with BuildKit and buildx,
# running, the tools that make base images without a registry (busybox-static, debootstrap), and a
# headless browser for the HTML report (chromium).
# Idempotent: every step checks first whether it is already done.
set -euo pipefail

log() { printf '[prepare-machine] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_engine() {
  # Debian 12 ships docker.io 20.10 without buildx; Debian 13 (trixie) has engine 26 and buildx 0.13,
  # which install on bookworm with bookworm's own dependencies. The trixie source is pinned low so
  # that no unrelated package is ever upgraded from it.
  local src=/etc/apt/sources.list.d/debian.sources
  local uri signed_by
  uri=$(awk '/^URIs:/ {print $2; exit}' "$src")
  signed_by=$(awk '/^Signed-By:/ {print $2; exit}' "$src")
  log "adding apt source trixie from ${uri} (pinned to priority 100)"
  as_root tee /etc/apt/sources.list.d/image-size-guard-trixie.sources >/dev/null <<SRC
Types: deb
URIs: ${uri}
Suites: trixie
Components: main
Signed-By: ${signed_by}
SRC
  as_root tee /etc/apt/preferences.d/image-size-guard-trixie >/dev/null <<PIN
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
    docker.io/trixie docker-cli/trixie docker-buildx/trixie >/dev/null
}

enable_containerd_store() {
  # The containerd image store gives the docker driver cache export and the oci/docker exporters.
  local conf=/etc/docker/daemon.json
  if [ -f "$conf" ] && grep -q '"containerd-snapshotter": *true' "$conf"; then return; fi
  log "enabling the containerd image store in ${conf}"
  as_root mkdir -p /etc/docker
  echo '{"features":{"containerd-snapshotter":true}}' | as_root tee "$conf" >/dev/null
  if docker info >/dev/null 2>&1; then
    log "restarting dockerd to apply it"
    as_root pkill -x dockerd || true
    for _ in $(seq 1 50); do docker info >/dev/null 2>&1 || break; sleep 0.2; done
  fi
}

start_daemon() {
  if docker info >/dev/null 2>&1; then return; fi
  log "starting dockerd (no bridge network: builds use --network=host)"
  as_root mkdir -p /var/log
  as_root setsid dockerd --iptables=false --bridge=none >/var/log/dockerd.log 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    if docker info >/dev/null 2>&1; then return; fi
    sleep 0.5
  done
  log "dockerd did not answer within 60 s; its log:"
  tail -n 40 /var/log/dockerd.log >&2
  exit 1
}

install_base_image_tools() {
  log "installing busybox-static, debootstrap (base images are made locally: no registry here), cmark-gfm (GitHub's markdown renderer), socat, openssl and openssh-server (TLS and ssh:// Docker endpoints)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends busybox-static debootstrap cmark-gfm socat openssl openssh-server openssh-client >/dev/null
}

install_browser() {
  # The HTML report's tests open it in a real browser: Debian's chromium, run headless.
  log "installing chromium (the HTML report is tested in a headless browser)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
}

install_registry_and_rpm() {
  # Registry tests run Debian's CNCF distribution registry on 127.0.0.1 (htpasswd makes its basic-auth
  # file); package tests make an RPM database with Debian's rpm. The registry's own service is not started.
  log "installing docker-registry, apache2-utils (htpasswd) and rpm"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends docker-registry apache2-utils rpm >/dev/null
  as_root systemctl disable --now docker-registry >/dev/null 2>&1 || true
}

if ! command -v busybox >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1 || ! command -v cmark-gfm >/dev/null 2>&1 ||
  ! command -v socat >/dev/null 2>&1 || ! command -v openssl >/dev/null 2>&1 || ! [ -x /usr/sbin/sshd ] || ! command -v ssh-keygen >/dev/null 2>&1; then
  install_base_image_tools
fi
if ! command -v chromium >/dev/null 2>&1; then
  install_browser
fi
if ! [ -x /usr/bin/docker-registry ] || ! command -v htpasswd >/dev/null 2>&1 || ! command -v rpm >/dev/null 2>&1; then
  install_registry_and_rpm
fi
if ! docker buildx version >/dev/null 2>&1 || ! command -v dockerd >/dev/null 2>&1; then
  install_engine
fi
enable_containerd_store
start_daemon
log "$(docker version --format 'engine {{.Server.Version}}, client {{.Client.Version}}'), $(docker buildx version)"
