// The shipped German, French and Spanish .qm files load and translate: a menu
// and a plural form each.
#include <QTest>
#include <QTranslator>

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("twoErrors");
        QTest::newRow("de") << "de"
                            << "&Datei"
                            << "2 Fehler";
        QTest::newRow("fr") << "fr"
                            << "&Fichier"
                            << "2 erreurs";
        QTest::newRow("es") << "es"
                            << "&Archivo"
                            << "2 errores";
    }

    void translates()
    {
        QFETCH(QString, lang);
        QFETCH(QString, file);
        QFETCH(QString, twoErrors);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("apim-designer_") + lang, QStringLiteral(APIM_QM_DIR)),
                 qPrintable(lang));
        QVERIFY2(translator.language().startsWith(lang), qPrintable(translator.language()));
        QCOMPARE(translator.translate("apim::MainWindow", "&File"), file);
        QCOMPARE(translator.translate("CanvasItemAccessible", "%n error(s)", nullptr, 2)
                     .replace(QStringLiteral("%n"), QStringLiteral("2")),
                 twoErrors);
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_gui_languages.moc"
