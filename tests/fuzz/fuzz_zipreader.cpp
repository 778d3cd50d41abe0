// Fuzzes the in-memory zip reader with arbitrary archives.
#include "zipreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<apim::ZipEntry> entries;
    QString error;
    apim::ZipLimits limits;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    apim::readZipSafely(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &entries, &error, limits);
    return 0;
}
