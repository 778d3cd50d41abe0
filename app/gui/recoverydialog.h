// Asks whether to restore a design recovered after a crash.
#pragma once

#include "autosaver.h"

#include <QCoreApplication>

class QWidget;

namespace apim {

class RecoveryDialog
{
    Q_DECLARE_TR_FUNCTIONS(apim::RecoveryDialog)

public:
    // Restore, Discard, or Later (the dialog was closed; the file is kept).
    static RecoveryChoice ask(QWidget *parent, const RecoveryEntry &entry);
};

} // namespace apim
