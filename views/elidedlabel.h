// A one-line label that never widens its dock: text that does not fit is
// elided (at the end unless told otherwise) and the whole text is the tooltip.
#pragma once

#include <QLabel>

namespace apim {

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_fullText;
    Qt::TextElideMode m_mode;
};

} // namespace apim
