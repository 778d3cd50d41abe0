// One description of the design-wide settings, read by the settings editor and
// the project file (as FieldSpec describes node fields): key, label, type,
// where the file keeps it, validation. The default is DesignSettings' own
// initial value. Gateway environments are records, not settings, and are
// described by GatewayEnvironment.
#pragma once

#include "designsettings.h"

#include <QVariant>

#include <functional>

namespace apim {

enum class SettingType {
    Text,
    Password, // secret: left out of the project file when passwords are not stored
    Bool,
    Integer,
    Number,
    Version,    // an API-M version ApimVersion::parse() knows
    StringList, // comma separated in the editor
    Choice,     // one of SettingSpec::choices
};

// The editor's sections, in order; Environments holds the environment table.
enum class SettingGroup {
    General,
    Keystore,
    Truststore,
    Certificates,
    Environments,
    Cache,
    Heartbeat,
    Analytics,
    Services,
    SkipList
};

struct SettingSpec
{
    QString key;          // stable id: the editor's merge key ("keystore.password")
    QStringList filePath; // under [design] in the project file: {"keystore", "password"}
    SettingGroup group;
    const char *label; // untranslated; use designSettingLabel()
    SettingType type = SettingType::Text;
    double minimum = 0; // Integer and Number
    double maximum = 0;
    const char *toolTip = "";
    QString enabledBy;   // key of the Bool setting that switches this one on, if any
    QStringList choices; // Choice: the values it may take
    std::function<QVariant(const DesignSettings &)> get;
    std::function<void(DesignSettings &, const QVariant &)> set;
    // Set for a value that needs more than its type's check: the reason it refuses, "" when fine.
    std::function<QString(const QVariant &)> refusal;

    bool secret() const { return type == SettingType::Password; }
};

// Every setting, in editor order within each group. Plain keys of a project-file
// table come before its sub-tables, so this order also gives the file's order.
const QList<SettingSpec> &designSettingSpecs();
const SettingSpec *designSettingSpec(const QString &key);
QList<SettingGroup> designSettingGroups();

QString designSettingLabel(const SettingSpec &spec);
QString designSettingToolTip(const SettingSpec &spec);
QString designSettingGroupTitle(SettingGroup group);

// Whether a value may be stored: numbers within the range, a known version.
// On refusal returns false and sets `reason`.
bool checkDesignSetting(const SettingSpec &spec, const QVariant &value, QString *reason);

} // namespace apim
