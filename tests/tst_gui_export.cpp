// File ▸ Export Bundle refuses what `apim-designer-cli export` refuses: with
// "Store passwords in the project file" off and no APIM_* variables, every empty
// required password is named and nothing is written.
#include "exportdialog.h"
#include "mainwindow.h"
#include "secretsource.h"
#include "templates.h"
#include "topologydocument.h"
#include "validation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace apim;

namespace {

// A design as a project that stores no passwords opens: every password empty.
Design designWithoutPasswords()
{
    Design design;
    QString error;
    Templates::create(QStringLiteral("gw-cp"), 1, 1, &design, &error);
    design.settings.storePasswords = false;
    for (const SecretSlot &slot : secretSlots(design))
        setSecretValue(&design, slot, QString());
    return design;
}

QPushButton *exportButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestGuiExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogNamesEachEmptyPassword();
    void exportActionWritesNothing();
    void storedPasswordsAreNotRefused();
};

void TestGuiExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_export"));
    for (const SecretSlot &slot : secretSlots(designWithoutPasswords()))
        qunsetenv(qPrintable(slot.variable));
}

void TestGuiExport::dialogNamesEachEmptyPassword()
{
    const Design design = designWithoutPasswords();
    const QList<SecretSlot> all = secretSlots(design);
    QVERIFY(all.size() >= 4); // admin, keystore, key, truststore at least
    ExportDialog dialog(design, validateDesign(design), {}, QString());
    QCOMPARE(dialog.missingSecrets().size(), all.size());
    auto *refusal = dialog.findChild<QLabel *>(QStringLiteral("exportRefusal"));
    QVERIFY(refusal);
    QVERIFY(!exportButton(dialog)->isEnabled());
    QCOMPARE(dialog.refusedSecrets().size(), all.size());
    for (const SecretSlot &slot : all) {
        QVERIFY2(refusal->text().contains(slot.description), qPrintable(slot.description));
        QVERIFY2(refusal->text().contains(slot.variable), qPrintable(slot.variable));
    }

    // All but the last: still refused, naming only that one.
    for (int i = 0; i + 1 < all.size(); ++i)
        dialog.setSecret(i, QStringLiteral("pw-%1").arg(i));
    QVERIFY(!exportButton(dialog)->isEnabled());
    QCOMPARE(dialog.refusedSecrets(), describeSecrets({dialog.missingSecrets().last()}));
    QVERIFY(!refusal->text().contains(all.first().variable));

    dialog.setSecret(int(all.size()) - 1, QStringLiteral("last"));
    QVERIFY(exportButton(dialog)->isEnabled());
    QVERIFY(dialog.refusedSecrets().isEmpty());
    QVERIFY(missingRequiredSecrets(dialog.designForExport()).isEmpty());
}

void TestGuiExport::exportActionWritesNothing()
{
    MainWindow w;
    w.newDesign(designWithoutPasswords());
    bool sawDialog = false;
    bool exportEnabled = true;
    QString refusal;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        exportEnabled = exportButton(*dialog)->isEnabled();
        refusal = dialog->findChild<QLabel *>(QStringLiteral("exportRefusal"))->text();
        // Enter on the dialog must not get past the refusal either.
        QTest::keyClick(dialog, Qt::Key_Return);
        if (dialog->isVisible())
            dialog->reject();
    });
    QStringList errors;
    w.errorReporter = [&errors](const QString &, const QString &m) { errors << m; };
    w.action(QStringLiteral("actionExportBundle"))->trigger();
    QVERIFY(sawDialog);
    QVERIFY(!exportEnabled);
    QVERIFY2(refusal.contains(QStringLiteral("APIM_ADMIN_PASSWORD")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("APIM_TRUSTSTORE_PASSWORD")), qPrintable(refusal));
    QVERIFY(errors.isEmpty()); // refused in the dialog, before any file dialog
}

void TestGuiExport::storedPasswordsAreNotRefused()
{
    Design design = designWithoutPasswords();
    design.settings.storePasswords = true;
    QVERIFY(missingRequiredSecrets(design).isEmpty());
    ExportDialog dialog(design, validateDesign(design), {}, QString());
    QVERIFY(exportButton(dialog)->isEnabled());
}

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
