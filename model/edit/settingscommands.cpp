#include "settingscommands.h"
#include "encryptionkey.h"

#include <QCoreApplication>

namespace apim {

SetSettingsCommand::SetSettingsCommand(TopologyDocument *document, const DesignSettings &settings,
                                       const QString &mergeKey, const QString &text)
    : DocumentCommand(document, text.isEmpty()
                                    ? QCoreApplication::translate("UndoCommands", "Change design settings")
                                    : text),
      m_old(document->settings()), m_new(settings), m_mergeKey(mergeKey)
{
    // Switching a design to 4.7 creates its encryption key in the same undoable step.
    ensureEncryptionKey(&m_new);
}

void SetSettingsCommand::redo()
{
    setSettings(m_new);
}

void SetSettingsCommand::undo()
{
    setSettings(m_old);
}

bool SetSettingsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetSettingsCommand *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey)
        return false;
    m_new = o->m_new;
    if (m_new == m_old)
        setObsolete(true);
    return true;
}

} // namespace apim
