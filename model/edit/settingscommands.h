// Undo command for the design-wide settings.
#pragma once

#include "documentcommand.h"

namespace apim {

// Replaces the settings. Consecutive changes with the same non-empty merge key
// (one settings field being typed into) merge into one step.
class SetSettingsCommand : public DocumentCommand
{
public:
    SetSettingsCommand(TopologyDocument *document, const DesignSettings &settings,
                       const QString &mergeKey = QString(), const QString &text = QString());
    void redo() override;
    void undo() override;
    int id() const override { return CmdSetSettings; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignSettings m_old;
    DesignSettings m_new;
    QString m_mergeKey;
};

} // namespace apim
