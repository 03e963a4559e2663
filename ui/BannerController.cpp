#include "BannerController.h"

#include "DisplayText.h"
#include "HumanText.h"
#include "ParseProblemLog.h"

#include <QLocale>

namespace revox {

BannerController::Banner BannerController::update(const Inputs &inputs)
{
    m_current = decide(inputs);
    m_currentKey = keyOf(inputs, m_current.kind);
    m_current.visible = m_current.kind != Kind::None && !(m_currentKey == m_dismissed);
    if (!(m_currentKey == m_dismissed) && m_current.kind != Kind::Demo) {
        m_dismissed = Key(); // a new problem shows again after an earlier dismissal
    }
    return m_current;
}

void BannerController::dismiss()
{
    m_dismissed = m_currentKey;
    m_current.visible = false;
}

void BannerController::reset()
{
    m_dismissed = Key();
}

BannerController::Key BannerController::keyOf(const Inputs &inputs, Kind kind)
{
    const bool problems = kind == Kind::DataProblems;
    QStringList listingKinds; // a count that grows between listings is not a new problem
    if (problems)
        for (const QString &sentence : inputs.listingProblems)
            listingKinds.append(ParseProblemLog::listingKind(sentence));
    return Key{kind, problems ? inputs.problemKinds : 0, listingKinds,
               kind == Kind::Cache ? inputs.cacheMessage : QString()};
}

BannerController::Banner BannerController::decide(const Inputs &in)
{
    Banner banner;
    if (in.error.isError()) {
        QString age;
        if (in.lastGood.isValid()) {
            age =
                tr("The data shown was loaded %1.").arg(HumanText::age(in.lastGood.secsTo(in.now)));
        } else if (in.saved.isValid()) {
            const QDateTime since = in.failingSince.isValid() ? in.failingSince : in.now;
            age = tr("Offline since %1: showing the copy saved on this computer %2.")
                      .arg(DisplayText::timeOfDay(since.toLocalTime().time()),
                           HumanText::age(in.saved.secsTo(in.now)));
        } else {
            age = tr("No data could be loaded yet.");
        }
        if (in.error.kind == ApiErrorKind::Authentication ||
            in.error.kind == ApiErrorKind::Permission) {
            banner.kind = Kind::AuthRefused;
            banner.action = Action::OpenSettings;
            banner.severity = StatusBanner::Kind::Error;
            banner.text =
                tr("The Revox API refused the API key (%1). %2 Check the key in Settings.")
                    .arg(in.error.message, age);
            banner.actionText = tr("Open settings");
        } else {
            const bool noConnection =
                in.error.kind == ApiErrorKind::Network || in.error.kind == ApiErrorKind::Timeout;
            const QString what = noConnection ? tr("Cannot reach the Revox API.")
                                              : tr("The Revox API is not answering properly.");
            banner.kind = Kind::Unreachable;
            banner.action = Action::Retry;
            banner.severity = StatusBanner::Kind::Warning;
            banner.text = tr("%1 %2 Retrying automatically. (%3)").arg(what, age, in.error.message);
            banner.actionText = tr("Retry now");
        }
    } else if (!in.cacheMessage.isEmpty()) {
        // Set aside, unusable or full: the user's data is not lost, but it is not kept
        // either, which they should know until they say they read it.
        banner.kind = Kind::Cache;
        banner.severity = StatusBanner::Kind::Warning;
        banner.text = in.cacheMessage;
    } else if (in.problemKinds > 0 || !in.listingProblems.isEmpty()) {
        // The server's data had values of the wrong type (or the like), or its pages did
        // not add up: what arrived is shown, and the user is told once, with the details
        // one click away.
        banner.kind = Kind::DataProblems;
        banner.action = Action::ShowProblems;
        banner.severity = StatusBanner::Kind::Warning;
        QStringList sentences;
        if (in.problemKinds > 0)
            sentences.append(tr("Some values in the server's answers could not be read (%n "
                                "kind(s) of problem). They are shown as empty until they are "
                                "read again; everything else is shown.",
                                nullptr, int(in.problemKinds)));
        if (!in.listingProblems.isEmpty())
            sentences.append(tr("The server's pages of rows did not add up (%1). Every row it "
                                "sent is shown.")
                                 .arg(in.listingProblems.join(QStringLiteral("; "))));
        banner.text = sentences.join(QLatin1Char(' '));
        banner.actionText = tr("Details…");
    } else if (in.demo) {
        banner.kind = Kind::Demo;
        banner.action = Action::OpenSettings;
        banner.severity = StatusBanner::Kind::Info;
        banner.text = tr("You are looking at demo data from the built-in simulator, "
                         "not a Revox account. Add your API key in Settings to see your "
                         "campaigns.");
        banner.actionText = tr("Add API key…");
    }
    return banner;
}

} // namespace revox
