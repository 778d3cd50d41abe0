// The palette: one entry per node kind the user can place. Drag an entry onto
// the canvas, or double-click it (or press Enter) to ask for the node
// (addRequested; the GUI shell adds it at the centre of the canvas view).
#pragma once

#include "schemaregistry.h"

#include <QListWidget>

#include <optional>

class QMimeData;

namespace apim {

// Drag payload: the KindSpec id ("gateway") as UTF-8.
inline constexpr char NodeKindMimeType[] = "application/x-apim-node-kind";

class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    NodeKind kindAt(int row) const;
    int rowOfKind(NodeKind kind) const;

    static QString mimeType();
    static QMimeData *createMimeData(NodeKind kind);
    static std::optional<NodeKind> kindFromMimeData(const QMimeData *data);

signals:
    void addRequested(apim::NodeKind kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void requestAdd(QListWidgetItem *item);
};

} // namespace apim
