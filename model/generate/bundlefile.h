// One generated file: a path relative to its bundle or node folder, and bytes.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace apim {

struct BundleFile
{
    QString path; // forward slashes, relative, never absolute or with ".."
    QByteArray data;
    bool executable = false; // 0755 instead of 0644
    bool secret = false;     // holds a plaintext secret: 0600
    // Already in the zip writer's form (deflateBundleFile, bundlewriter.h): `data` is the raw
    // deflate of `size` bytes whose CRC-32 is `crc`. Only the zip writer takes such a file.
    bool deflated = false;
    quint32 crc = 0;
    qint64 size = 0;

    // Unix permission bits the writer gives the file.
    int mode() const { return secret ? 0600 : (executable ? 0755 : 0644); }
};

using BundleFiles = QList<BundleFile>;

// Sorts by path, the order every writer uses. Generators join already sorted lists, so
// the check comes first: sorting 50,000 paths again costs more than generating some files.
inline void sortByPath(BundleFiles &files)
{
    const auto byPath = [](const BundleFile &a, const BundleFile &b) { return a.path < b.path; };
    if (!std::is_sorted(files.cbegin(), files.cend(), byPath))
        std::sort(files.begin(), files.end(), byPath);
}

// Called on each file as soon as it is generated, on the generating thread: the zip export
// deflates there, so that a large design never holds all of its text at once.
using BundleFinisher = std::function<void(BundleFile &)>;

} // namespace apim
