// The design-wide settings form the inspector shows when nothing is selected:
// name, API-M version, admin credentials, key and trust stores, gateway
// environments, cache invalidation, JMS heartbeat, the artifact skip list and
// the password policy. Every change is one SetSettingsCommand whose merge key
// names the field, so typing into one field is one undo step.
#pragma once

#include "designsettings.h"

#include <QHash>
#include <QScrollArea>
#include <QVariant>

#include <functional>

class QFormLayout;
class QTableWidget;
class QPushButton;

namespace apim {

class TopologyDocument;
struct SettingSpec;

class SettingsEditor : public QScrollArea
{
    Q_OBJECT

public:
    explicit SettingsEditor(TopologyDocument *document, QWidget *parent = nullptr);

    // The editor widget of a field, by merge key ("name", "keystore.password", ...); for tests.
    QWidget *fieldEditor(const QString &key) const { return m_editors.value(key); }
    QTableWidget *environmentsTable() const { return m_environments; }

    // Environment table columns.
    enum EnvironmentColumn { EnvName, EnvType, EnvDescription, EnvDisplay, EnvTokenEndpoint, EnvColumnCount };

private:
    using Getter = std::function<QVariant(const DesignSettings &)>;
    using Setter = std::function<void(DesignSettings &, const QVariant &)>;
    struct Binding
    {
        Getter get;
        std::function<void(const QVariant &)> show;
    };

    void apply(const QString &key, const QString &label, const Setter &set, const QVariant &value);
    void refresh();
    void bind(const QString &key, QWidget *editor, Getter get, std::function<void(const QVariant &)> show);

    QWidget *addSetting(QFormLayout *form, const SettingSpec &spec);
    QWidget *addText(QFormLayout *form, const QString &key, const QString &label, Getter get, Setter set);
    QWidget *addPassword(QFormLayout *form, const QString &key, const QString &label, Getter get, Setter set);
    QWidget *addList(QFormLayout *form, const QString &key, const QString &label, Getter get, Setter set);
    QWidget *addCheck(QFormLayout *form, const QString &key, const QString &label, Getter get, Setter set);
    QWidget *addSpin(QFormLayout *form, const QString &key, const QString &label, int min, int max,
                     Getter get, Setter set);
    QWidget *addDouble(QFormLayout *form, const QString &key, const QString &label, double min, double max,
                       Getter get, Setter set);
    QWidget *addCombo(QFormLayout *form, const QString &key, const QString &label, const QStringList &items,
                      Getter get, Setter set);

    QWidget *createEnvironments();
    void refreshEnvironments();
    void showEnvironmentRow(int row, const GatewayEnvironment &env);
    void environmentEdited(int row, int column);
    void addEnvironment();
    void removeEnvironment();

    TopologyDocument *m_document;
    QHash<QString, QWidget *> m_editors;
    QList<Binding> m_bindings;
    QTableWidget *m_environments = nullptr;
    QPushButton *m_removeEnvironment = nullptr;
    bool m_updating = false;
};

} // namespace apim
