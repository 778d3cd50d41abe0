#include "servicenames.h"

#include <QRegularExpression>

namespace apim::servicenames {

HelmService parse(const QString &host)
{
    HelmService s;
    const QString label = host.section(QLatin1Char('.'), 0, 0).toLower();
    // Longest suffix first: "-am-service-1" before "-1-service" before "-service".
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^([a-z0-9-]+)-am-service-([12])$")),
        QRegularExpression(QStringLiteral("^([a-z0-9-]+)-am-service()$")),
        QRegularExpression(QStringLiteral("^([a-z0-9-]+)-([12])-service$")),
        QRegularExpression(QStringLiteral("^([a-z0-9-]+)-service()$")),
    };
    for (const QRegularExpression &re : patterns) {
        const QRegularExpressionMatch m = re.match(label);
        if (!m.hasMatch())
            continue;
        s.fullname = m.captured(1);
        s.instance = m.captured(2).toInt();
        s.valid = !s.fullname.endsWith(QLatin1Char('-'));
        return s;
    }
    return s;
}

} // namespace apim::servicenames
