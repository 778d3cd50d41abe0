// Fuzzes the deployment.toml importer and the import-then-export round trip:
// any bytes give nodes or findings, and what imports exports back TOML-equal.
#include "generators.h"
#include "importer.h"
#include "review.h"
#include "tomlcommon.h"
#include "tomldiff.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// FUZZ_EXPLAIN=1 prints what differs before trapping, to turn a crash into a test quickly.
void explain(const apim::TomlTable &generated, const apim::TomlTable &original)
{
    if (!std::getenv("FUZZ_EXPLAIN"))
        return;
    const apim::TomlDiff diff = apim::diffToml(generated, original);
    for (const apim::TomlDiff::Change &c : diff.changed)
        std::fprintf(stderr, "changed %s: %s -> %s\n", qPrintable(apim::diffPathText(c.path)),
                     qPrintable(apim::tomlValueText(c.original)),
                     qPrintable(apim::tomlValueText(c.generated)));
    for (const QStringList &path : diff.omitted)
        std::fprintf(stderr, "added %s\n", qPrintable(apim::diffPathText(path)));
    std::fprintf(stderr, "extra:\n%s\n", qPrintable(apim::extraTomlText(diff)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apim::ImportedFiles files(1);
    files[0].path = QStringLiteral("fuzz/repository/conf/deployment.toml");
    files[0].namingPath = files[0].path;
    files[0].text = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    files[0].parsed = apim::readToml(files[0].text, files[0].path, &files[0].table, &files[0].error);
    apim::Design design;
    apim::Findings findings;
    apim::importFiles(&files, &design, &findings);
    apim::reviewDesign(design, &files);
    if (files[0].parsed && files[0].node) {
        const apim::Node *node = design.topology.node(files[0].node);
        if (!node)
            __builtin_trap();
        // Lossless: the node's file comes back equal as TOML, but for the one repair an export
        // makes (the shipped localhost environment beside the file's own of that name).
        const apim::TomlTable generated = apim::deploymentToml(design, *node);
        const std::shared_ptr<apim::TomlTable> expected = files[0].table.clone();
        apim::tomlgen::dropShippedLocalhostEnvironments(*expected);
        if (!(generated == *expected)) {
            explain(generated, *expected);
            __builtin_trap();
        }
    }
    return 0;
}
