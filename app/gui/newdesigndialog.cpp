#include "newdesigndialog.h"

#include "patternpreview.h"
#include "templates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace apim {

namespace {

constexpr int MaxCount = 20000;
// Above this many nodes the choices are checked on OK only: building the design is not free.
constexpr int LiveCheckLimit = 200;
const QSize PreviewSize(128, 80);

struct CountRole
{
    const char *option; // Templates::countOptions' name
    NodeKind kind;
    int PatternOptions::*count;
};
const CountRole CountRoles[] = {
    {"gateways", NodeKind::Gateway, &PatternOptions::gateways},
    {"control-planes", NodeKind::ControlPlane, &PatternOptions::controlPlanes},
    {"traffic-managers", NodeKind::TrafficManager, &PatternOptions::trafficManagers},
    {"key-managers", NodeKind::KeyManager, &PatternOptions::keyManagers},
    {"all-in-ones", NodeKind::AllInOne, &PatternOptions::allInOnes},
};

} // namespace

NewDesignDialog::NewDesignDialog(QWidget *parent)
    : QDialog(parent), m_empty(new QRadioButton(tr("&Empty design"))),
      m_template(new QRadioButton(tr("From a &pattern:"))), m_patterns(new QListWidget),
      m_description(new QLabel), m_version(new QComboBox), m_keyManagerLabel(new QLabel(tr("&Key manager:"))),
      m_keyManager(new QComboBox), m_keyValueStore(new QCheckBox(tr("Key-&value store (Redis or Valkey)"))),
      m_error(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New Design"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_template);

    m_patterns->setObjectName(QStringLiteral("patterns"));
    m_patterns->setIconSize(PreviewSize);
    m_patterns->setWordWrap(true);
    m_patterns->setSpacing(2);
    m_patterns->setMinimumSize(520, 5 * (PreviewSize.height() + 12));
    for (const QString &pattern : Templates::patterns()) {
        // The same picture when selected: a tinted one would change the canvas colours.
        const QPixmap picture =
            patternPreview(defaultPatternDesign(pattern), PreviewSize, devicePixelRatioF());
        QIcon icon(picture);
        icon.addPixmap(picture, QIcon::Selected);
        auto *item = new QListWidgetItem(icon, pattern + QLatin1Char('\n') + Templates::description(pattern));
        item->setData(Qt::UserRole, pattern);
        item->setToolTip(Templates::description(pattern));
        m_patterns->addItem(item);
    }

    auto *form = new QFormLayout;
    m_description->setWordWrap(true);
    m_description->setMinimumWidth(220);
    form->addRow(m_description);
    m_version->setObjectName(QStringLiteral("version"));
    form->addRow(tr("API-M &version:"), m_version);
    const QStringList countLabels{tr("&Gateways:"), tr("&Control planes:"), tr("&Traffic managers:"),
                                  tr("Key &managers:"), tr("&All-in-one nodes:")};
    for (size_t i = 0; i < std::size(CountRoles); ++i) {
        const QString option = QLatin1String(CountRoles[i].option);
        auto *box = new QSpinBox;
        box->setObjectName(QStringLiteral("count-") + option);
        box->setRange(1, MaxCount);
        auto *label = new QLabel(countLabels.at(int(i)));
        label->setBuddy(box);
        form->addRow(label, box);
        m_counts.insert(option, box);
        m_countLabels.insert(option, label);
        connect(box, &QSpinBox::valueChanged, this, &NewDesignDialog::updateState);
    }
    m_keyManager->setObjectName(QStringLiteral("keyManager"));
    m_keyManagerLabel->setBuddy(m_keyManager);
    form->addRow(m_keyManagerLabel, m_keyManager);
    m_keyValueStore->setObjectName(QStringLiteral("keyValueStore"));
    m_keyValueStore->setToolTip(tr("The traffic managers share their throttling counters through it "
                                   "(API-M 4.6 and later, two or more traffic managers)."));
    form->addRow(m_keyValueStore);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    form->addRow(m_error);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(24, 0, 0, 0);
    row->addWidget(m_patterns, 1);
    row->addLayout(form);
    layout->addLayout(row, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Design d;
        QString error;
        if (createDesign(&d, &error)) {
            accept();
        } else {
            m_error->setText(error);
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_template->setChecked(true);
    connect(m_empty, &QRadioButton::toggled, this, &NewDesignDialog::updateState);
    connect(m_patterns, &QListWidget::currentRowChanged, this, &NewDesignDialog::patternChanged);
    connect(m_version, &QComboBox::currentIndexChanged, this, &NewDesignDialog::updateState);
    connect(m_keyManager, &QComboBox::currentIndexChanged, this, &NewDesignDialog::updateState);
    connect(m_keyValueStore, &QCheckBox::toggled, this, &NewDesignDialog::updateState);
    setPattern(QStringLiteral("gw-cp-ha"));
    patternChanged(); // also when that row was already the current one
}

bool NewDesignDialog::isEmptyDesign() const
{
    return m_empty->isChecked();
}

QString NewDesignDialog::pattern() const
{
    const QListWidgetItem *item = m_patterns->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int NewDesignDialog::gateways() const
{
    return m_counts.value(QStringLiteral("gateways"))->value();
}

int NewDesignDialog::controlPlanes() const
{
    return m_counts.value(QStringLiteral("control-planes"))->value();
}

QSpinBox *NewDesignDialog::countBox(const QString &option) const
{
    return m_counts.value(option);
}

QString NewDesignDialog::errorText() const
{
    return m_error->text();
}

void NewDesignDialog::setPattern(const QString &pattern)
{
    for (int i = 0; i < m_patterns->count(); ++i) {
        if (m_patterns->item(i)->data(Qt::UserRole).toString() == pattern) {
            m_patterns->setCurrentRow(i);
            return;
        }
    }
}

// A new pattern: its versions, its default counts, and only the choices it takes.
void NewDesignDialog::patternChanged()
{
    const QString p = pattern();
    const QSignalBlocker blockVersion(m_version);
    m_version->clear();
    for (const QString &version : ApimVersion::supported()) {
        PatternOptions o;
        o.pattern = p;
        o.version = version;
        Design d;
        if (Templates::create(o, &d, nullptr))
            m_version->addItem(version, version);
    }
    m_version->setCurrentIndex(m_version->findData(Templates::defaultVersion(p)));

    const Design standard = defaultPatternDesign(p);
    const QStringList options = Templates::countOptions(p);
    for (const CountRole &role : CountRoles) {
        const QString option = QLatin1String(role.option);
        const bool takes = options.contains(option);
        QSpinBox *box = m_counts.value(option);
        const QSignalBlocker blockCount(box);
        box->setValue(std::max(1, int(standard.topology.nodesOfKind(role.kind).size())));
        box->setVisible(takes);
        m_countLabels.value(option)->setVisible(takes);
    }
    // The key manager choices the pattern builds, its default first.
    const QSignalBlocker blockKeyManager(m_keyManager);
    m_keyManager->clear();
    for (KeyManagerChoice choice : Templates::keyManagerChoices(p))
        m_keyManager->addItem(keyManagerLabel(choice), int(choice));
    const bool choosesKeyManager = m_keyManager->count() > 0;
    m_keyManager->setVisible(choosesKeyManager);
    m_keyManagerLabel->setVisible(choosesKeyManager);
    const QSignalBlocker blockStore(m_keyValueStore);
    m_keyValueStore->setChecked(false);
    m_keyValueStore->setVisible(Templates::takesKeyValueStore(p));
    m_description->setText(Templates::description(p));
    updateState();
}

void NewDesignDialog::updateState()
{
    const bool fromTemplate = !isEmptyDesign();
    for (QWidget *w : std::initializer_list<QWidget *>{m_patterns, m_description, m_version, m_keyManager,
                                                       m_keyValueStore})
        w->setEnabled(fromTemplate);
    for (QSpinBox *box : std::as_const(m_counts))
        box->setEnabled(fromTemplate);
    // Key manager nodes are counted only where they are chosen (not with IS 7 or resident).
    const bool countsKeyManagers = takesKeyManagerCount();
    m_counts.value(QStringLiteral("key-managers"))->setVisible(countsKeyManagers);
    m_countLabels.value(QStringLiteral("key-managers"))->setVisible(countsKeyManagers);

    // Show at once why Templates::create would refuse the choices, while that is cheap to find out.
    QString error;
    const PatternOptions o = options();
    const int nodes = o.gateways + o.controlPlanes + o.trafficManagers + o.keyManagers + o.allInOnes;
    if (fromTemplate && nodes <= LiveCheckLimit) {
        Design d;
        Templates::create(o, &d, &error);
    }
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

PatternOptions NewDesignDialog::options() const
{
    PatternOptions o;
    o.pattern = pattern();
    o.version = m_version->currentData().toString();
    QStringList takes = Templates::countOptions(o.pattern);
    takes.removeAll(QStringLiteral("key-managers"));
    if (takesKeyManagerCount())
        takes.append(QStringLiteral("key-managers"));
    for (const CountRole &role : CountRoles) {
        if (takes.contains(QLatin1String(role.option)))
            o.*role.count = m_counts.value(QLatin1String(role.option))->value();
    }
    if (m_keyManager->count() > 0)
        o.keyManager = KeyManagerChoice(m_keyManager->currentData().toInt());
    o.keyValueStore = Templates::takesKeyValueStore(o.pattern) && m_keyValueStore->isChecked();
    return o;
}

bool NewDesignDialog::takesKeyManagerCount() const
{
    return m_keyManager->count() > 0 &&
           KeyManagerChoice(m_keyManager->currentData().toInt()) == KeyManagerChoice::Node;
}

QString NewDesignDialog::keyManagerLabel(KeyManagerChoice choice)
{
    switch (choice) {
    case KeyManagerChoice::Node:
        return tr("Separate key manager nodes");
    case KeyManagerChoice::IdentityServer:
        return tr("WSO2 Identity Server 7");
    case KeyManagerChoice::Resident:
    case KeyManagerChoice::PatternDefault:
        break;
    }
    return tr("Resident (inside the control plane)");
}

bool NewDesignDialog::createDesign(Design *out, QString *error) const
{
    if (isEmptyDesign()) {
        *out = Design();
        return true;
    }
    return Templates::create(options(), out, error);
}

} // namespace apim
