// One generated file: a path relative to its bundle or node folder, and bytes.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace apim {

struct BundleFile
{
    QString path; // forward slashes, relative, never absolute or with ".."
    QByteArray data;
    bool executable = false; // 0755 instead of 0644
    bool secret = false;     // holds a plaintext secret: 0600

    // Unix permission bits the writer gives the file.
    int mode() const { return secret ? 0600 : (executable ? 0755 : 0644); }
};

using BundleFiles = QList<BundleFile>;

} // namespace apim
