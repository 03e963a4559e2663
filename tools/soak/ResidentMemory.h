#pragma once

#include <QtGlobal>

namespace revox::soak {

// Reads this process's resident set size (VmRSS) from /proc.
class ResidentMemory
{
public:
    // Kibibytes resident now; -1 when /proc cannot be read.
    static qint64 currentKiB();
};

} // namespace revox::soak
