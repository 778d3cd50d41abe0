// File > New: an empty design or one of the CLI's templates with its counts.
#pragma once

#include "design.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace apim {

class NewDesignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDesignDialog(QWidget *parent = nullptr);

    bool isEmptyDesign() const;
    QString pattern() const;
    int gateways() const;
    int controlPlanes() const;
    void setPattern(const QString &pattern);

    // The design the choices describe; false with `error` for impossible counts.
    bool createDesign(Design *out, QString *error) const;

private:
    void updateState();

    QRadioButton *m_empty;
    QRadioButton *m_template;
    QComboBox *m_pattern;
    QLabel *m_description;
    QSpinBox *m_gateways;
    QSpinBox *m_controlPlanes;
};

} // namespace apim
