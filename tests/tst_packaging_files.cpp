// The desktop integration files agree with each other and with the code: one
// application id, one MIME type, a release entry for the project version, a
// MIME magic that matches what ProjectFile writes, and an SVG in resources/
// for every icon the schema registry names.
#include "design.h"
#include "projectfile.h"
#include "schemaregistry.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <QtTest>

using namespace apim;

namespace {

const QString AppId = QStringLiteral("io.github.apimtopologydesigner");
const QString MimeType = QStringLiteral("application/x-apimtopo");

// tests/data -> the repository root.
QString repoPath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(APIM_TEST_DATA "/../../") + relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The [Desktop Entry] group as key -> value.
QHash<QString, QString> desktopEntry(const QByteArray &data)
{
    QHash<QString, QString> entries;
    bool inGroup = false;
    for (const QByteArray &rawLine : data.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inGroup && eq > 0)
            entries.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return entries;
}

// Every element's text and attributes, flattened to "path" -> values, where a
// path is the element names joined by '/', and attributes appear as "path@name".
QMultiHash<QString, QString> flattenXml(const QByteArray &data, QString *error)
{
    QMultiHash<QString, QString> out;
    QXmlStreamReader xml(data);
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            stack << xml.name().toString();
            const QString path = stack.join(QLatin1Char('/'));
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                out.insert(path + QLatin1Char('@') + attribute.name().toString(),
                           attribute.value().toString());
        } else if (xml.isEndElement()) {
            stack.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            out.insert(stack.join(QLatin1Char('/')), xml.text().toString().trimmed());
        }
    }
    if (xml.hasError())
        *error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return out;
}

} // namespace

class TestPackagingFiles : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntry()
    {
        const QByteArray data =
            readAll(repoPath(QStringLiteral("packaging/") + AppId + QStringLiteral(".desktop")));
        QVERIFY2(!data.isEmpty(), "packaging/<app id>.desktop is missing or empty");
        const QHash<QString, QString> entry = ::desktopEntry(data);
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("apim-designer %F"));
        QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral("apim-designer"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), AppId);
        const QStringList mimeTypes =
            entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY2(mimeTypes.contains(MimeType), qPrintable(entry.value(QStringLiteral("MimeType"))));
    }

    void metainfo()
    {
        const QByteArray data =
            readAll(repoPath(QStringLiteral("packaging/") + AppId + QStringLiteral(".metainfo.xml")));
        QVERIFY2(!data.isEmpty(), "packaging/<app id>.metainfo.xml is missing or empty");
        QString error;
        const QMultiHash<QString, QString> xml = flattenXml(data, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(xml.value(QStringLiteral("component@type")), QStringLiteral("desktop-application"));
        QCOMPARE(xml.value(QStringLiteral("component/id")), AppId);
        QCOMPARE(xml.value(QStringLiteral("component/launchable")), AppId + QStringLiteral(".desktop"));
        QCOMPARE(xml.value(QStringLiteral("component/icon")), AppId);
        QVERIFY(xml.values(QStringLiteral("component/provides/mediatype")).contains(MimeType));
        QVERIFY(xml.values(QStringLiteral("component/provides/binary"))
                    .contains(QStringLiteral("apim-designer")));
        QVERIFY(xml.values(QStringLiteral("component/provides/binary"))
                    .contains(QStringLiteral("apim-designer-cli")));
        QVERIFY(!xml.values(QStringLiteral("component/screenshots/screenshot/image")).isEmpty());
        QVERIFY(xml.contains(QStringLiteral("component/content_rating@type")));
        // Bumping project(VERSION) needs a release entry for the new version.
        QVERIFY2(xml.values(QStringLiteral("component/releases/release@version"))
                     .contains(QStringLiteral(APIM_VERSION_STRING)),
                 "metainfo has no <release> for the project version " APIM_VERSION_STRING);
    }

    void mimeType()
    {
        const QByteArray data = readAll(repoPath(QStringLiteral("packaging/apim-topology-designer.xml")));
        QVERIFY2(!data.isEmpty(), "packaging/apim-topology-designer.xml is missing or empty");
        QString error;
        const QMultiHash<QString, QString> xml = flattenXml(data, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(xml.value(QStringLiteral("mime-info/mime-type@type")), MimeType);
        QCOMPARE(xml.value(QStringLiteral("mime-info/mime-type/glob@pattern")),
                 QStringLiteral("*.") + ProjectFile::Suffix);
        QCOMPARE(xml.value(QStringLiteral("mime-info/mime-type/sub-class-of@type")),
                 QStringLiteral("application/toml"));

        // The magic must match the first bytes ProjectFile writes.
        const QString magic = xml.value(QStringLiteral("mime-info/mime-type/magic/match@value"));
        QVERIFY(!magic.isEmpty());
        QCOMPARE(xml.value(QStringLiteral("mime-info/mime-type/magic/match@offset")), QStringLiteral("0"));
        const QByteArray written = ProjectFile::serialize(Design{});
        QVERIFY2(written.startsWith(magic.toUtf8()), written.left(80).constData());
    }

    void iconsExistForEveryKind()
    {
        const QList<KindSpec> &kinds = SchemaRegistry::instance().kinds();
        QVERIFY(!kinds.isEmpty());
        QStringList icons;
        for (const KindSpec &kind : kinds)
            icons << kind.icon;
        icons << QStringLiteral(":/icons/apim-designer.svg");
        for (const QString &icon : std::as_const(icons)) {
            QVERIFY2(icon.startsWith(QLatin1String(":/icons/")), qPrintable(icon));
            const QString path = repoPath(QStringLiteral("resources/") + icon.mid(2));
            const QByteArray svg = readAll(path);
            QVERIFY2(!svg.isEmpty(), qPrintable(path + QStringLiteral(" is missing")));
            QString error;
            const QMultiHash<QString, QString> xml = flattenXml(svg, &error);
            QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
            QCOMPARE(xml.value(QStringLiteral("svg@viewBox")), QStringLiteral("0 0 48 48"));
            // resources/CMakeLists.txt must embed it.
            const QByteArray cmake = readAll(repoPath(QStringLiteral("resources/CMakeLists.txt")));
            QVERIFY2(cmake.contains(icon.mid(2).toUtf8()),
                     qPrintable(icon + QStringLiteral(" not listed in resources/CMakeLists.txt")));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackagingFiles)
#include "tst_packaging_files.moc"
