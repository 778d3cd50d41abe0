// The Open Recent list: at most ten paths, newest first, kept in QSettings so
// that every window and the next session share it.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace apim {

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Fills `menu` with the list and a Clear action; call it from aboutToShow.
    void populate(QMenu *menu);

signals:
    void openRequested(const QString &path);

private:
    void store(const QStringList &files);
};

} // namespace apim
