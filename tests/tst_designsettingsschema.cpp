// The design settings are described once (designsettingsschema.h): the editor
// and the project file read that description, so each entry must reach its own
// member, have its own key and file place, and its validation must hold in the file.
#include "designsettingsschema.h"
#include "projectfile.h"

#include <QSet>
#include <QTest>

using namespace apim;

namespace {

// A value of the setting's type that differs from `now`.
QVariant otherValue(const SettingSpec &spec, const QVariant &now)
{
    switch (spec.type) {
    case SettingType::Bool:
        return !now.toBool();
    case SettingType::Integer:
        return now.toInt() == 7 ? 8 : 7;
    case SettingType::Number:
        return now.toDouble() == 3.5 ? 4.5 : 3.5;
    case SettingType::Version:
        return now.toString() == QLatin1String("4.2.0") ? QStringLiteral("4.3.0") : QStringLiteral("4.2.0");
    case SettingType::StringList:
        return QStringList{now.toStringList().join(QString()) + QStringLiteral("x")};
    case SettingType::Choice: // the next of its choices
        return spec.choices.at((spec.choices.indexOf(now.toString()) + 1) % spec.choices.size());
    default:
        return now.toString() + QStringLiteral("-changed");
    }
}

QByteArray withOption(const QByteArray &line)
{
    return "format_version = 1\n[design]\nname = \"x\"\n[design.options]\n" + line + "\n";
}

} // namespace

class TestDesignSettingsSchema : public QObject
{
    Q_OBJECT

private slots:
    void keysAndFilePlacesAreUnique()
    {
        QSet<QString> keys;
        QSet<QString> places;
        for (const SettingSpec &spec : designSettingSpecs()) {
            QVERIFY2(!keys.contains(spec.key), qPrintable(spec.key));
            keys.insert(spec.key);
            const QString place = spec.filePath.join(QLatin1Char('.'));
            QVERIFY2(!places.contains(place), qPrintable(place));
            places.insert(place);
            QVERIFY(!designSettingLabel(spec).isEmpty());
            QCOMPARE(designSettingSpec(spec.key), &spec);
        }
    }

    void eachEntryReachesItsOwnMember()
    {
        const DesignSettings defaults;
        for (const SettingSpec &spec : designSettingSpecs()) {
            DesignSettings s;
            const QVariant value = otherValue(spec, spec.get(s));
            spec.set(s, value);
            QVERIFY2(!(s == defaults), qPrintable(spec.key));
            QCOMPARE(spec.get(s), value);
            for (const SettingSpec &other : designSettingSpecs()) {
                if (&other != &spec)
                    QVERIFY2(other.get(s) == other.get(defaults),
                             qPrintable(spec.key + QLatin1String(" -> ") + other.key));
            }
        }
    }

    void everyEntryRoundTripsThroughTheFile()
    {
        for (const SettingSpec &spec : designSettingSpecs()) {
            Design d;
            spec.set(d.settings, otherValue(spec, spec.get(d.settings)));
            Design back;
            TomlError error;
            QVERIFY2(
                ProjectFile::parse(ProjectFile::serialize(d), QStringLiteral("x.apimtopo"), &back, &error),
                qPrintable(error.toString()));
            // Only this entry: without stored passwords the file leaves the passwords out.
            QVERIFY2(spec.get(back.settings) == spec.get(d.settings), qPrintable(spec.key));
        }
    }

    void fileRefusesWhatTheDescriptionRefuses()
    {
        Design d;
        TomlError error;
        QVERIFY(!ProjectFile::parse(withOption("qpid_heartbeat_timeout_factor = 50.0"),
                                    QStringLiteral("x.apimtopo"), &d, &error));
        QCOMPARE(error.line, 5);
        QVERIFY2(error.message.contains(QLatin1String("20")), qPrintable(error.message));
        QVERIFY(!ProjectFile::parse(withOption("qpid_heartbeat_delay = 100000"), QStringLiteral("x.apimtopo"),
                                    &d, &error));
        QVERIFY(ProjectFile::parse(withOption("qpid_heartbeat_timeout_factor = 3.0"),
                                   QStringLiteral("x.apimtopo"), &d, &error));
        QCOMPARE(d.settings.qpidHeartbeatTimeoutFactor, 3.0);
    }

    void checkNamesTheRange()
    {
        const SettingSpec *factor = designSettingSpec(QStringLiteral("qpidHeartbeatTimeoutFactor"));
        QVERIFY(factor);
        QString reason;
        QVERIFY(!checkDesignSetting(*factor, 0.5, &reason));
        QVERIFY(reason.contains(QLatin1String("1")) && reason.contains(QLatin1String("20")));
        QVERIFY(checkDesignSetting(*factor, 2.0, &reason));
        const SettingSpec *version = designSettingSpec(QStringLiteral("apimVersion"));
        QVERIFY(!checkDesignSetting(*version, QStringLiteral("3.2.0"), &reason));
        QVERIFY(reason.contains(QLatin1String("3.2.0")));
    }
};

QTEST_GUILESS_MAIN(TestDesignSettingsSchema)
#include "tst_designsettingsschema.moc"
