#pragma once

#include "JsonPath.h"
#include "JsonReader.h"

#include <QJsonValue>
#include <QLatin1StringView>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <span>
#include <utility>

namespace revox::json {

// Required members of an object read in one pass: remembers which were present, so that
// each missing one is reported once the pass is over.
class RequiredMembers
{
public:
    using Member = std::pair<QLatin1StringView, QJsonValue::Type>;

    RequiredMembers(JsonReader &r, const JsonPath &path)
        : m_r(r)
        , m_path(path)
    {
    }

    // The object's path.
    const JsonPath &path() const { return m_path; }
    // Marks the member present; returns its path.
    JsonPath seen(QLatin1StringView name)
    {
        if (m_count < kMax)
            m_seen[m_count++] = name;
        return m_path.member(name);
    }
    void report(std::span<const Member> members)
    {
        for (const auto &[name, type] : members) {
            if (std::find(m_seen.cbegin(), m_seen.cbegin() + m_count, name) ==
                m_seen.cbegin() + m_count)
                m_r.check(QJsonValue(QJsonValue::Undefined), type, m_path.member(name),
                          Need::Required);
        }
    }
    void report(std::initializer_list<Member> members)
    {
        report(std::span<const Member>(members.begin(), members.size()));
    }

private:
    static constexpr int kMax = 16;
    JsonReader &m_r;
    const JsonPath m_path;
    std::array<QLatin1StringView, kMax> m_seen;
    int m_count = 0;
};

} // namespace revox::json
