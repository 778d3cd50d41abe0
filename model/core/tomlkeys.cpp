#include "tomlkeys.h"

#include <unordered_map>

namespace apim::tomlkey {

QStringList path(const char *key)
{
    // Keyed by address: every key is one of the constants above, so the cache stays small.
    thread_local std::unordered_map<const char *, QStringList> cache;
    const auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    QStringList out = QString::fromLatin1(key).split(QLatin1Char('.'));
    for (QString &segment : out) {
        if (segment.endsWith(QLatin1String("[]")))
            segment.chop(2);
    }
    cache.emplace(key, out);
    return out;
}

} // namespace apim::tomlkey
