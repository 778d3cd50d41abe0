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

void put16(QByteArray &out, quint16 v)
{
    const char b[2] = {char(v & 0xff), char(v >> 8)};
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    const char b[4] = {char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char(v >> 24)};
    out.append(b, 4);
}

// The fields a local header and its central directory record share, from "version needed" on.
void putCommon(QByteArray &out, const RawEntry &e)
{
    put16(out, VersionNeeded);
    put16(out, Utf8Names);
    put16(out, Deflated);
    put16(out, 0); // time
    put16(out, DosDate1980);
    put32(out, e.crc);
    put32(out, quint32(e.deflated.size()));
    put32(out, e.size);
    put16(out, quint16(e.name.size()));
    put16(out, 0); // extra field length
}

} // namespace

bool ContainerWriter::add(const RawEntry &e, QByteArray &out)
{
    const quint64 offset = quint64(out.size());
    if (m_entries == 0xffff || offset + quint64(e.deflated.size()) + 30 + quint64(e.name.size()) > Max32 ||
        e.name.size() > 0xffff)
        return false;
    put32(out, 0x04034b50);
    putCommon(out, e);
    out.append(e.name);
    out.append(e.deflated);

    put32(m_central, 0x02014b50);
    put16(m_central, VersionMadeBy);
    putCommon(m_central, e);
    put16(m_central, 0); // comment length
    put16(m_central, 0); // disk number
    put16(m_central, 0); // internal attributes
    put32(m_central, e.mode << 16);
    put32(m_central, quint32(offset));
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
