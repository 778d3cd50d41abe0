// The Review dock's content: for the selected node, the imported file (its
// original text) beside what the designer would write for it now, aligned key
// by key (filler rows where one side lacks lines) and scrolled together; the
// keys that differ listed above and their lines marked in both panes, and the
// review's findings on that file beside them, each a click away from its line.
#pragma once

#include "finding.h"
#include "importer.h"
#include "reviewalign.h"
#include "topology.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QSplitter;

namespace apim {

class TopologyDocument;

class ReviewWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 50;

    explicit ReviewWidget(TopologyDocument *document, QWidget *parent = nullptr);

    // The files of the last import and the review's findings on them; nodes
    // the files do not name show "not imported".
    void setImportedFiles(const ImportedFiles &files, const Findings &findings);
    // The same, the findings made here by the review on the files (after a reopen).
    void setImportedFiles(const ImportedFiles &files);
    const ImportedFiles &importedFiles() const { return m_files; }
    const Findings &importFindings() const { return m_findings; }

    NodeId currentNode() const { return m_node; }
    QPlainTextEdit *originalEdit() const { return m_original; }
    QPlainTextEdit *generatedEdit() const { return m_generated; }
    QListWidget *findingsList() const { return m_findingList; }
    // The imported file's own text, without the alignment's filler rows.
    QString originalText() const { return m_originalText; }
    // The rows both panes show: which line of each text (or a filler).
    const QList<AlignedRow> &rows() const { return m_rows; }
    // The differences as listed, one line each.
    QStringList differences() const;
    // Rows (0-based) marked in each pane.
    const QList<int> &markedOriginalLines() const { return m_markedOriginal; }
    const QList<int> &markedGeneratedLines() const { return m_markedGenerated; }
    // The pane row showing line `line` (1-based) of the imported file; -1 if none.
    int rowOfOriginalLine(int line) const;

signals:
    // The files changed: set, or dropped with the design they belonged to.
    void importedFilesChanged(const apim::ImportedFiles &files);

public slots:
    void refresh();
    // Shows the node imported from `file` and puts line `line` (1-based) in view.
    bool showLocation(const QString &file, int line, int column = 0);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showNothing(const QString &title);
    void fillFindings(const ImportedFile &file);
    void fillPanes(const QString &original, const QString &generated);
    void jumpToRow(int row);
    void itemActivated(QListWidgetItem *item);

    TopologyDocument *m_document;
    ImportedFiles m_files;
    Findings m_findings;
    NodeId m_node = 0;
    QLabel *m_title;
    QListWidget *m_differences;
    QListWidget *m_findingList;
    QSplitter *m_outer; // the panes, and the findings beside or below them
    QLabel *m_originalLabel;
    QLabel *m_generatedLabel;
    QPlainTextEdit *m_original;
    QPlainTextEdit *m_generated;
    QString m_originalText;
    QList<AlignedRow> m_rows;
    QStringList m_originalRowKeys; // per pane row; empty for fillers
    QStringList m_generatedRowKeys;
    QList<int> m_markedOriginal;
    QList<int> m_markedGenerated;
    QTimer m_timer;
};

} // namespace apim
