#!/bin/sh
# Installs the Debian 12 packages that building, testing and running need.
# Idempotent: packages already present are skipped, so a second run is quick.
set -eu

PACKAGES="build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
libquazip1-qt6-dev libtomlplusplus-dev
xvfb xauth imagemagick fonts-dejavu-core
desktop-file-utils appstream dpkg-dev file unzip zip
clang libclang-rt-14-dev clang-format clang-tidy ccache
shellcheck postgresql mariadb-server nginx-light curl openssl python3-yaml socat
openjdk-17-jre-headless docker-compose"
# qt6-translations-l10n: Qt's own strings in the designer's languages
# (tst_gui_translators loads its qtbase_de.qm). The last lines: tst_quoting, tst_quoting_servers and tst_database_servers check
# generated scripts and SQL with the real parsers and servers (each started in a
# temporary folder; socat relays MariaDB clients from chosen loopback addresses);
# tst_certs runs certs/make-certs.sh with openssl and keytool (the JRE's);
# tst_compose validates the compose target with `docker-compose config` (no daemon).

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
