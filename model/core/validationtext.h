// What the field and host checks share: their messages' translation context, and the way a
// check says no.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace apim::validation {

inline QString trFv(const char *text)
{
    return QCoreApplication::translate("FieldValidation", text);
}

// Fills `reason` (when asked for) and returns false, so a check reads `return refuse(...)`.
inline bool refuse(QString *reason, const QString &why)
{
    if (reason)
        *reason = why;
    return false;
}

} // namespace apim::validation
