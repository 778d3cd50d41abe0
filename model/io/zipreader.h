// Reads a user-supplied zip into memory, refusing anything hostile.
//
// Nothing is extracted to disk. The whole archive fails, with a message naming
// the entry, on unsafe names (absolute, "..", backslash, not in clean form),
// symlinks, devices, fifos, encryption, too many entries, entries or totals over
// the limits, suspicious compression ratios and CRC or size mismatches.
// Directory entries are checked, then skipped.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace apim {

struct ZipEntry
{
    QString path; // as stored: relative, '/'-separated, clean
    QByteArray data;
};

struct ZipLimits
{
    static constexpr int DefaultMaxEntries = 10000;
    static constexpr qint64 DefaultMaxEntryBytes = qint64(8) * 1024 * 1024;
    static constexpr qint64 DefaultMaxTotalBytes = qint64(256) * 1024 * 1024;
    static constexpr int DefaultMaxRatio = 200;
    // Small entries compress well legitimately (a run of spaces, an empty TOML
    // table); the ratio is only checked above this size.
    static constexpr qint64 DefaultRatioFloorBytes = qint64(64) * 1024;

    int maxEntries = DefaultMaxEntries;
    qint64 maxEntryBytes = DefaultMaxEntryBytes;
    qint64 maxTotalBytes = DefaultMaxTotalBytes;
    int maxRatio = DefaultMaxRatio;
    qint64 ratioFloorBytes = DefaultRatioFloorBytes;
};

// On success fills `entries` in archive order. On failure returns false, fills
// `error` (translated) and leaves `entries` untouched.
bool readZipSafely(const QString &zipPath, QList<ZipEntry> *entries, QString *error,
                   const ZipLimits &limits = {});
bool readZipSafely(const QByteArray &zipData, QList<ZipEntry> *entries, QString *error,
                   const ZipLimits &limits = {});

} // namespace apim
