#include "HeapUsage.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace revox::soak {

qint64 HeapUsage::inUseKiB()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
#else
    return -1;
#endif
}

qint64 HeapUsage::mappedKiB()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.arena + info.hblkhd) / 1024);
#else
    return -1;
#endif
}

void HeapUsage::trim()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace revox::soak
