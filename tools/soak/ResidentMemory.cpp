#include "ResidentMemory.h"

#include <QFile>

namespace revox::soak {

qint64 ResidentMemory::currentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report size 0 (atEnd() is true at once): read until a line comes back empty.
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:")) {
            const QByteArray value = line.mid(6).simplified(); // "12345 kB"
            return value.left(value.indexOf(' ')).toLongLong();
        }
    }
    return -1;
}

} // namespace revox::soak
