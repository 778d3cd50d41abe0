// Fuzzes the guarded TOML reader and our writer: what parses must write back
// to TOML that parses to an equal tree.
#include "tomldocument.h"
#include "tomlreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apim::TomlTable table;
    apim::TomlError error;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!apim::readToml(bytes, QStringLiteral("fuzz.toml"), &table, &error))
        return 0;
    const QString written = apim::writeToml(table);
    apim::TomlTable back;
    if (!apim::readToml(written.toUtf8(), QStringLiteral("back.toml"), &back, &error))
        __builtin_trap();
    if (!(back == table))
        __builtin_trap();
    return 0;
}
