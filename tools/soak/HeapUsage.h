#pragma once

#include <QtGlobal>

namespace revox::soak {

// Reads the C allocator's own figures (glibc mallinfo2), which tell memory the program
// holds apart from memory the allocator keeps mapped (free chunks, per-thread arenas).
class HeapUsage
{
public:
    // Kibibytes in allocated blocks (small chunks plus mmapped ones); -1 when unknown.
    static qint64 inUseKiB();
    // Kibibytes the allocator has mapped from the system for the heap; -1 when unknown.
    static qint64 mappedKiB();
    // Returns free memory at the top of every arena to the system (malloc_trim).
    static void trim();
};

} // namespace revox::soak
