// File > New: an empty design or one of the built-in patterns (Templates), with
// its version, the node counts it takes and, where it has the choice, where its
// key manager runs and whether its traffic managers share a key-value store. Each pattern is listed with its
// description and a picture drawn from the design it builds.
#pragma once

#include "design.h"
#include "templatebuilder.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace apim {

class NewDesignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDesignDialog(QWidget *parent = nullptr);

    bool isEmptyDesign() const;
    QString pattern() const;
    int gateways() const;
    int controlPlanes() const;
    void setPattern(const QString &pattern);
    // The count spin box of a role ("all-in-ones", as Templates::countOptions names it).
    QSpinBox *countBox(const QString &option) const;
    QComboBox *versionBox() const { return m_version; }
    QComboBox *keyManagerBox() const { return m_keyManager; }
    QCheckBox *keyValueStoreBox() const { return m_keyValueStore; }
    // Why Templates::create refuses the current choices; empty when it accepts them.
    QString errorText() const;

    // The pattern options the choices describe.
    PatternOptions options() const;
    // The design the choices describe; false with `error` when Templates::create refuses them.
    bool createDesign(Design *out, QString *error) const;

private:
    void patternChanged();
    // Whether the chosen key manager runs on nodes the user counts.
    bool takesKeyManagerCount() const;
    static QString keyManagerLabel(KeyManagerChoice choice);
    void updateState();

    QRadioButton *m_empty;
    QRadioButton *m_template;
    QListWidget *m_patterns;
    QLabel *m_description;
    QComboBox *m_version;
    QMap<QString, QSpinBox *> m_counts;
    QMap<QString, QLabel *> m_countLabels;
    QLabel *m_keyManagerLabel;
    QComboBox *m_keyManager;
    QCheckBox *m_keyValueStore;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace apim
