#include "zipcontainer.h"

#include <limits>

namespace apim::zip {

namespace {

constexpr quint16 VersionNeeded = 20;            // deflate
constexpr quint16 VersionMadeBy = (3 << 8) | 30; // Unix, so readers apply the modes
constexpr quint16 Utf8Names = 0x0800;            // general purpose flag bit 11
constexpr quint16 Deflated = 8;
constexpr quint16 DosDate1980 = (0 << 9) | (1 << 5) | 1; // 1980-01-01, time 00:00
constexpr quint64 Max32 = std::numeric_limits<quint32>::max();

// Little-endian fields written into a fixed header buffer, appended to the zip in one call:
// 50,000 entries made 30 small appends each.
char *put16(char *p, quint16 v)
{
    p[0] = char(v & 0xff);
    p[1] = char(v >> 8);
    return p + 2;
}

char *put32(char *p, quint32 v)
{
    p = put16(p, quint16(v & 0xffff));
    return put16(p, quint16(v >> 16));
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    put16(b, v);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    put32(b, v);
    out.append(b, 4);
}

// The fields a local header and its central directory record share, from "version needed" on.
char *putCommon(char *p, const RawEntry &e)
{
    p = put16(p, VersionNeeded);
    p = put16(p, Utf8Names);
    p = put16(p, Deflated);
    p = put16(p, 0); // time
    p = put16(p, DosDate1980);
    p = put32(p, e.crc);
    p = put32(p, quint32(e.deflated.size()));
    p = put32(p, e.size);
    p = put16(p, quint16(e.name.size()));
    return put16(p, 0); // extra field length
}

constexpr qsizetype LocalHeaderSize = 30;
constexpr qsizetype CentralHeaderSize = 46;

} // namespace

bool ContainerWriter::add(const RawEntry &e, QByteArray &out)
{
    const quint64 offset = quint64(out.size());
    if (m_entries == 0xffff || offset + quint64(e.deflated.size()) + 30 + quint64(e.name.size()) > Max32 ||
        e.name.size() > 0xffff)
        return false;
    char local[LocalHeaderSize];
    char *p = put32(local, 0x04034b50);
    putCommon(p, e);
    out.append(local, LocalHeaderSize);
    out.append(e.name);
    out.append(e.deflated);

    char central[CentralHeaderSize];
    p = put32(central, 0x02014b50);
    p = put16(p, VersionMadeBy);
    p = putCommon(p, e);
    p = put16(p, 0); // comment length
    p = put16(p, 0); // disk number
    p = put16(p, 0); // internal attributes
    p = put32(p, e.mode << 16);
    put32(p, quint32(offset));
    m_central.append(central, CentralHeaderSize);
    m_central.append(e.name);
    ++m_entries;
    return true;
}

bool ContainerWriter::finish(QByteArray &out)
{
    const quint64 offset = quint64(out.size());
    if (offset + quint64(m_central.size()) + 22 > Max32)
        return false;
    out.append(m_central);
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // the central directory's disk
    put16(out, quint16(m_entries));
    put16(out, quint16(m_entries));
    put32(out, quint32(m_central.size()));
    put32(out, quint32(offset));
    put16(out, 0); // comment length
    m_central.clear();
    return true;
}

} // namespace apim::zip
