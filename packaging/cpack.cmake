# CPack configuration for the Debian package `apim-topology-designer`.
# Included once, from packaging/CMakeLists.txt. CPackConfig.cmake lands in the
# top of the build directory, so `cd BUILD_DIR && cpack -G DEB` works.
include_guard(GLOBAL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME apim-topology-designer)
set(CPACK_PACKAGE_VENDOR "APIM Topology Designer developers")
set(CPACK_PACKAGE_CONTACT "APIM Topology Designer developers <apim-topology-designer@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "designer for distributed WSO2 API Manager deployments")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/apim-topology-designer/apim-topology-designer")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)        # apim-topology-designer_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
# The extended description. CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY in
# front as the synopsis, indents the rest and turns empty lines into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"APIM Topology Designer draws a distributed WSO2 API Manager deployment
(gateways, control planes, traffic managers, key managers, load balancers
and databases, with their links) and generates the configuration every node
needs: deployment.toml, hosts entries, start scripts, NGINX configuration
and database scripts, exported as one bundle.

The package contains the Qt desktop application apim-designer, which edits
.apimtopo project files on a canvas with a live preview of the generated
files, and the command-line tool apim-designer-cli, which creates designs
from templates, validates them and exports bundles in scripts and CI.")

# Library dependencies come from dpkg-shlibdeps. It cannot see plugins Qt loads
# at run time: the SVG icon engine and image format plugin (all icons are SVG)
# live in libqt6svg6, so depend on it by name. Qt's own strings (file dialogs,
# standard buttons) are translated by the qtbase_<lang>.qm files of
# qt6-translations-l10n, which no library links either.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4), qt6-translations-l10n")
# .desktop, MIME and icon-cache updates run from the Debian triggers of
# desktop-file-utils, shared-mime-info and hicolor-icon-theme: no maintainer scripts.

include(CPack)
