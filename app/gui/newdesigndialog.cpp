#include "newdesigndialog.h"

#include "templates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace apim {

namespace {
// The seed's HA deployment has two of each.
constexpr int DefaultCount = 2;
constexpr int MaxCount = 20000;
} // namespace

NewDesignDialog::NewDesignDialog(QWidget *parent)
    : QDialog(parent), m_empty(new QRadioButton(tr("&Empty design"))),
      m_template(new QRadioButton(tr("From a &template:"))), m_pattern(new QComboBox),
      m_description(new QLabel), m_gateways(new QSpinBox), m_controlPlanes(new QSpinBox)
{
    setWindowTitle(tr("New Design"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_template);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    for (const QString &pattern : Templates::patterns())
        m_pattern->addItem(pattern, pattern);
    form->addRow(tr("Pattern:"), m_pattern);
    m_description->setWordWrap(true);
    m_description->setMinimumWidth(360);
    form->addRow(QString(), m_description);
    m_gateways->setRange(1, MaxCount);
    m_gateways->setValue(DefaultCount);
    form->addRow(tr("&Gateways:"), m_gateways);
    m_controlPlanes->setRange(1, MaxCount);
    m_controlPlanes->setValue(DefaultCount);
    form->addRow(tr("&Control planes:"), m_controlPlanes);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_template->setChecked(true);
    setPattern(QStringLiteral("gw-cp-ha"));
    connect(m_empty, &QRadioButton::toggled, this, &NewDesignDialog::updateState);
    connect(m_pattern, &QComboBox::currentIndexChanged, this, &NewDesignDialog::updateState);
    updateState();
}

bool NewDesignDialog::isEmptyDesign() const
{
    return m_empty->isChecked();
}

QString NewDesignDialog::pattern() const
{
    return m_pattern->currentData().toString();
}

int NewDesignDialog::gateways() const
{
    return m_gateways->value();
}

int NewDesignDialog::controlPlanes() const
{
    return m_controlPlanes->value();
}

void NewDesignDialog::setPattern(const QString &pattern)
{
    const int index = m_pattern->findData(pattern);
    if (index >= 0)
        m_pattern->setCurrentIndex(index);
}

void NewDesignDialog::updateState()
{
    const bool fromTemplate = !isEmptyDesign();
    m_pattern->setEnabled(fromTemplate);
    m_description->setText(Templates::description(pattern()));
    m_description->setEnabled(fromTemplate);
    // Only the HA pattern has counts; the single pattern is one of each.
    const bool counts = fromTemplate && pattern() == QLatin1String("gw-cp-ha");
    m_gateways->setEnabled(counts);
    m_controlPlanes->setEnabled(counts);
}

bool NewDesignDialog::createDesign(Design *out, QString *error) const
{
    if (isEmptyDesign()) {
        *out = Design();
        return true;
    }
    return Templates::create(pattern(), gateways(), controlPlanes(), out, error);
}

} // namespace apim
