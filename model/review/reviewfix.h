// Quick fixes of findings on config files: the ReplaceText steps of a
// FindingFix (finding.h) applied to the files' text, in memory. Pure: the
// caller reads the files and writes the results (`lint --fix -o DIR`).
//
// A ReplaceText step names a file, a 1-based line and column (in characters)
// and `length` characters there, to be replaced by `text`; `value` holds the exact
// text the step expects to replace. Steps stay within one line. A step whose
// file, line or old text does not match is stale and its whole fix is refused,
// as is a fix that overlaps one applied before it: fixes are computed on the
// original text, so of two that touch the same characters only the first holds.
#pragma once

#include "configfiles.h"
#include "finding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace apim {

// The design-settings key of a SetSetting step that adds gateway environments:
// `value` is a list of names; those the design lacks are added (hybrid, shown in the
// API console). Every other SetSetting key is a designSettingSpec() key. Design steps
// become undo commands in model/edit/fixcommand.h.
inline const QString FixEnvironmentsKey = QStringLiteral("environments");

using FileTexts = QHash<QString, QByteArray>; // path as findings name it -> content

struct TextFixOutcome
{
    QList<qsizetype> applied; // indexes into the fixes given, in order
    struct Refusal
    {
        qsizetype index;
        QString reason; // translated
    };
    QList<Refusal> refused;
};

// Applies each fix whose steps all match the original texts and overlap no fix applied
// before it; the others are refused, with the reason. Every position is of the texts as
// given, so the fixes of one review apply together. Only lines a step edits change.
TextFixOutcome applyTextFixes(FileTexts *files, const QList<FindingFix> &fixes);

// One fix: all its steps, or nothing (false, with `error`).
bool applyTextFix(FileTexts *files, const FindingFix &fix, QString *error);

// A ReplaceText step that replaces `oldText` at `line`:`column` of `file` with `newText`.
FixStep replaceTextStep(const QString &file, int line, int column, const QString &oldText,
                        const QString &newText);

// What the review's rules use to make such fixes (reviewrules_*.cpp).
namespace review {

// The one-line string (quotes included) that starts at `line`:`column` of `text`, as written:
// what a step replaces to change a string value. Empty when no such string starts there.
QString stringTokenAt(const QByteArray &text, int line, int column);

// A step that rewrites the string written at `line`:`column` of `file` as `values`, each
// quoted for TOML, comma-separated (several: the element of an array becomes several);
// false when no string is written there.
bool replaceStringStep(const ImportedFile &file, int line, int column, const QStringList &values,
                       FixStep *step);

// A step that adds `values` (quoted for TOML) after the array element written at
// `line`:`column` of `file`, leaving that element as written; false when no string is there.
bool appendAfterStep(const ImportedFile &file, int line, int column, const QStringList &values,
                     FixStep *step);

// A step that removes the characters [fromColumn, toColumn) of `line` of `file`.
bool removeSpanStep(const ImportedFile &file, int line, int fromColumn, int toColumn, FixStep *step);

// The host a fix names a node by: its hostname when that is a real host, else its name
// (the import gives nodes the names their peers use).
QString hostOf(const Node &node);

// `url` with its written port replaced by `port`; empty when it writes none.
QString urlWithPort(const QString &url, int port);
// `url` with `host`:`port` in place of its host and port; empty when it is no URL.
QString urlWithHostPort(const QString &url, const QString &host, int port);

} // namespace review

} // namespace apim
