#pragma once

#include <QElapsedTimer>

// What the benches measure with: CPU time, memory of this process, the machine's load, and
// figures rounded to two decimals.
namespace bench {

// Milliseconds since the timer started.
double ms(const QElapsedTimer &t);
// A figure to two decimals.
double round2(double v);
// CPU time the calling thread has used, and the whole process (every thread), in ms.
double threadCpuMs();
double processCpuMs();
// The one-minute load average: figures taken on a busy machine say so (-1 if unknown).
double loadAverage();
// This process's resident set in bytes; the same after free heap memory went back to the
// system (malloc_trim).
qint64 residentBytes();
qint64 settledResidentBytes();
// Bytes the allocator has handed out and not taken back (every arena, and the large blocks
// it maps directly, such as a store's row array).
qint64 heapInUseBytes();

} // namespace bench
