// The one rule for what may be written where a generated file expects a host:
// a host name of RFC 1123 labels ('_' too, as container names use it), or a
// literal IPv4 or IPv6 address. The design checks, the importer and the export
// all ask here, so that no generator ever receives anything else.
#pragma once

#include "topology.h"

#include <QList>
#include <QString>

namespace apim {

inline constexpr int MaxHostNameLength = 253;
inline constexpr int MaxHostLabelLength = 63;

// Dotted decimal, four parts 0..255, no leading zeros (they read as octal elsewhere).
bool isIpv4Address(const QString &text);
// RFC 4291 text form: up to eight groups of 1-4 hex digits, one "::" at most, an
// IPv4 tail allowed; no zone ("%eth0") and no brackets.
bool isIpv6Address(const QString &text);
bool isIpAddress(const QString &text);

// A host name or an IP address. Empty is valid here: a missing host is a design finding.
// A name whose last label is all digits must be an IPv4 address (RFC 1123, 2.1).
bool isValidHost(const QString &host, QString *reason = nullptr);

// The host as a URL or "host:port" writes it: an IPv6 address in brackets.
QString hostForUrl(const QString &host);

// A node field that holds a host but is not valid (the hostname, the IP address,
// a load balancer's public hostname), with the reason in words.
struct HostProblem
{
    const Node *node = nullptr;
    QString field; // Field::Hostname, Field::Ip or Field::PublicHostname
    QString value;
    QString reason;
};
QList<HostProblem> hostProblems(const Topology &topology);
QList<HostProblem> hostProblems(const Node &node); // the same for one node

} // namespace apim
