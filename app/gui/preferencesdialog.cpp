#include "preferencesdialog.h"

#include "autosaver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace apim {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox), m_safeWrite(new QCheckBox), m_autosave(new QSpinBox)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        // Each language in its own name, so that a user lost in a foreign UI finds theirs.
        m_language->addItem(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(language())));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect when the designer is started again."));
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);

    m_safeWrite->setText(tr("Write files &safely (through a temporary file)"));
    m_safeWrite->setToolTip(tr("Turn this off for folders where renaming fails, such as some network or "
                               "synchronised drives."));
    m_safeWrite->setChecked(safeWrite());
    form->addRow(QString(), m_safeWrite);

    m_autosave->setObjectName(QStringLiteral("autosaveInterval"));
    m_autosave->setRange(0, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setToolTip(
        tr("How often unsaved changes are copied to a recovery file. 0 turns autosave off."));
    m_autosave->setValue(Autosaver::intervalSeconds());
    form->addRow(tr("&Autosave every:"), m_autosave);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PreferencesDialog::language()
{
    return QSettings().value(languageKey()).toString();
}

bool PreferencesDialog::safeWrite()
{
    return QSettings().value(safeWriteKey(), true).toBool();
}

QStringList PreferencesDialog::availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n"))
                                  .entryList({QStringLiteral("apim-designer_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(languageKey(), m_language->currentData().toString());
    settings.setValue(safeWriteKey(), m_safeWrite->isChecked());
    settings.setValue(Autosaver::intervalKey(), m_autosave->value());
    QDialog::accept();
}

} // namespace apim
