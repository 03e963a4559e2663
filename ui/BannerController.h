#pragma once

#include "ApiError.h"
#include "StatusBanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace revox {

// Decides which banner the window shows (and what its button does), remembering the one
// the user dismissed; a plain value, no widget, so its rules can be tested on their own.
class BannerController
{
    Q_DECLARE_TR_FUNCTIONS(BannerController)
public:
    // The banners, highest priority first.
    enum class Kind {
        None,
        AuthRefused,  // the API refused the key (authentication or permission)
        Unreachable,  // the API cannot be reached or answers wrongly; retrying
        Cache,        // the local cache was set aside, cannot be used or cannot be written
        DataProblems, // some values in the answers could not be read
        Demo,         // the window shows the built-in simulator's data
    };
    // What the banner's button does.
    enum class Action { None, OpenSettings, Retry, ShowProblems };

    // What the decision is made from: the watcher that fails (if any) and the data shown.
    struct Inputs
    {
        ApiError error;              // the failing watcher's last error; none when nothing fails
        QDateTime lastGood;          // when that watcher last loaded data
        QDateTime saved;             // the cached copy shown, when nothing was loaded since
        QDateTime failingSince;      // when the failures began
        qsizetype problemKinds = 0;  // distinct values of the open campaign that could not be read
        QStringList listingProblems; // what the server did with its pages (see ParseProblemLog)
        QString cacheMessage;        // what the cache last said (kept until dismissed)
        bool demo = false;
        QDateTime now = QDateTime::currentDateTimeUtc();
    };

    // The banner to show; kind None (or a dismissed banner) means the strip stays hidden.
    struct Banner
    {
        Kind kind = Kind::None;
        Action action = Action::None;
        StatusBanner::Kind severity = StatusBanner::Kind::Info;
        QString text;
        QString actionText;
        bool visible = false; // false when there is none or the user dismissed this one
    };

    // Decides the banner for these inputs; a new problem forgets an earlier dismissal.
    Banner update(const Inputs &inputs);
    // The banner update() last decided.
    const Banner &current() const { return m_current; }
    // The user closed the banner shown: it stays hidden while the same problem lasts.
    void dismiss();
    // Forgets the dismissal (the user asked for a refresh).
    void reset();

private:
    // Tells banners apart for dismissal: the data problems banner shows again when the
    // number of kinds of problem changes, the cache banner when the cache says another thing.
    struct Key
    {
        Kind kind = Kind::None;
        qsizetype problemKinds = 0;
        QStringList listingProblems;
        QString cacheMessage;
        bool operator==(const Key &) const = default;
    };

    static Banner decide(const Inputs &inputs);
    static Key keyOf(const Inputs &inputs, Kind kind);

    Banner m_current;
    Key m_currentKey;
    Key m_dismissed;
};

} // namespace revox
