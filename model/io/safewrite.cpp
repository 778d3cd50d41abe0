#include "safewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace apim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SafeWrite", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// A file descriptor closed on every path out of a function.
class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    // close(2) can report a deferred write error (NFS): it counts as a failure.
    int closeChecked()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }

private:
    int m_fd;
};

// Writes all of `data` at the current offset; 0 or the errno of the failing call.
int writeAll(int fd, const QByteArray &data, qint64 *written)
{
    const char *p = data.constData();
    qint64 left = data.size();
    *written = 0;
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        p += n;
        left -= n;
        *written += n;
    }
    return 0;
}

int syncFd(int fd)
{
    while (::fsync(fd) != 0) {
        if (errno != EINTR)
            return errno;
    }
    return 0;
}

// What is at `path` without following a final symbolic link; refuses what an
// output must not write through. `exists` tells whether there is a regular file.
bool checkOutputTarget(const QString &path, const WriteOptions &options, bool *exists, QString *error)
{
    struct stat st
    {
    };
    *exists = false;
    if (::lstat(encoded(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return true;
        return fail(error, tr("Cannot write %1: %2").arg(shown(path), errnoText(errno)));
    }
    if (S_ISLNK(st.st_mode))
        return fail(error, tr("Cannot write %1: it is a symbolic link; refusing to write through it. "
                              "Give the real path instead.")
                               .arg(shown(path)));
    if (S_ISDIR(st.st_mode))
        return fail(error, tr("Cannot write %1: it is a folder.").arg(shown(path)));
    if (!S_ISREG(st.st_mode))
        return fail(
            error,
            tr("Cannot write %1: it is not a regular file (a device, pipe or socket).").arg(shown(path)));
    if (!options.overwrite) {
        QString message = tr("%1 already exists").arg(shown(path));
        if (!options.replaceHint.isEmpty())
            message += QLatin1String("; ") + options.replaceHint;
        return fail(error, message + QLatin1Char('.'));
    }
    *exists = true;
    return true;
}

// In place: the old bytes are kept in memory and written back if the new ones fail.
bool writeInPlace(const QString &path, const QByteArray &data, mode_t mode, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    Fd fd(::open(encoded(path).constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode));
    if (fd.get() < 0)
        return fail(error, tr("Cannot write %1: %2").arg(shown(path), errnoText(errno)));
    QByteArray old;
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) == 0 && st.st_size > 0) {
        old.resize(qsizetype(st.st_size));
        const ssize_t n = ::pread(fd.get(), old.data(), size_t(old.size()), 0);
        old.resize(n < 0 ? 0 : qsizetype(n));
    }
    qint64 written = 0;
    int err = ::lseek(fd.get(), 0, SEEK_SET) < 0 ? errno : writeAll(fd.get(), data, &written);
    if (err == 0 && ::ftruncate(fd.get(), off_t(data.size())) != 0)
        err = errno;
    if (err == 0)
        err = syncFd(fd.get());
    if (err == 0 && ::fchmod(fd.get(), mode) != 0)
        err = errno;
    if (err == 0)
        err = fd.closeChecked();
    if (err == 0)
        return true;
    // The old blocks are still allocated: writing the old bytes back needs no new space.
    if (fd.get() >= 0 && ::lseek(fd.get(), 0, SEEK_SET) == 0) {
        qint64 ignored = 0;
        if (writeAll(fd.get(), old, &ignored) == 0 && ::ftruncate(fd.get(), off_t(old.size())) == 0)
            syncFd(fd.get());
    }
    return fail(error, tr("Cannot write %1: %2").arg(shown(path), writeErrorText(err, folder, data.size())));
}

} // namespace

QString errnoText(int errnum)
{
    switch (errnum) {
    case ENOSPC:
        return tr("no space left on device");
    case EDQUOT:
        return tr("disk quota exceeded");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EROFS:
        return tr("the file system is read-only");
    case ENOENT:
        return tr("no such file or folder");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case EISDIR:
        return tr("it is a folder");
    case EEXIST:
        return tr("it already exists");
    case ELOOP:
        return tr("it is a symbolic link");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case EIO:
        return tr("input/output error (the disk may be failing)");
    case EFBIG:
        return tr("the file is too large for this file system");
    case EXDEV:
        return tr("it is on another file system");
    case EBUSY:
        return tr("it is in use (a mount point?)");
    case ENOTEMPTY:
        return tr("the folder is not empty");
    default:
        break;
    }
    const QString text = QString::fromLocal8Bit(std::strerror(errnum));
    return text.isEmpty() ? tr("system error %1").arg(errnum) : text.toLower();
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    if (bytes < qint64(1024) * 1024)
        return tr("%1 KB").arg((bytes + 1023) / 1024);
    return tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString writeErrorText(int errnum, const QString &folder, qint64 needed)
{
    QString text = errnoText(errnum);
    struct statvfs vfs
    {
    };
    if ((errnum == ENOSPC || errnum == EDQUOT) && needed >= 0 &&
        ::statvfs(encoded(folder).constData(), &vfs) == 0)
        text += QLatin1String(": ") +
                tr("%1 needed, %2 free")
                    .arg(sizeText(needed), sizeText(qint64(vfs.f_bavail) * qint64(vfs.f_frsize)));
    return text;
}

bool syncFolder(const QString &folder, QString *error)
{
    Fd fd(::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    const int err = fd.get() < 0 ? errno : syncFd(fd.get());
    // Some file systems cannot fsync a folder; that is not a failed write.
    if (err == 0 || err == EINVAL || err == ENOTSUP)
        return true;
    return fail(error, tr("Cannot sync the folder %1: %2").arg(shown(folder), errnoText(err)));
}

int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray f = encoded(from), t = encoded(to);
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    struct stat st
    {
    };
    if (::lstat(t.constData(), &st) == 0)
        return EEXIST;
    return ::rename(f.constData(), t.constData()) == 0 ? 0 : errno;
}

int renameExchange(const QString &a, const QString &b)
{
    const QByteArray x = encoded(a), y = encoded(b);
    return ::renameat2(AT_FDCWD, x.constData(), AT_FDCWD, y.constData(), RENAME_EXCHANGE) == 0 ? 0 : errno;
}

bool writeFileSafely(const QString &path, const QByteArray &data, const WriteOptions &options, QString *error)
{
    if (path.isEmpty())
        return fail(error, tr("No file name given."));
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(target).absolutePath();
    bool exists = false;
    if (!checkOutputTarget(target, options, &exists, error))
        return false;
    const mode_t mode = options.privateFile ? 0600 : 0644;
    if (!options.atomic)
        return writeInPlace(target, data, mode, error);

    // The temporary is in the same folder so that the rename stays on one file system.
    // O_TMPFILE first: a kill before it is linked leaves nothing behind at all.
    Fd fd(::open(encoded(folder).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode));
    const bool anonymous = fd.get() >= 0;
    QString temp;
    const auto tempName = [&] {
        return folder + QLatin1String("/.") + QFileInfo(target).fileName() + QLatin1String(".tmp-") +
               QString::number(QRandomGenerator::global()->generate(), 16);
    };
    // O_EXCL | O_NOFOLLOW: never reuse or follow anything already there.
    for (int attempt = 0; !anonymous && attempt < 32 && fd.get() < 0; ++attempt) {
        temp = tempName();
        fd.reset(
            ::open(encoded(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
        if (fd.get() < 0 && errno != EEXIST)
            break;
    }
    if (fd.get() < 0)
        return fail(error, tr("Cannot write %1: cannot create a file in %2: %3")
                               .arg(shown(target), shown(folder), errnoText(errno)));

    const auto abandon = [&](int err, const QString &step) {
        fd.reset();
        if (!temp.isEmpty())
            ::unlink(encoded(temp).constData());
        return fail(error, tr("Cannot write %1 (%2): %3")
                               .arg(shown(target), step, writeErrorText(err, folder, data.size())));
    };
    // Set explicitly: the umask must not widen or narrow the result.
    if (::fchmod(fd.get(), mode) != 0)
        return abandon(errno, tr("setting permissions"));
    qint64 written = 0;
    if (const int err = writeAll(fd.get(), data, &written))
        return abandon(err, tr("writing, %1 of %2 written").arg(sizeText(written), sizeText(data.size())));
    if (const int err = syncFd(fd.get()))
        return abandon(err, tr("flushing to disk"));
    if (anonymous) {
        // Linked straight to the target when it must not be replaced: linkat() never overwrites.
        const QByteArray proc = "/proc/self/fd/" + QByteArray::number(fd.get());
        int err = 0;
        for (int attempt = 0; attempt < 32; ++attempt) {
            temp = exists ? tempName() : target;
            err = ::linkat(AT_FDCWD, proc.constData(), AT_FDCWD, encoded(temp).constData(),
                           AT_SYMLINK_FOLLOW) == 0
                      ? 0
                      : errno;
            if (err != EEXIST || !exists)
                break;
        }
        if (err != 0) {
            temp.clear();
            return abandon(err, tr("linking into place"));
        }
    }
    if (const int err = fd.closeChecked())
        return abandon(err, tr("closing"));
    if (!(anonymous && !exists)) {
        const int err =
            exists ? (::rename(encoded(temp).constData(), encoded(target).constData()) == 0 ? 0 : errno)
                   : renameNoReplace(temp, target);
        if (err != 0)
            return abandon(err, tr("renaming into place"));
    }
    return syncFolder(folder, error);
}

bool checkInputFile(const QString &path, qint64 maxBytes, QString *error)
{
    struct stat st
    {
    };
    if (::stat(encoded(path).constData(), &st) != 0)
        return fail(error, tr("Cannot read %1: %2").arg(shown(path), errnoText(errno)));
    if (S_ISDIR(st.st_mode))
        return fail(error, tr("Cannot read %1: it is a folder.").arg(shown(path)));
    if (S_ISFIFO(st.st_mode))
        return fail(error, tr("Cannot read %1: it is a named pipe, not a regular file.").arg(shown(path)));
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return fail(error, tr("Cannot read %1: it is a device, not a regular file.").arg(shown(path)));
    if (!S_ISREG(st.st_mode))
        return fail(error, tr("Cannot read %1: it is not a regular file.").arg(shown(path)));
    if (maxBytes >= 0 && qint64(st.st_size) > maxBytes)
        return fail(error, tr("Cannot read %1: it is %2, more than the limit of %3.")
                               .arg(shown(path), sizeText(qint64(st.st_size)), sizeText(maxBytes)));
    return true;
}

} // namespace apim
