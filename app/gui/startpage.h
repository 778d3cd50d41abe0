// What the window shows while no design is open: start from a pattern (each
// with its picture and a line saying what it is), import the deployment.toml
// files one runs, open a recent design (its folder shown, so that equal file
// names differ) and the manual. The window wires the signals to its actions.
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QVBoxLayout;

namespace apim {

class RecentFiles;

class StartPage : public QWidget
{
    Q_OBJECT

public:
    // Recent designs shown at most; the File menu keeps the longer list.
    static constexpr int MaxRecent = 6;

    explicit StartPage(RecentFiles *recent, QWidget *parent = nullptr);

    // A pattern's name and one line about it, in the user's words.
    static QString patternTitle(const QString &pattern);
    static QString patternSummary(const QString &pattern);

    // The button that starts `pattern`, opens `path` or does `action`
    // ("empty", "choose", "importFiles", "importFolder", "open", "manual"); for tests.
    QCommandLinkButton *patternButton(const QString &pattern) const;
    QCommandLinkButton *recentButton(const QString &path) const;
    QCommandLinkButton *actionButton(const QString &action) const;

    // Reads the recent designs again.
    void refresh();

signals:
    void patternChosen(const QString &pattern);
    void emptyChosen();
    void chooseRequested();
    void importFilesRequested();
    void importFolderRequested();
    void openRequested();
    void recentChosen(const QString &path);
    void manualRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    QCommandLinkButton *addButton(QVBoxLayout *column, const QString &name, const QString &title,
                                  const QString &description);

    RecentFiles *m_recent;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_recentColumn = nullptr;
};

} // namespace apim
