// The first step of File > Export Bundle: how many problems the design has and
// which shipped default credentials it would export. With errors, the accept
// button reads "Export Anyway…", which is the confirmation. Passwords the
// project file leaves out are taken from the same environment variables as the
// CLI, and the rest are asked for here; they go into the export only.
#pragma once

#include "design.h"
#include "finding.h"
#include "secretsource.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace apim {

class PasswordEdit;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Design &design, const Findings &findings, const QStringList &credentialWarnings,
                 const QString &projectFile, QWidget *parent = nullptr);

    // The design to export: the document's, with the missing passwords filled in.
    Design designForExport() const;
    // The passwords asked for (empty when the design has them all).
    const QList<SecretSlot> &missingSecrets() const { return m_missing; }
    void setSecret(int index, const QString &value);

    // What to write (exporttargets::choices()), chosen in the dialog; "bundle" by default.
    QString target() const;
    void setTarget(const QString &id);

    // The required passwords still empty, named ("Super admin password
    // (APIM_ADMIN_PASSWORD)"); while any is, the dialog will not export.
    QStringList refusedSecrets() const;

    bool hasErrors() const { return m_errors > 0; }
    // The summary line, e.g. "2 errors, 1 warning".
    QString summary() const { return m_summary; }

private:
    void updateRefusal();

    Design m_design;
    QList<SecretSlot> m_missing;
    QList<PasswordEdit *> m_secretEdits;
    QComboBox *m_target = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_export = nullptr;
    int m_errors = 0;
    QString m_summary;
};

} // namespace apim
