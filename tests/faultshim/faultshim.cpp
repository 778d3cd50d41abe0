// LD_PRELOAD shim for tests/tst_faults.cpp: makes a full disk on demand.
//
//   APIM_FAULT_WRITE_BYTES=N   after N bytes written to regular files (this process,
//                              all files together), write() writes what still fits
//                              and then fails with ENOSPC.
//   APIM_FAULT_FSYNC=1         fsync() and fdatasync() of regular files fail with ENOSPC
//                              (a deferred write error reported late, as on NFS or
//                              thin-provisioned disks).
// Only regular files count, so that stdout and stderr still carry the messages.
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <dlfcn.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

std::atomic<long long> g_written{0};

long long limitBytes()
{
    static const long long limit = [] {
        const char *v = std::getenv("APIM_FAULT_WRITE_BYTES");
        return v && *v ? std::atoll(v) : -1LL;
    }();
    return limit;
}

bool fsyncFails()
{
    static const bool fails = [] {
        const char *v = std::getenv("APIM_FAULT_FSYNC");
        return v && *v == '1';
    }();
    return fails;
}

bool isRegular(int fd)
{
    struct stat st
    {
    };
    return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

template <typename F> F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

// How many of `count` bytes may still be written; -1 when the "disk" is full.
ssize_t allowance(int fd, size_t count)
{
    const long long limit = limitBytes();
    if (limit < 0 || count == 0 || !isRegular(fd))
        return ssize_t(count);
    const long long before = g_written.fetch_add((long long)count);
    if (before >= limit) {
        g_written.fetch_sub((long long)count);
        return -1;
    }
    const long long fits = limit - before;
    if (fits < (long long)count) {
        g_written.fetch_sub((long long)count - fits);
        return ssize_t(fits);
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
    const ssize_t n = allowance(fd, count);
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

} // extern "C"
