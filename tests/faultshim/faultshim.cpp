// LD_PRELOAD shim for tests/tst_faults.cpp and tst_gui_faults.cpp: makes a full disk on demand.
//
//   APIM_FAULT_WRITE_BYTES=N   after N bytes of new space taken in regular files (this
//                              process, all files together), write() writes what still
//                              fits and then fails with ENOSPC.
//   APIM_FAULT_FSYNC=1         fsync() and fdatasync() of regular files fail with ENOSPC
//                              (a deferred write error reported late, as on NFS or
//                              thin-provisioned disks).
// A process that loads the shim can also arm it at run time, counting from then on:
// dlsym(RTLD_DEFAULT, "apim_fault_arm") (see the declarations at the end). Only
// regular files count, so that stdout and stderr still carry the messages. As on a
// real disk, overwriting bytes a file already has takes no new space.
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

constexpr long long NotRead = -2;

std::atomic<long long> g_written{0};
// -1: no limit. NotRead until the environment is read (once) or apim_fault_arm() runs.
std::atomic<long long> g_limit{NotRead};
std::atomic<int> g_fsyncFails{-1};

long long limitBytes()
{
    long long limit = g_limit.load();
    if (limit == NotRead) {
        const char *v = std::getenv("APIM_FAULT_WRITE_BYTES");
        g_limit.compare_exchange_strong(limit, v && *v ? std::atoll(v) : -1LL);
        limit = g_limit.load();
    }
    return limit;
}

bool fsyncFails()
{
    int fails = g_fsyncFails.load();
    if (fails < 0) {
        const char *v = std::getenv("APIM_FAULT_FSYNC");
        g_fsyncFails.compare_exchange_strong(fails, v && *v == '1' ? 1 : 0);
        fails = g_fsyncFails.load();
    }
    return fails == 1;
}

// The bytes of a write of `count` at `offset` that lie inside the file already
// (they need no new space); -1 when `fd` is not a regular file.
long long alreadyAllocated(int fd, long long offset, size_t count)
{
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    if (offset < 0 || offset >= (long long)st.st_size)
        return 0;
    const long long inside = (long long)st.st_size - offset;
    return inside < (long long)count ? inside : (long long)count;
}

bool isRegular(int fd)
{
    return alreadyAllocated(fd, -1, 0) >= 0;
}

template <typename F> F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

// How many of `count` bytes at `offset` (-1: the current one) may still be written;
// -1 when the "disk" is full.
ssize_t allowance(int fd, size_t count, long long offset = -1)
{
    const long long limit = limitBytes();
    if (limit < 0 || count == 0)
        return ssize_t(count);
    if (offset < 0) // O_APPEND writes at the end whatever the offset says
        offset = (fcntl(fd, F_GETFL) & O_APPEND) ? (long long)lseek(fd, 0, SEEK_END)
                                                 : (long long)lseek(fd, 0, SEEK_CUR);
    const long long inside = alreadyAllocated(fd, offset, count);
    if (inside < 0)
        return ssize_t(count);
    const long long fresh = (long long)count - inside;
    if (fresh == 0)
        return ssize_t(count);
    const long long before = g_written.fetch_add(fresh);
    if (before >= limit) {
        g_written.fetch_sub(fresh);
        return inside > 0 ? ssize_t(inside) : -1;
    }
    const long long fits = limit - before;
    if (fits < fresh) {
        g_written.fetch_sub(fresh - fits);
        return ssize_t(inside + fits);
    }
    return ssize_t(count);
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    const ssize_t n = allowance(fd, count);
    if (n < 0) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, size_t(n));
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite64");
    const ssize_t n = allowance(fd, count, (long long)offset);
    if (n < 0) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, size_t(n), offset);
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    static const auto real = next<ssize_t (*)(int, const struct iovec *, int)>("writev");
    size_t total = 0;
    for (int i = 0; i < iovcnt; ++i)
        total += iov[i].iov_len;
    const ssize_t n = allowance(fd, total);
    // Not split: a vector that does not fit fails as a whole.
    if (n < 0 || size_t(n) < total) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, iov, iovcnt);
}

int fsync(int fd)
{
    static const auto real = next<int (*)(int)>("fsync");
    if (fsyncFails() && isRegular(fd)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd);
}

int fdatasync(int fd)
{
    static const auto real = next<int (*)(int)>("fdatasync");
    if (fsyncFails() && isRegular(fd)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd);
}

// Arms the shim from inside the process: from now on, `writeBytes` bytes of new
// space may still be taken (-1: no limit), and fsync() fails when `failFsync` is set.
__attribute__((visibility("default"))) void apim_fault_arm(long long writeBytes, int failFsync)
{
    g_written.store(0);
    g_limit.store(writeBytes < 0 ? -1 : writeBytes);
    g_fsyncFails.store(failFsync ? 1 : 0);
}

// Writes and fsyncs succeed again.
__attribute__((visibility("default"))) void apim_fault_disarm()
{
    apim_fault_arm(-1, 0);
}

} // extern "C"
