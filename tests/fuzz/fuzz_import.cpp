// Fuzzes the deployment.toml importer and the import-then-export round trip:
// any bytes give nodes or findings, and what imports exports back TOML-equal.
#include "generators.h"
#include "importer.h"
#include "review.h"

#include <cstddef>
#include <cstdint>

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
        // Lossless: the node's file comes back equal as TOML.
        if (!(apim::deploymentToml(design, *node) == files[0].table))
            __builtin_trap();
    }
    return 0;
}
