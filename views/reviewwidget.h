// The Review dock's content: for the selected node, the imported file (its
// original text) beside what the designer would write for it now, with the
// keys that differ listed above and their lines marked in both panes.
#pragma once

#include "importer.h"
#include "topology.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace apim {

class TopologyDocument;

class ReviewWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 50;

    explicit ReviewWidget(TopologyDocument *document, QWidget *parent = nullptr);

    // The files of the last import; nodes they do not name show "not imported".
    void setImportedFiles(const ImportedFiles &files);
    const ImportedFiles &importedFiles() const { return m_files; }

    NodeId currentNode() const { return m_node; }
    QPlainTextEdit *originalEdit() const { return m_original; }
    QPlainTextEdit *generatedEdit() const { return m_generated; }
    // The differences as listed, one line each.
    QStringList differences() const;
    // Lines (0-based) marked in each pane.
    const QList<int> &markedOriginalLines() const { return m_markedOriginal; }
    const QList<int> &markedGeneratedLines() const { return m_markedGenerated; }

public slots:
    void refresh();

private:
    TopologyDocument *m_document;
    ImportedFiles m_files;
    NodeId m_node = 0;
    QLabel *m_title;
    QListWidget *m_differences;
    QLabel *m_originalLabel;
    QLabel *m_generatedLabel;
    QPlainTextEdit *m_original;
    QPlainTextEdit *m_generated;
    QList<int> m_markedOriginal;
    QList<int> m_markedGenerated;
    QTimer m_timer;
};

} // namespace apim
