// The zip container around entries deflated ahead of it: local headers, the data as
// given, the central directory. Written here rather than by QuaZip because the entries
// are already compressed (in worker threads) and only need framing, which QuaZip did at
// a fifth of the deflate's cost. No Zip64: a bundle stays far below 65,535 entries and 4 GiB.
#pragma once

#include <QByteArray>

namespace apim::zip {

struct RawEntry
{
    QByteArray name;     // UTF-8
    QByteArray deflated; // raw deflate (no zlib header)
    quint32 crc = 0;
    quint32 size = 0; // uncompressed
    quint32 mode = 0; // Unix mode bits, file type included
};

class ContainerWriter
{
public:
    // Appends one entry (its local header and data) to `out`; false when the zip would need Zip64.
    bool add(const RawEntry &entry, QByteArray &out);
    // Appends the central directory and its end record; false when it would need Zip64.
    bool finish(QByteArray &out);

private:
    QByteArray m_central;
    quint32 m_entries = 0;
};

} // namespace apim::zip
