// Key-by-key alignment of two TOML texts for the Review dock: each line's key
// path, and rows that put the lines setting the same key side by side, with
// filler rows where one text has lines the other lacks.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace apim {

// The key path (as diffPathText() writes it) that each line of a TOML text
// sets or opens; empty for blank lines, comments and continuation lines.
QStringList tomlLineKeys(const QString &text);

// Whether the line key `lineKey` lies at or below `path`.
bool keyCovers(const QString &path, const QString &lineKey);

struct AlignedRow
{
    int left = -1; // 0-based line of the left text; -1: a filler row
    int right = -1;
};

// Rows in which equal keys share a row, in the order of both texts (their
// longest common subsequence of keys); the lines between two shared keys are
// paired off row by row. Every line of both texts appears once, in order.
QList<AlignedRow> alignKeyedLines(const QStringList &leftKeys, const QStringList &rightKeys);

} // namespace apim
