#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include <optional>
#include <random>

namespace revox::sim {

// How the rows endpoint lies about its listing: the same rows on every page, or a total
// larger than the rows it has.
struct RowsListingFaults
{
    bool repeatPages = false; // every page answers page 0's rows, total 1,000,000
    qint64 lyingTotal = -1;   // the total announced (-1: the true one)
    static constexpr qint64 kRepeatedTotal = 1'000'000;
    bool isEmpty() const { return !repeatPages && lyingTotal < 0; }
};

// A set of faults to inject, parsed from text such as "status=429,retry-after=3,rate=0.5".
struct FaultSpec
{
    int latencyMs = 0;
    bool stall = false;
    int status = 0;      // 0: none
    int retryAfter = -1; // seconds; -1: default for 429/503 (1 s)
    bool drop = false;
    bool truncate = false;
    int trickleBytesPerSecond = 0; // > 0: the body is sent at this pace
    bool malformed = false;
    bool wrongTypes = false;
    bool unknownEnums = false;
    RowsListingFaults listing;
    double rate = 1.0;  // probability that the faults apply to a request
    QString pathPrefix; // only requests whose path (after /api) starts with it

    bool isEmpty() const
    {
        return latencyMs <= 0 && !stall && status == 0 && !drop && !truncate &&
               trickleBytesPerSecond <= 0 && !malformed && !wrongTypes && !unknownEnums &&
               listing.isEmpty();
    }
    static std::optional<FaultSpec> parse(const QString &text, QString *error);
};

// Faults that exclude each other: "SPEC | SPEC | ...", one draw per request picks at most
// one of them, each with its own rate (the rates add up to at most 1). One SPEC alone is a
// list of one.
struct FaultChoice
{
    QList<FaultSpec> alternatives;

    static std::optional<FaultChoice> parse(const QString &text, QString *error);
};

// Decides, request by request, which faults apply: run-wide ones, or those a request asks
// for with the X-Revox-Sim-Fault header or the sim_fault query parameter (either a
// FaultChoice). Thread-safe.
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed);

    bool setRunWide(const QString &text, QString *error);
    QString runWideText() const;

    // The faults for one request (path without the /api prefix); nullopt when none apply.
    // perRequest is the header or query text; a bad per-request spec yields an error.
    // withRunWide false: only a per-request spec counts (the recordings origin).
    std::optional<FaultSpec> decide(const QString &perRequest, const QString &path, QString *error,
                                    bool withRunWide = true);

    static QString help();

private:
    mutable QMutex m_mutex; // run-wide faults change on the owner's thread, apply on another
    FaultChoice m_runWide;
    QString m_runWideText;
    std::mt19937_64 m_random;
};

} // namespace revox::sim
