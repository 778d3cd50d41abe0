// The files the selected node will get, read-only and highlighted. Changes are
// coalesced with a short single-shot timer, and only the selected node's files
// are generated, so the cost of an edit does not grow with the design. With
// nothing selected it shows the bundle's top-level README.md and hosts.
#pragma once

#include "bundlefile.h"
#include "topology.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabBar;

namespace apim {

class TopologyDocument;
class TomlHighlighter;

class PreviewWidget : public QWidget
{
    Q_OBJECT

public:
    // The edits of one pass of the event loop share a refresh; no idle wait, since
    // the selected node's files take a few milliseconds (issue 15: edit until current).
    static constexpr int CoalesceMs = 0;

    explicit PreviewWidget(TopologyDocument *document, QWidget *parent = nullptr);

    // The node previewed (the first selected), 0 for the bundle's top level.
    NodeId node() const { return m_node; }
    // Paths of the node's files, relative to its folder.
    QStringList files() const;
    QString currentFile() const;
    void setCurrentFile(const QString &path);
    // The text shown now.
    QString text() const;
    QPlainTextEdit *editor() const { return m_edit; }
    TomlHighlighter *highlighter() const { return m_highlighter; }
    bool isUpdatePending() const { return m_timer.isActive(); }

public slots:
    // Regenerates now instead of when the timer fires.
    void refresh();

signals:
    // After the text was regenerated.
    void refreshed();

private:
    void schedule();
    void showCurrentFile();
    void showFiles(const BundleFiles &files, const QString &folder);

    TopologyDocument *m_document;
    QLabel *m_title;
    QTabBar *m_tabs;
    QPlainTextEdit *m_edit;
    TomlHighlighter *m_highlighter;
    QTimer m_timer;
    NodeId m_node = 0;
    BundleFiles m_files;
};

} // namespace apim
