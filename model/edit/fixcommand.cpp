#include "fixcommand.h"
#include "designsettingsschema.h"
#include "fieldvalidation.h"
#include "linkcommands.h"
#include "nodecommands.h"
#include "settingscommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <vector>

namespace apim {

namespace {

struct FixTr
{
    Q_DECLARE_TR_FUNCTIONS(QuickFix)
};

// The steps' commands, run in order and undone in reverse: one entry on the stack.
// Its id is -1, so it never merges with the edit before or after it.
class FixCommand : public QUndoCommand
{
public:
    explicit FixCommand(const QString &text) : QUndoCommand(text) {}
    void add(QUndoCommand *command) { m_steps.emplace_back(command); }
    void redo() override
    {
        for (const auto &step : m_steps)
            step->redo();
    }
    void undo() override
    {
        std::for_each(m_steps.rbegin(), m_steps.rend(), [](const auto &step) { step->undo(); });
    }

private:
    std::vector<std::unique_ptr<QUndoCommand>> m_steps;
};

QString nodeLabel(const Design &d, NodeId id)
{
    const Node *n = d.topology.node(id);
    return n ? n->name() : QString::number(id);
}

// Checks `step` on `d` (the design as the earlier steps leave it) and applies it there.
bool simulate(Design &d, const FixStep &step, QString *error)
{
    Topology &t = d.topology;
    switch (step.kind) {
    case FixStep::Kind::SetNodeValue: {
        Node *n = t.mutableNode(step.node);
        if (!n) {
            *error = FixTr::tr("The node this fix changes no longer exists.");
            return false;
        }
        const FieldSpec *field = SchemaRegistry::instance().field(n->kind, step.key);
        if (!field) {
            *error = FixTr::tr("%1 has no field %2.").arg(n->name(), step.key);
            return false;
        }
        const QVariant value = normalizedFieldValue(*field, step.value);
        if (n->values.value(step.key) == value) {
            *error = FixTr::tr("%1's %2 is already what this fix sets.")
                         .arg(n->name(), SchemaRegistry::label(*field));
            return false;
        }
        n->values.insert(step.key, value);
        return true;
    }
    case FixStep::Kind::SetSetting: {
        if (step.key == FixEnvironmentsKey) {
            bool added = false;
            for (const QString &name : step.value.toStringList()) {
                if (name.trimmed().isEmpty() || d.settings.environment(name))
                    continue;
                GatewayEnvironment env;
                env.name = name;
                d.settings.environments.append(env);
                added = true;
            }
            if (!added) {
                *error = FixTr::tr("The design already has the gateway environments this fix adds.");
                return false;
            }
            return true;
        }
        const SettingSpec *spec = designSettingSpec(step.key);
        if (!spec) {
            *error = FixTr::tr("The design has no setting %1.").arg(step.key);
            return false;
        }
        QString reason;
        if (!checkDesignSetting(*spec, step.value, &reason)) {
            *error = reason;
            return false;
        }
        if (spec->get(d.settings) == step.value) {
            *error = FixTr::tr("%1 is already what this fix sets.").arg(designSettingLabel(*spec));
            return false;
        }
        spec->set(d.settings, step.value);
        return true;
    }
    case FixStep::Kind::AddLink: {
        if (!t.node(step.node) || !t.node(step.other)) {
            *error = FixTr::tr("A node this fix links no longer exists.");
            return false;
        }
        if (t.findLink(step.node, step.other)) {
            *error = FixTr::tr("%1 is already linked to %2.")
                         .arg(nodeLabel(d, step.node), nodeLabel(d, step.other));
            return false;
        }
        QString reason;
        if (!t.canConnect(step.node, step.other, &reason)) {
            *error = reason;
            return false;
        }
        t.insertLink(t.links().size(), Link{t.allocateLinkId(), step.node, step.other});
        return true;
    }
    case FixStep::Kind::RemoveLink: {
        const Link *l = t.findLink(step.node, step.other);
        if (!l) {
            *error = FixTr::tr("%1 is no longer linked to %2.")
                         .arg(nodeLabel(d, step.node), nodeLabel(d, step.other));
            return false;
        }
        t.takeLink(l->id);
        return true;
    }
    case FixStep::Kind::ReplaceText:
        *error = FixTr::tr("This fix edits a config file, not the design.");
        return false;
    }
    return false;
}

} // namespace

QUndoCommand *makeFixCommand(TopologyDocument *document, const FindingFix &fix, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (fix.steps.isEmpty()) {
        why = FixTr::tr("This fix has nothing to do.");
        return nullptr;
    }
    // Every step is checked first, on a copy, so that a refused fix changes nothing.
    Design d = document->design();
    for (const FixStep &step : fix.steps) {
        if (!simulate(d, step, &why))
            return nullptr;
    }
    // Links that an earlier step of the same fix adds are not in the document yet.
    for (const FixStep &step : fix.steps) {
        if (step.kind == FixStep::Kind::RemoveLink && !document->topology().findLink(step.node, step.other)) {
            why = FixTr::tr("This fix removes a link it adds.");
            return nullptr;
        }
    }
    auto command = std::make_unique<FixCommand>(fix.title);
    bool settingsChanged = false;
    for (const FixStep &step : fix.steps) {
        switch (step.kind) {
        case FixStep::Kind::SetNodeValue:
            command->add(new SetNodeValueCommand(document, {step.node}, step.key,
                                                 d.topology.node(step.node)->values.value(step.key)));
            break;
        case FixStep::Kind::SetSetting:
            settingsChanged = true; // one command for all of them, below: each would read the old settings
            break;
        case FixStep::Kind::AddLink:
            command->add(new ConnectNodesCommand(document, step.node, step.other));
            break;
        case FixStep::Kind::RemoveLink:
            command->add(
                new DisconnectCommand(document, {document->topology().findLink(step.node, step.other)->id}));
            break;
        case FixStep::Kind::ReplaceText:
            break;
        }
    }
    if (settingsChanged)
        command->add(new SetSettingsCommand(document, d.settings, QString(), fix.title));
    return command.release();
}

} // namespace apim
