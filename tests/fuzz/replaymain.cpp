// Runs kept inputs through a fuzz target without libFuzzer, so that every
// input under tests/data/fuzz/<target>/ (crashes once found, hostile cases)
// replays in each ordinary test build, and under ASan and UBSan in CI. A crash
// or a broken property aborts with the input's path printed first.
//
//   replay_<target> FILE|DIR...
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found << it.next();
        found.sort();
        inputs << (found.isEmpty() ? QStringList{path} : found);
    }
    int replayed = 0;
    for (const QString &path : std::as_const(inputs)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray data = f.readAll();
        std::fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(path),
                     static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        ++replayed;
    }
    std::fprintf(stderr, "replayed %d input(s)\n", replayed);
    return replayed > 0 ? 0 : 1; // nothing to replay means a wrong path
}
