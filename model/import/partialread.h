// What can still be read of a deployment.toml that is not valid TOML, and
// whether it is a template rather than a config (Helm or Jinja markers,
// <host>-style placeholders), so that an import keeps the node and says why.
#pragma once

#include "finding.h"
#include "tomlreader.h"

#include <QByteArray>
#include <QString>

namespace apim {

// The tables before the first error: the text is cut at the line of each error
// the parser reports (a few times at most) and read again. Returns false when
// nothing before the error is TOML.
bool readValidPrefix(const QByteArray &text, const TomlError &error, TomlTable *out);

// A Jinja or ERB template read whole: its statement lines ("{% for ... %}", "<% end %>") left out,
// the lines between them kept once, so that the role and the endpoints of the whole file show.
// Returns false when that is no TOML either (an if/else writing one key twice).
bool readTemplateBody(const QByteArray &text, TomlTable *out);

// The first line (1-based) that holds a template marker outside a comment: "{{",
// "{%", "<%", or a <placeholder> where a host or value goes; 0 when none.
// `marker` receives the marker as written.
int templateLine(const QByteArray &text, QString *marker = nullptr);

// Whether a file is a template source rather than a config left with placeholders: its name
// says so (.j2, .jinja, .erb, .tpl, .tmpl) or it holds Jinja or ERB statements ("{%", "<%").
// Such a file is templated-file's even when it parses; the placeholders of a config are
// unsubstituted-placeholder's, value by value.
bool isTemplateSource(const QString &path, const QByteArray &text);

// The import's finding on a file that is no TOML: `templated-file` with the line of its first
// marker, else `toml-syntax` with the parser's line and column.
Finding unreadableFile(const QString &path, const QByteArray &text, const TomlError &error);

} // namespace apim
