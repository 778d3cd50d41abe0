// Preferences: the interface language (applied on the next start), whether
// files are written through a temporary file and a rename, and the autosave interval.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace apim {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // QSettings keys, read by main() and the main window.
    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString safeWriteKey() { return QStringLiteral("files/safeWrite"); }
    // The language override ("" follows the system) and the write mode from QSettings.
    static QString language();
    static bool safeWrite();
    // Language codes with a translation compiled in (":/i18n/apim-designer_<lang>.qm"), plus English.
    static QStringList availableLanguages();

    void accept() override;

private:
    QComboBox *m_language;
    QCheckBox *m_safeWrite;
    QSpinBox *m_autosave;
};

} // namespace apim
