#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Package test (CI runs it as root on Debian 12, from scripts/test.sh): makes the .deb and the
# .tar.gz with CPack from an existing build directory, installs the .deb with apt, checks what
# it installed (desktop entry, AppStream, icons, man page, systemd unit, system user), runs the
# installed hubbridge (--version; `sandbox` and `serve` as the hubbridge user; one Duve order
# with curl, answered 200 and visible in /healthz), then removes and purges the package and
# checks that its files are gone.
#
#   scripts/package-test.sh [BUILD_DIR]      (default: $BUILD_DIR, else build)
#
# Safe to run again, and over an earlier hubbridge package, which it replaces and removes. It
# refuses to touch a machine where hubbridge is set up as a service (/etc/hubbridge/credentials
# exists): purging would delete those credentials.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-${BUILD_DIR:-build}}"
start=$SECONDS

say() { printf 'package-test: %s\n' "$*"; }
fail() {
    printf 'package-test: FAILED: %s\n' "$*" >&2
    exit 1
}

if [[ $(id -u) -ne 0 ]]; then
    say "skipped: installs a package, needs root (CI runs as root)"
    exit 0
fi
if ! command -v apt-get >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
    say "skipped: needs apt-get and dpkg-shlibdeps (dpkg-dev; scripts/install-deps.sh)"
    exit 0
fi
[[ -f $build/CPackConfig.cmake ]] || fail "$build/CPackConfig.cmake is missing: configure and build first"
build="$(cd "$build" && pwd)"

installed_version() { dpkg-query -W -f='${Status} ${Version}' hubbridge 2>/dev/null || true; }
if [[ $(installed_version) == "install ok installed"* ]]; then
    if [[ -e /etc/hubbridge/credentials ]]; then
        fail "hubbridge is installed and configured as a service on this machine" \
            "(/etc/hubbridge/credentials): not replacing or purging it"
    fi
    say "replacing the installed package ($(installed_version | awk '{print $4}'))"
fi

tmp="$(mktemp -d)"
data="$(mktemp -d)" # the serve data folder, handed to the hubbridge user below
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$tmp" "$data"
}
trap cleanup EXIT

# --- Make the packages.
cmake --build "$build" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; fail "build"; }
rm -f "$build"/hubbridge_*.deb "$build"/hubbridge-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ") >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack"; }
debs=("$build"/hubbridge_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one hubbridge_*.deb in $build"
deb="${debs[0]}"
tarball=$(ls "$build"/hubbridge-*.tar.gz)
version=$(dpkg-deb -f "$deb" Version)
say "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; $(basename "$tarball"): $(du -k "$tarball" | cut -f1) KiB"
say "Depends: $(dpkg-deb -f "$deb" Depends)"

contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
expect=(./usr/bin/hubbridge
    ./usr/share/applications/io.hubbridge.Hubbridge.desktop
    ./usr/share/metainfo/io.hubbridge.Hubbridge.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/io.hubbridge.Hubbridge.svg
    ./usr/share/man/man1/hubbridge.1.gz
    ./usr/lib/systemd/system/hubbridge.service
    ./usr/lib/systemd/system/hubbridge@.service
    ./usr/lib/sysusers.d/hubbridge.conf
    ./usr/share/doc/hubbridge/copyright
    ./usr/share/doc/hubbridge/changelog.gz
    ./usr/share/doc/hubbridge/examples/credentials
    ./usr/share/doc/hubbridge/examples/hubbridge.ini.example)
for size in 16 22 24 32 48 64 128 256 512; do
    expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/io.hubbridge.Hubbridge.png")
done
for path in "${expect[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "$path is not in the package"
done
grep -q '^\./usr/local' <<<"$contents" && fail "the package installs into /usr/local"
grep -qE '^\./usr/lib/(.+/)?hubbridge/hubbridge-window\.so$' <<<"$contents" ||
    fail "the window module (hubbridge-window.so) is not in the package"
tar -tzf "$tarball" | grep -q '/bin/hubbridge$' || fail "bin/hubbridge is not in the tarball"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "no Qt in Depends (shlibdeps)"

# --- Install.
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "$deb" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; fail "apt-get install"; }
grep '^hubbridge:' "$tmp/install.log" | sed 's/^/  /' || true
[[ $(installed_version) == "install ok installed $version" ]] || fail "not installed: $(installed_version)"
[[ $(command -v hubbridge) == /usr/bin/hubbridge ]] || fail "hubbridge is not /usr/bin/hubbridge"
/usr/bin/hubbridge --version | grep -qF "${version%%-*}" || fail "hubbridge --version does not say $version"
say "installed: $(/usr/bin/hubbridge --version)"
# The window, from its module, on the offscreen platform: still open when timeout stops it.
window_rc=0
(cd / && HOME="$tmp" QT_QPA_PLATFORM=offscreen timeout 3 /usr/bin/hubbridge --data-dir "$tmp/window") \
    >"$tmp/window.log" 2>&1 || window_rc=$?
[[ $window_rc == 124 ]] || { cat "$tmp/window.log"; fail "the installed window did not open (exit $window_rc)"; }
say "the installed window opens (offscreen)"
getent passwd hubbridge >/dev/null || fail "no hubbridge system user"
[[ $(stat -c %U /var/lib/hubbridge) == hubbridge ]] || fail "/var/lib/hubbridge is not the hubbridge user's"
# Not enabled, not started: it needs credentials first.
[[ ! -e /etc/systemd/system/multi-user.target.wants/hubbridge.service ]] || fail "the service was enabled"
if [[ -d /run/systemd/system ]]; then
    systemctl is-active --quiet hubbridge.service && fail "the service was started"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate --no-hints /usr/share/applications/io.hubbridge.Hubbridge.desktop ||
        fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --explain /usr/share/metainfo/io.hubbridge.Hubbridge.metainfo.xml \
        >"$tmp/appstream.log" 2>&1 || { cat "$tmp/appstream.log"; fail "appstreamcli validate"; }
fi
zcat /usr/share/man/man1/hubbridge.1.gz | grep -q '^\.TH HUBBRIDGE 1' || fail "man page"
# systemd-analyze verify works offline, also where systemd is not PID 1 (containers).
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /usr/lib/systemd/system/hubbridge.service >"$tmp/verify.log" 2>&1 ||
        { cat "$tmp/verify.log"; fail "systemd-analyze verify hubbridge.service"; }
    say "systemd-analyze verify hubbridge.service: clean"
    # The template of a group's instances, as the instance on port 8081.
    systemd-analyze verify /usr/lib/systemd/system/hubbridge@8081.service >"$tmp/verify.log" 2>&1 ||
        { cat "$tmp/verify.log"; fail "systemd-analyze verify hubbridge@8081.service"; }
    say "systemd-analyze verify hubbridge@8081.service: clean"
else
    say "systemd-analyze not installed: unit not verified"
fi

# --- Run it: the sandbox as Hub OS, serve as the service's user, one order.
wait_for() { # FILE REGEX: prints the first capture once the line appears (10 s)
    for _ in $(seq 100); do
        if line=$(grep -oE "$2" "$1" 2>/dev/null | head -1) && [[ -n $line ]]; then
            echo "$line"
            return 0
        fi
        sleep 0.1
    done
    cat "$1" >&2
    return 1
}
/usr/bin/hubbridge sandbox --port 0 >"$tmp/sandbox.log" 2>&1 &
pids+=($!)
sandbox_url=$(wait_for "$tmp/sandbox.log" 'http://[0-9.]+:[0-9]+') || fail "sandbox did not start"
printf '[hubos]\nurl=%s\n' "$sandbox_url" >"$data/hubbridge.ini"
chown -R hubbridge:hubbridge "$data"
# setpriv execs (runuser would stay in between and turn SIGTERM into its own exit status).
(cd / && exec setpriv --reuid=hubbridge --regid=hubbridge --init-groups \
    env HOME=/var/lib/hubbridge HUBBRIDGE_HOTEL_ID=sandbox-hotel \
    HUBBRIDGE_ACCESS_TOKEN=sandbox-access-token HUBBRIDGE_PASSWORD_TOKEN=sandbox-password-token \
    /usr/bin/hubbridge serve --data-dir "$data" --bind 127.0.0.1 --port 0) >"$tmp/serve.log" 2>&1 &
serve_pid=$!
pids+=("$serve_pid")
webhook=$(wait_for "$tmp/serve.log" 'http://[0-9.]+:[0-9]+/webhooks/duve') || fail "serve did not start"
base="${webhook%/webhooks/duve}"

status=$(curl -sS -o "$tmp/answer.json" -w '%{http_code}' -X POST "$webhook" \
    -H 'Content-Type: application/json' -H 'custom_hotel_id: sandbox-hotel' \
    -H 'custom_access_token: sandbox-access-token' -H 'custom_password_token: sandbox-password-token' \
    --data-binary @tests/data/duve/orderCreated.custom-service.json)
[[ $status == 200 ]] || { cat "$tmp/answer.json" "$tmp/serve.log"; fail "the order was answered $status"; }
grep -q '"created"' "$tmp/answer.json" || { cat "$tmp/answer.json"; fail "no task created"; }
curl -sS "$base/healthz" >"$tmp/healthz.json" || fail "GET /healthz"
grep -q '"status": *"ok"' "$tmp/healthz.json" || { cat "$tmp/healthz.json"; fail "/healthz not ok"; }
grep -q '"lastSuccessAt": *"[0-9]' "$tmp/healthz.json" ||
    { cat "$tmp/healthz.json"; fail "/healthz does not show the order (lastSuccessAt)"; }
curl -sS "$sandbox_url/_sandbox/tasks" | grep -q '"tasks": *\[ *{' || fail "the sandbox has no task"
say "order answered 200 (created); /healthz: $(tr -d '\n ' <"$tmp/healthz.json")"
kill -TERM "$serve_pid"
wait "$serve_pid" || fail "serve did not stop cleanly on SIGTERM"
[[ $(stat -c %U "$data/hubbridge.sqlite") == hubbridge ]] || fail "the history is not the hubbridge user's"

# --- Remove, then purge: every file of the package is gone.
mapfile -t files < <(dpkg -L hubbridge | while read -r f; do [[ -f $f ]] && echo "$f"; done)
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q hubbridge >"$tmp/remove.log" 2>&1 ||
    { cat "$tmp/remove.log"; fail "apt-get remove"; }
for f in "${files[@]}"; do
    [[ ! -e $f ]] || fail "$f is still there after apt-get remove"
done
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q hubbridge >"$tmp/purge.log" 2>&1 ||
    { cat "$tmp/purge.log"; fail "apt-get purge"; }
grep '^hubbridge:' "$tmp/purge.log" | sed 's/^/  /' || true
[[ -z $(installed_version) ]] || fail "still known to dpkg after purge: $(installed_version)"
[[ ! -e /etc/hubbridge ]] || fail "/etc/hubbridge is still there after purge"
[[ ! -e /var/lib/hubbridge ]] || [[ -n $(ls -A /var/lib/hubbridge) ]] ||
    fail "the empty /var/lib/hubbridge is still there after purge"
say "removed and purged: ${#files[@]} files gone"
say "passed in $((SECONDS - start)) s"
