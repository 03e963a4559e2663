#include "Timestamp.h"

#include <QDate>
#include <QDateTime>

namespace revox {
namespace {

// Reads exactly n ASCII digits at pos; returns -1 if they are not all digits.
int readDigits(QStringView s, qsizetype pos, int n)
{
    if (pos + n > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

} // namespace

Timestamp Timestamp::parseIso8601(QStringView s)
{
    s = s.trimmed();
    const int year = readDigits(s, 0, 4);
    if (year < 0 || s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    const int month = readDigits(s, 5, 2);
    const int day = readDigits(s, 8, 2);
    if (month < 1 || day < 1 || !QDate::isValid(year, month, day))
        return {};
    const qint64 days = QDate(year, month, day).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    if (s.size() == 10)
        return fromMSecsSinceEpoch(days * 86400000LL);

    if (s.size() < 16 || (s[10] != u'T' && s[10] != u't' && s[10] != u' ') || s[13] != u':')
        return {};
    const int hour = readDigits(s, 11, 2);
    const int minute = readDigits(s, 14, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return {};
    qsizetype pos = 16;
    int second = 0;
    if (pos < s.size() && s[pos] == u':') {
        second = readDigits(s, pos + 1, 2);
        if (second < 0 || second > 60) // 60: a leap second, folded into the next minute
            return {};
        pos += 3;
    }
    int millis = 0;
    if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
        ++pos;
        int digits = 0;
        int scale = 100;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            millis += (s[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
            ++digits;
        }
        if (digits == 0)
            return {};
    }
    int offsetMinutes = 0;
    if (pos < s.size()) {
        const QChar sign = s[pos];
        if ((sign == u'Z' || sign == u'z') && pos + 1 == s.size()) {
            pos += 1;
        } else if (sign == u'+' || sign == u'-') {
            const int oh = readDigits(s, pos + 1, 2);
            qsizetype next = pos + 3;
            int om = 0;
            if (next < s.size()) {
                if (s[next] == u':')
                    ++next;
                om = readDigits(s, next, 2);
                next += 2;
            }
            if (oh < 0 || oh > 23 || om < 0 || om > 59 || next != s.size())
                return {};
            offsetMinutes = (oh * 60 + om) * (sign == u'-' ? -1 : 1);
            pos = next;
        } else {
            return {};
        }
    }
    if (pos != s.size())
        return {};
    const qint64 secs =
        days * 86400LL + hour * 3600LL + minute * 60LL + second - offsetMinutes * 60LL;
    // An offset can carry 0001-01-01 or 9999-12-31 out of the four-digit years that
    // toIsoString() can write: such a time is as good as unknown.
    static const qint64 kFirst = QDate(1, 1, 1).startOfDay(Qt::UTC).toSecsSinceEpoch();
    static const qint64 kLast = QDate(9999, 12, 31).endOfDay(Qt::UTC).toSecsSinceEpoch();
    if (secs < kFirst || secs > kLast)
        return {};
    return fromMSecsSinceEpoch(secs * 1000LL + millis);
}

QString Timestamp::toIsoString() const
{
    if (!isValid())
        return {};
    return toDateTime().toString(Qt::ISODateWithMs);
}

} // namespace revox
