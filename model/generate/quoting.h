// One quoting function per output language the generators write, so that a
// value is data in every generated file. Each says what the language cannot
// hold at all (NUL everywhere, '$' in NGINX, line breaks in comments): those
// characters are dropped or replaced, never passed through. TOML is quoted by
// the TOML writer (model/toml). tests/tst_quoting.cpp checks each function
// against the real parser or server, tests/fuzz/fuzz_quote.cpp that its
// output reads back as the value.
#pragma once

#include <QString>

namespace apim::quote {

// Text for a one-line comment in any generated file (#, --, rem): control
// characters, line and paragraph separators and bidirectional controls
// become spaces, so a value can neither end the comment nor reorder it.
QString comment(const QString &text);
// Whether `text` holds a character comment() would replace.
bool hasControl(const QString &text);

// POSIX sh: one word. Plain words stay as they are, anything else is
// single-quoted ('it'\''s'); NUL, which no argument can hold, is dropped.
QString shellWord(const QString &text);
// POSIX sh: the inside of a "..." string: \ " $ and ` escaped, NUL dropped.
QString shellInDoubleQuotes(const QString &text);

// Windows batch: text after `echo` or `rem`: % doubled, ^ & | < > ( ) "
// escaped with ^, control characters (a line break ends the command) spaces.
QString batchText(const QString &text);

// NGINX: one directive parameter. Plain tokens stay, anything else is
// double-quoted with \ and " escaped. '$' (NGINX has no literal dollar in a
// parameter that takes variables) and NUL are dropped. NGINX refuses a
// parameter over its 4 KB buffer (nginx -t fails), so no host comes near it.
QString nginxParam(const QString &text);

// SQL literals and identifiers per dialect the SQL generator writes.
// MySQL/MariaDB (default sql_mode): `ident`, 'string' with \ NUL CR LF and
// Ctrl-Z escaped (the client would turn CR LF into LF). An identifier has no
// escapes: the client keeps its line breaks except a CR before an LF.
QString mysqlIdent(const QString &text);
QString mysqlString(const QString &text);
// PostgreSQL (standard_conforming_strings on): "ident", 'string'; NUL, which
// PostgreSQL text cannot hold, dropped.
QString pgIdent(const QString &text);
QString pgString(const QString &text);
// SQL Server: [ident], N'string'. sqlcmd expands $(name) and splits batches on
// a GO line even inside literals, so a value with a line break or "$(" cannot
// be written: check mssqlWritable() first (the generator then explains instead).
QString mssqlIdent(const QString &text);
QString mssqlString(const QString &text);
bool mssqlWritable(const QString &text);
// Oracle: a plain (unquoted) identifier, and a "password" (no " or control
// characters possible): check oracleIdentifier() / oraclePasswordWritable() first.
// Db2 steps are written as comments only (its users live in the OS): comment().
bool oracleIdentifier(const QString &text);
bool oraclePasswordWritable(const QString &text);
// Oracle: a 'string' literal, ' doubled (for EXECUTE IMMEDIATE); control characters become spaces.
QString oracleString(const QString &text);

// systemd unit files (systemd.syntax(7), systemd.service(5)).
// One word of an Exec line, always double-quoted: \ and " escaped, % doubled (a
// specifier otherwise), $ doubled (systemd would expand a variable), control
// characters as \xNN escapes, so the line never breaks; NUL, which no argument
// can hold, dropped.
QString systemdExecWord(const QString &text);
// The first word of an Exec line, the executable: quoted the same way, but $ stays
// as it is (systemd expands no variable there and refuses a path with one).
QString systemdExecutable(const QString &text);
// One Environment= assignment, "NAME=value" quoted as an Exec word except that $
// stays as it is: systemd expands no variables there.
QString systemdEnvironment(const QString &name, const QString &value);
// A setting that takes the rest of its line as it is (Description=, User=,
// WorkingDirectory=) or a comment: % doubled, control characters spaces, and no
// trailing backslash, which would join the next line to it.
QString systemdLineValue(const QString &text);

// A hosts file has no quoting: a field is written only when it is a valid host
// name (hostsName) or address (hostsAddress); otherwise these return "".
QString hostsName(const QString &text);
QString hostsAddress(const QString &text);

// Markdown (the bundle's README): user text in a table cell or a sentence, as
// a code span: one line, trimmed, '`' shown as "'", '|' escaped; "-" when empty.
QString markdownCode(const QString &text);

// YAML 1.2: a double-quoted scalar; every character outside printable
// Unicode, and the bidirectional controls, written as an escape.
QString yamlString(const QString &text);

// Ansible: a YAML value that stays data. yamlString() tagged !unsafe, so that
// Ansible never renders it as a Jinja template ("{{ lookup('pipe', ...) }}").
QString ansibleValue(const QString &text);
// Jinja (ansible.builtin.template, trim_blocks off): template source that
// renders as `text` byte for byte. Every run without "{%" or CR is a {% raw %}
// block; each "{%" and CR (which Jinja would make a line feed) is written as an
// expression, so nothing in `text` can end the block.
QString jinjaLiteral(const QString &text);

} // namespace apim::quote
