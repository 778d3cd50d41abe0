// Qt's own strings follow the designer's language: with the German locale the
// standard Save, Discard and Cancel buttons read German. Needs qtbase_de.qm from
// qt6-translations-l10n (packaging/install-deps.sh installs it).
#include "translators.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QtTest>

class TestGuiQtTranslations : public QObject
{
    Q_OBJECT

private slots:
    void standardButtonsInGerman()
    {
        QVERIFY(apim::installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)) >= 1);
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Discard | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Speichern"));
        QCOMPARE(box.button(QDialogButtonBox::Discard)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Verwerfen"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestGuiQtTranslations)
#include "tst_gui_qttranslations.moc"
