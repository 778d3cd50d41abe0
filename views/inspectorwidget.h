// The Inspector dock's content. With nodes selected: a header, the field table
// (InspectorModel + InspectorDelegate), a message line for refused edits and,
// for an imported node, its unmanaged TOML as editable text. With nothing
// selected: the design-wide SettingsEditor. With links selected: InspectorLinkPage.
#pragma once

#include "configfiles.h"
#include "topology.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTreeView;
class QGroupBox;

namespace apim {

class ElidedLabel;
class InspectorLinkPage;
class InspectorDelegate;
class InspectorModel;
class SettingsEditor;
class TopologyDocument;

class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(TopologyDocument *document, QWidget *parent = nullptr);

    InspectorModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    SettingsEditor *settingsEditor() const { return m_settings; }
    QPlainTextEdit *extraTomlEdit() const { return m_extraToml; }
    // The refusal message under the table; empty when the last edit was accepted.
    QString message() const;
    bool isShowingSettings() const;
    // The page for selected links (what they mean in the files).
    InspectorLinkPage *linkPage() const { return m_linkPage; }
    bool isShowingLinks() const;

    // The files of the last import: an imported node's fields then say where their values come from.
    void setImportedFiles(const ImportedFiles &files);

    // Starts editing a field of the selection (e.g. the name, after F2 on the canvas).
    void editField(const QString &key);

private:
    void onSelectionChanged();
    void onNodeChanged(NodeId id, const QStringList &keys);
    void showMessage(const QString &message);
    void updateHeader();
    void updateExtraToml();
    void updateOriginColumn();
    void extraTomlEdited();

    TopologyDocument *m_document;
    QStackedWidget *m_stack;
    SettingsEditor *m_settings;
    QWidget *m_nodePage;
    InspectorLinkPage *m_linkPage;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QTreeView *m_view;
    InspectorModel *m_model;
    InspectorDelegate *m_delegate;
    QGroupBox *m_extraBox;
    ElidedLabel *m_extraSource; // where the node was imported from
    QPlainTextEdit *m_extraToml;
    QLabel *m_extraError;
    bool m_updatingExtra = false;
};

} // namespace apim
