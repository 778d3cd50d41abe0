// Fuzzes the project-file loader: any bytes must give a design or a clean error,
// and a design that loads must generate (extra TOML with #!omit and #!base
// markers included) without a crash.
#include "generators.h"
#include "projectfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apim::Design design;
    apim::TomlError error;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (apim::ProjectFile::parse(bytes, QStringLiteral("fuzz.apimtopo"), &design, &error)) {
        // What loads must save and load again to the same bytes.
        const QByteArray saved = apim::ProjectFile::serialize(design);
        apim::Design again;
        if (!apim::ProjectFile::parse(saved, QStringLiteral("again.apimtopo"), &again, &error))
            __builtin_trap();
        if (apim::ProjectFile::serialize(again) != saved)
            __builtin_trap();
        for (const apim::Node &node : design.topology.nodes())
            apim::deploymentTomlText(design, node);
    }
    return 0;
}
