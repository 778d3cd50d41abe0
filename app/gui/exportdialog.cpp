#include "exportdialog.h"

#include "exporttargets.h"
#include "findingformat.h"
#include "inspectordelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace apim {

ExportDialog::ExportDialog(const Design &design, const Findings &findings,
                           const QStringList &credentialWarnings, const QString &projectFile, QWidget *parent)
    : QDialog(parent), m_design(design)
{
    const QStringList stillMissing =
        fillSecretsFromEnvironment(&m_design, QProcessEnvironment::systemEnvironment());
    for (const SecretSlot &slot : secretSlots(m_design)) {
        if (stillMissing.contains(slot.variable))
            m_missing.append(slot);
    }
    setWindowTitle(tr("Export Bundle"));
    const FindingCounts counts = countFindings(findings);
    m_errors = counts.errors;
    m_summary = counts.errors + counts.warnings + counts.infos == 0
                    ? tr("No problems found.")
                    : tr("Errors: %1 · Warnings: %2 · Notes: %3")
                          .arg(counts.errors)
                          .arg(counts.warnings)
                          .arg(counts.infos);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel;
    const QStyle::StandardPixmap pixmap = counts.errors > 0     ? QStyle::SP_MessageBoxWarning
                                          : counts.warnings > 0 ? QStyle::SP_MessageBoxInformation
                                                                : QStyle::SP_DialogApplyButton;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(32, 32));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel;
    text->setWordWrap(true);
    QString message = QStringLiteral("<b>%1</b>").arg(m_summary.toHtmlEscaped());
    if (counts.errors > 0)
        message +=
            QStringLiteral("<p>") +
            tr("The bundle is generated from a design with errors; the nodes may not start. Export anyway?") +
            QStringLiteral("</p>");
    else
        message +=
            QStringLiteral("<p>") + tr("Next, choose where to write the zip file.") + QStringLiteral("</p>");
    text->setText(message);
    text->setObjectName(QStringLiteral("exportSummary"));
    top->addWidget(text, 1);
    layout->addLayout(top);

    if (!findings.isEmpty() || !credentialWarnings.isEmpty()) {
        auto *list = new QListWidget;
        list->setObjectName(QStringLiteral("exportFindings"));
        QStyle *s = style();
        for (const Finding &f : findings) {
            const QStyle::StandardPixmap p = f.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                             : f.severity == Severity::Warning
                                                 ? QStyle::SP_MessageBoxWarning
                                                 : QStyle::SP_MessageBoxInformation;
            auto *item = new QListWidgetItem(s->standardIcon(p), formatFindingText(f, projectFile));
            item->setToolTip(f.hint);
            list->addItem(item);
        }
        for (const QString &warning : credentialWarnings)
            list->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_MessageBoxWarning), warning));
        list->setMinimumSize(560, 160);
        layout->addWidget(list, 1);
    }

    if (!m_missing.isEmpty()) {
        auto *box = new QGroupBox(tr("Passwords the project file leaves out"));
        auto *form = new QFormLayout(box);
        auto *note = new QLabel(tr("They go into this export only. The command-line tool reads them from the "
                                   "environment variables shown in the tooltips."));
        note->setWordWrap(true);
        form->addRow(note);
        for (const SecretSlot &slot : std::as_const(m_missing)) {
            auto *edit = new PasswordEdit;
            edit->setObjectName(slot.variable);
            edit->setToolTip(slot.variable);
            form->addRow(slot.description + QLatin1Char(':'), edit);
            m_secretEdits.append(edit);
            connect(edit, &PasswordEdit::textEdited, this, &ExportDialog::updateRefusal);
        }
        layout->addWidget(box);
    }
    m_refusal = new QLabel;
    m_refusal->setObjectName(QStringLiteral("exportRefusal"));
    m_refusal->setWordWrap(true);
    layout->addWidget(m_refusal);

    // The same registry as the CLI's --target.
    auto *targetRow = new QFormLayout;
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("exportTarget"));
    for (const QString &id : exporttargets::choices())
        m_target->addItem(exporttargets::label(id), id);
    m_target->setCurrentIndex(m_target->findData(exporttargets::Default));
    targetRow->addRow(tr("&Write:"), m_target);
    layout->addLayout(targetRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(counts.errors > 0 ? tr("Export &Anyway…") : tr("&Export…"));
    // An accidental Enter must not export a broken bundle.
    if (counts.errors > 0)
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateRefusal();
}

QStringList ExportDialog::refusedSecrets() const
{
    return describeSecrets(missingRequiredSecrets(designForExport()));
}

void ExportDialog::updateRefusal()
{
    // The CLI's rule (missingRequiredSecrets): no empty password leaves a project that stores none.
    const QStringList refused = refusedSecrets();
    m_refusal->setText(refused.isEmpty() ? QString()
                                         : tr("The project stores no passwords. Enter these to export: %1.")
                                               .arg(refused.join(QLatin1String(", "))));
    m_refusal->setVisible(!refused.isEmpty());
    m_export->setEnabled(refused.isEmpty());
}

void ExportDialog::setSecret(int index, const QString &value)
{
    if (index >= 0 && index < m_secretEdits.size())
        m_secretEdits.at(index)->setText(value);
    updateRefusal();
}

QString ExportDialog::target() const
{
    return m_target->currentData().toString();
}

void ExportDialog::setTarget(const QString &id)
{
    const int index = m_target->findData(id);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

Design ExportDialog::designForExport() const
{
    Design out = m_design;
    for (qsizetype i = 0; i < m_missing.size(); ++i)
        setSecretValue(&out, m_missing.at(i), m_secretEdits.at(i)->text());
    return out;
}

} // namespace apim
