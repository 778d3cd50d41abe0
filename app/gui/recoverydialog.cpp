#include "recoverydialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace apim {

RecoveryChoice RecoveryDialog::ask(QWidget *parent, const RecoveryEntry &entry)
{
    const QString name =
        entry.originalPath.isEmpty() ? tr("Untitled") : QFileInfo(entry.originalPath).fileName();
    const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Design"),
                    tr("The designer did not close properly. Unsaved changes to "
                       "<b>%1</b> were saved at %2.")
                        .arg(name.toHtmlEscaped(), when),
                    QMessageBox::NoButton, parent);
    if (!entry.originalPath.isEmpty())
        box.setInformativeText(QDir::toNativeSeparators(entry.originalPath));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryChoice::Restore;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

} // namespace apim
