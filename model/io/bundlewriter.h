// Writes a generated bundle to disk, as a zip or as a folder tree.
//
// Both writers are deterministic and atomic: the same files give the same bytes
// (sorted entries, fixed DOS time 1980-01-01 00:00, fixed compression level, no
// directory entries), and a failure never leaves a half-written result at the
// target nor touches what was there before.
#pragma once

#include "bundlefile.h"

#include <QString>

namespace apim {

// True when `path` is usable as a bundle entry: relative, '/'-separated, no
// empty, "." or ".." segments, no backslash, no NUL, not absolute. Otherwise
// fills `reason` (translated) and returns false.
bool isSafeBundlePath(const QString &path, QString *reason = nullptr);

// Checks every path, duplicates and file/folder clashes ("a" and "a/b").
bool validateBundleFiles(const BundleFiles &files, QString *error);

// Writes `files` as a zip at `zipPath` through a QSaveFile. Fails when the
// target exists and `overwrite` is false, or when it is a directory.
bool writeBundleZip(const BundleFiles &files, const QString &zipPath, bool overwrite, QString *error);

// Writes `files` under `dirPath`, built in a sibling temporary folder and renamed
// into place. With `overwrite` an existing folder is replaced as a whole (the
// old one is moved aside first and removed only after the new one is in place).
// The parent folder must exist.
bool writeBundleDirectory(const BundleFiles &files, const QString &dirPath, bool overwrite, QString *error);

} // namespace apim
