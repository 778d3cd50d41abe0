#include "documentcommand.h"
#include "pinrelease.h"

namespace apim {

void DocumentCommand::redoReleasingPins(const std::function<void()> &change)
{
    if (m_pinsKnown) {
        change();
        for (auto it = m_pinsAfter.constBegin(); it != m_pinsAfter.constEnd(); ++it)
            setNodeExtraToml(it.key(), it.value());
        return;
    }
    m_pinsKnown = true;
    if (!hasPinnedValues(m_document->design())) {
        change(); // designs drawn here have no pins: no copy, no generation
        return;
    }
    const Design before = m_document->design();
    change();
    m_pinsAfter = releasedPins(before, m_document->design());
    for (auto it = m_pinsAfter.constBegin(); it != m_pinsAfter.constEnd(); ++it) {
        m_pinsBefore.insert(it.key(), topology().node(it.key())->extraToml);
        setNodeExtraToml(it.key(), it.value());
    }
}

void DocumentCommand::undoReleasingPins(const std::function<void()> &revert)
{
    for (auto it = m_pinsBefore.constBegin(); it != m_pinsBefore.constEnd(); ++it)
        setNodeExtraToml(it.key(), it.value());
    revert();
}

void DocumentCommand::mergePins(const DocumentCommand &later)
{
    for (auto it = later.m_pinsAfter.constBegin(); it != later.m_pinsAfter.constEnd(); ++it) {
        if (!m_pinsBefore.contains(it.key()))
            m_pinsBefore.insert(it.key(), later.m_pinsBefore.value(it.key()));
        m_pinsAfter.insert(it.key(), it.value());
    }
}

} // namespace apim
