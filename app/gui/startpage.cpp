#include "startpage.h"

#include "patternpreview.h"
#include "recentfiles.h"
#include "templates.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace apim {

namespace {

const QSize PictureSize(96, 60);
constexpr int ColumnWidth = 360;

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

// Each pattern in the user's words: what it is called and what it gives.
struct PatternWords
{
    const char *pattern;
    const char *title;
    const char *summary;
};
const PatternWords Words[] = {
    {"gw-cp", QT_TRANSLATE_NOOP("apim::StartPage", "Gateway and control plane"),
     QT_TRANSLATE_NOOP("apim::StartPage",
                       "The smallest distributed setup: one gateway, one control plane and their database.")},
    {"gw-cp-ha", QT_TRANSLATE_NOOP("apim::StartPage", "Gateway and control plane in HA"),
     QT_TRANSLATE_NOOP("apim::StartPage",
                       "Two gateways and two control planes, each pair behind a load balancer.")},
    {"gw-cp-tm", QT_TRANSLATE_NOOP("apim::StartPage", "Separate traffic managers"),
     QT_TRANSLATE_NOOP("apim::StartPage",
                       "Gateways, control planes and traffic managers each on machines of their own.")},
    {"gw-cp-tm-km", QT_TRANSLATE_NOOP("apim::StartPage", "Separate key managers"),
     QT_TRANSLATE_NOOP("apim::StartPage", "Gateways, control planes and traffic managers, with key manager "
                                          "nodes or WSO2 Identity Server 7 issuing the tokens.")},
    {"aio", QT_TRANSLATE_NOOP("apim::StartPage", "All-in-one"),
     QT_TRANSLATE_NOOP("apim::StartPage", "One API Manager that does everything: for trying things out.")},
    {"aio-ha", QT_TRANSLATE_NOOP("apim::StartPage", "All-in-one in HA"),
     QT_TRANSLATE_NOOP("apim::StartPage",
                       "Two all-in-one API Managers side by side behind a load balancer.")},
    {"aio-gw", QT_TRANSLATE_NOOP("apim::StartPage", "All-in-one plus gateways"),
     QT_TRANSLATE_NOOP("apim::StartPage",
                       "All-in-one API Managers that publish APIs to gateways of their own.")},
};

const PatternWords *wordsOf(const QString &pattern)
{
    for (const PatternWords &w : Words) {
        if (pattern == QLatin1String(w.pattern))
            return &w;
    }
    return nullptr;
}

} // namespace

StartPage::StartPage(RecentFiles *recent, QWidget *parent) : QWidget(parent), m_recent(recent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll);
    build();
}

QString StartPage::patternTitle(const QString &pattern)
{
    const PatternWords *w = wordsOf(pattern);
    return w ? tr(w->title) : pattern; // a pattern added later: its id until it gets words here
}

QString StartPage::patternSummary(const QString &pattern)
{
    const PatternWords *w = wordsOf(pattern);
    return w ? tr(w->summary) : Templates::description(pattern);
}

QCommandLinkButton *StartPage::addButton(QVBoxLayout *column, const QString &name, const QString &title,
                                         const QString &description)
{
    auto *button = new QCommandLinkButton(title, description);
    button->setObjectName(name);
    button->setMinimumWidth(ColumnWidth / 2);
    column->addWidget(button);
    return button;
}

void StartPage::build()
{
    auto *scroll = findChild<QScrollArea *>();
    delete scroll->takeWidget();
    m_content = new QWidget;
    auto *outer = new QVBoxLayout(m_content);
    outer->setContentsMargins(32, 24, 32, 24);
    auto *title = new QLabel(tr("APIM Topology Designer"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    outer->addWidget(title);
    auto *intro = new QLabel(tr("Draw a distributed WSO2 API Manager deployment and export the files every "
                                "machine needs, or import the files you run and see what they describe."));
    intro->setWordWrap(true);
    outer->addWidget(intro);
    outer->addSpacing(12);

    auto *columns = new QGridLayout;
    columns->setHorizontalSpacing(32);
    outer->addLayout(columns);
    outer->addStretch(1);

    auto *left = new QVBoxLayout;
    left->setSpacing(2);
    left->addWidget(heading(tr("Start a new design")));
    for (const QString &pattern : Templates::patterns()) {
        QCommandLinkButton *button = addButton(left, QStringLiteral("pattern-") + pattern,
                                               patternTitle(pattern), patternSummary(pattern));
        button->setIcon(
            QIcon(patternPreview(defaultPatternDesign(pattern), PictureSize, devicePixelRatioF())));
        button->setIconSize(PictureSize);
        button->setToolTip(Templates::description(pattern));
        connect(button, &QCommandLinkButton::clicked, this, [this, pattern] { emit patternChosen(pattern); });
    }
    connect(addButton(left, QStringLiteral("empty"), tr("Empty canvas"),
                      tr("Start from nothing and place the nodes yourself.")),
            &QCommandLinkButton::clicked, this, &StartPage::emptyChosen);
    connect(addButton(left, QStringLiteral("choose"), tr("Choose version and node counts…"),
                      tr("Any of these patterns, at another API-M version or with more nodes.")),
            &QCommandLinkButton::clicked, this, &StartPage::chooseRequested);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->setSpacing(2);
    right->addWidget(heading(tr("Review what you run")));
    connect(addButton(right, QStringLiteral("importFiles"), tr("Import deployment.toml files…"),
                      tr("Pick the files (or a zip of them): each becomes a node, their URLs become links, "
                         "and the review lists what is wrong.")),
            &QCommandLinkButton::clicked, this, &StartPage::importFilesRequested);
    connect(addButton(right, QStringLiteral("importFolder"), tr("Import a folder…"),
                      tr("Every deployment.toml below a folder, such as a checkout of your configuration.")),
            &QCommandLinkButton::clicked, this, &StartPage::importFolderRequested);
    right->addSpacing(12);
    right->addWidget(heading(tr("Open a design")));
    connect(addButton(right, QStringLiteral("open"), tr("Open…"), tr("A design saved as .apimtopo.")),
            &QCommandLinkButton::clicked, this, &StartPage::openRequested);
    m_recentColumn = new QVBoxLayout;
    m_recentColumn->setSpacing(2);
    right->addLayout(m_recentColumn);
    right->addSpacing(12);
    right->addWidget(heading(tr("Learn")));
    connect(addButton(right, QStringLiteral("manual"), tr("Read the manual"),
                      tr("Designing, importing, reviewing, exporting and the shortcuts (F1 at any time).")),
            &QCommandLinkButton::clicked, this, &StartPage::manualRequested);
    right->addStretch(1);

    columns->addLayout(left, 0, 0);
    columns->addLayout(right, 0, 1);
    // The patterns' titles do not wrap: give them the wider column.
    columns->setColumnStretch(0, 3);
    columns->setColumnStretch(1, 2);
    scroll->setWidget(m_content);
    refresh();
}

void StartPage::refresh()
{
    if (!m_recentColumn)
        return;
    while (QLayoutItem *item = m_recentColumn->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList files = m_recent->files().mid(0, MaxRecent);
    for (const QString &path : files) {
        const QFileInfo info(path);
        // The folder tells apart two designs of one name; the full path is the tooltip.
        auto *button = new QCommandLinkButton(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        button->setObjectName(QStringLiteral("recent"));
        button->setProperty("path", path);
        button->setToolTip(QDir::toNativeSeparators(path));
        button->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
        button->setMinimumWidth(ColumnWidth / 2);
        connect(button, &QCommandLinkButton::clicked, this, [this, path] { emit recentChosen(path); });
        m_recentColumn->addWidget(button);
    }
}

QCommandLinkButton *StartPage::patternButton(const QString &pattern) const
{
    return findChild<QCommandLinkButton *>(QStringLiteral("pattern-") + pattern);
}

QCommandLinkButton *StartPage::recentButton(const QString &path) const
{
    for (QCommandLinkButton *b : findChildren<QCommandLinkButton *>(QStringLiteral("recent"))) {
        if (b->property("path").toString() == path)
            return b;
    }
    return nullptr;
}

QCommandLinkButton *StartPage::actionButton(const QString &action) const
{
    return findChild<QCommandLinkButton *>(action);
}

void StartPage::showEvent(QShowEvent *event)
{
    refresh(); // another window may have saved a design since
    QWidget::showEvent(event);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        build();
    QWidget::changeEvent(event);
}

} // namespace apim
