// File > New offers the choices `new PATTERN` takes: where the key manager runs (with a count
// only for key manager nodes) and the key-value store of the traffic managers.
#include "newdesigndialog.h"
#include "templates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QSpinBox>
#include <QtTest>

using namespace apim;

class TestGuiNewDialog : public QObject
{
    Q_OBJECT

private slots:
    void keyManagerChoicesAndCount()
    {
        NewDesignDialog dialog;
        dialog.show();
        dialog.setPattern(QStringLiteral("gw-cp-tm-km"));
        QComboBox *km = dialog.keyManagerBox();
        QVERIFY(km->isVisibleTo(&dialog));
        QCOMPARE(km->count(), 2); // no "resident": that is gw-cp-tm
        QCOMPARE(KeyManagerChoice(km->currentData().toInt()), KeyManagerChoice::Node);
        QSpinBox *count = dialog.countBox(QStringLiteral("key-managers"));
        QVERIFY(count->isVisibleTo(&dialog));
        count->setValue(2);
        Design d;
        QString error;
        QVERIFY2(dialog.createDesign(&d, &error), qPrintable(error));
        QCOMPARE(d.topology.nodesOfKind(NodeKind::KeyManager).size(), 2);

        // Identity Server 7: no key manager nodes to count, and no refusal for the hidden count.
        km->setCurrentIndex(km->findData(int(KeyManagerChoice::IdentityServer)));
        QVERIFY(!count->isVisibleTo(&dialog));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY2(dialog.createDesign(&d, &error), qPrintable(error));
        QVERIFY(d.topology.nodesOfKind(NodeKind::KeyManager).isEmpty());
        QCOMPARE(d.topology.nodesOfKind(NodeKind::IdentityServer).size(), 1);

        // gw-cp-tm starts resident; choosing nodes shows their count.
        dialog.setPattern(QStringLiteral("gw-cp-tm"));
        QCOMPARE(km->count(), 3);
        QCOMPARE(KeyManagerChoice(km->currentData().toInt()), KeyManagerChoice::Resident);
        QVERIFY(!count->isVisibleTo(&dialog));
        km->setCurrentIndex(km->findData(int(KeyManagerChoice::Node)));
        QVERIFY(count->isVisibleTo(&dialog));

        dialog.setPattern(QStringLiteral("aio-ha"));
        QVERIFY(!km->isVisibleTo(&dialog));
        QVERIFY(!count->isVisibleTo(&dialog));
    }

    void keyValueStore()
    {
        NewDesignDialog dialog;
        dialog.show();
        dialog.setPattern(QStringLiteral("gw-cp-tm"));
        QCheckBox *store = dialog.keyValueStoreBox();
        QVERIFY(store->isVisibleTo(&dialog));
        QVERIFY(!store->isChecked());
        store->setChecked(true);
        // One traffic manager has nothing to share: the dialog says why, as `new` does.
        QVERIFY2(dialog.errorText().contains(QLatin1String("two or more traffic managers")),
                 qPrintable(dialog.errorText()));
        dialog.countBox(QStringLiteral("traffic-managers"))->setValue(2);
        QVERIFY(dialog.errorText().isEmpty());
        QComboBox *version = dialog.versionBox();
        version->setCurrentIndex(version->findText(QStringLiteral("4.5.0")));
        QVERIFY(dialog.errorText().contains(QLatin1String("4.6")));
        version->setCurrentIndex(version->findText(QStringLiteral("4.6.0")));
        Design d;
        QString error;
        QVERIFY2(dialog.createDesign(&d, &error), qPrintable(error));
        QCOMPARE(d.topology.nodesOfKind(NodeKind::KeyValueStore).size(), 1);
        if (const QString shots = qEnvironmentVariable("APIM_GUI_SHOTS"); !shots.isEmpty()) {
            dialog.adjustSize();
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("new-dialog.png"))));
        }

        // A new pattern starts without the store; all-in-one patterns have no traffic managers.
        dialog.setPattern(QStringLiteral("gw-cp-tm-km"));
        QVERIFY(!store->isChecked());
        dialog.setPattern(QStringLiteral("aio-gw"));
        QVERIFY(!store->isVisibleTo(&dialog));
        QVERIFY(dialog.createDesign(&d, &error));
        QVERIFY(d.topology.nodesOfKind(NodeKind::KeyValueStore).isEmpty());
    }
};

QTEST_MAIN(TestGuiNewDialog)
#include "tst_gui_newdialog.moc"
