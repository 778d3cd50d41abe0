// Fuzzes the in-memory zip reader with arbitrary archives.
#include "zipreader.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

// QuaZip reports every bad offset through QBuffer::seek warnings; printing
// millions of them would slow the fuzzer down, so libFuzzer runs are quiet.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<apim::ZipEntry> entries;
    QString error;
    apim::ZipLimits limits;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    apim::readZipSafely(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &entries, &error,
                        limits);
    return 0;
}
