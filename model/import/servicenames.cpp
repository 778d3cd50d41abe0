#include "servicenames.h"

#include "endpoints.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace apim::servicenames {

HelmService parse(const QString &host)
{
    HelmService s;
    const QString label = host.section(QLatin1Char('.'), 0, 0).toLower();
    // Every pattern ends in "-service" or "-service-1/2": most hosts fail that before any expression.
    if (!label.endsWith(QLatin1String("-service")) && !label.endsWith(QLatin1String("-service-1")) &&
        !label.endsWith(QLatin1String("-service-2")))
        return s;
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

bool isServiceName(const QString &host)
{
    return endpoints::isRealHost(host) &&
           (!host.contains(QLatin1Char('.')) || host.contains(QLatin1String(".svc")));
}

void countTokens(const QString &text, TokenCounts *out)
{
    QStringList tokens;
    QString token;
    for (QChar c : text) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.') ||
            c == QLatin1Char('/')) {
            if (!token.isEmpty())
                tokens.append(std::exchange(token, QString()));
        } else {
            token += c.toLower();
        }
    }
    if (!token.isEmpty())
        tokens.append(token);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        bool number = false;
        tokens[i].toInt(&number);
        if (!number || i == tokens.size() - 1)
            ++(*out)[tokens[i]];
        if (number && i == tokens.size() - 1)
            out->insert(OrdinalKey, tokens[i].toInt());
    }
}

namespace {

// <project>-<service>-<n>, or with underscores (Compose v1).
QRegularExpressionMatch composeName(const QString &label)
{
    static const QRegularExpression compose(
        QStringLiteral("^([a-z0-9]+)[-_]([a-z0-9_-]*[a-z0-9])[-_][0-9]+$"));
    return compose.match(label);
}

} // namespace

QString composeProject(const QString &host)
{
    return host.contains(QLatin1Char('.')) ? QString() : composeName(host.toLower()).captured(1);
}

TokenCounts serviceTokens(const QString &host)
{
    static const QRegularExpression platform(QStringLiteral("([-_](service|svc|internal|headless))+$"));
    QString label = host.section(QLatin1Char('.'), 0, 0).toLower();
    label.remove(platform);
    TokenCounts out;
    countTokens(label, &out);
    return out;
}

QList<int> bestMatches(const TokenCounts &wanted, const QList<TokenCounts> &candidates)
{
    QList<int> scores(candidates.size(), 0);
    QList<int> shared(candidates.size());
    const auto ordinalDiffers = [&](qsizetype i) {
        return wanted.contains(OrdinalKey) && candidates[i].contains(OrdinalKey) &&
               wanted.value(OrdinalKey) != candidates[i].value(OrdinalKey);
    };
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        if (it.key() == OrdinalKey)
            continue;
        int base = it.value();
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            shared[i] = std::min(it.value(), candidates[i].value(it.key()));
            base = std::min(base, shared[i]);
        }
        for (qsizetype i = 0; i < candidates.size(); ++i)
            scores[i] += shared[i] - base;
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (ordinalDiffers(i)) // instance-2 is never what `-1-service` names
            scores[i] = 0;
    }
    const int best = scores.isEmpty() ? 0 : *std::max_element(scores.cbegin(), scores.cend());
    QList<int> out;
    for (qsizetype i = 0; best > 0 && i < candidates.size(); ++i) {
        if (scores[i] == best)
            out.append(int(i));
    }
    return out;
}

} // namespace apim::servicenames
