#include "JsonUtf8Check.h"

#include <QString>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace revox::json {

qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        const uchar c = p[i];
        qsizetype length = 0;
        uchar low = 0x80; // the range of the second byte (no overlong form, no surrogate)
        uchar high = 0xbf;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            low = c == 0xe0 ? 0xa0 : 0x80;
            high = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            return i;
        }
        if (i + length > size || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

namespace {

// One container being read: an object (with the member whose value comes next) or an array
// (with the index of the element being read).
struct Frame
{
    bool isObject = false;
    bool expectingKey = false;
    qsizetype index = 0;
    QString key;
};

QString pathOf(const QList<Frame> &frames)
{
    QString text;
    for (const Frame &f : frames) {
        if (!f.isObject) {
            text += u'[' + QString::number(f.index) + u']';
        } else if (!f.expectingKey) {
            if (!text.isEmpty())
                text += u'.';
            text += f.key;
        }
    }
    return text;
}

} // namespace

QList<ParseProblem> invalidUtf8Problems(const QByteArray &body, qsizetype maxListed)
{
    QList<ParseProblem> problems;
    qsizetype unlisted = 0;
    QList<Frame> frames;
    const char *data = body.constData();
    const qsizetype size = body.size();
    for (qsizetype i = 0; i < size; ++i) {
        switch (data[i]) {
        case '{':
            frames.append(Frame{true, true, 0, {}});
            break;
        case '[':
            frames.append(Frame{false, false, 0, {}});
            break;
        case '}':
        case ']':
            if (!frames.isEmpty())
                frames.removeLast();
            break;
        case ',':
            if (!frames.isEmpty()) {
                Frame &f = frames.last();
                if (f.isObject)
                    f.expectingKey = true;
                else
                    ++f.index;
            }
            break;
        case ':':
            if (!frames.isEmpty())
                frames.last().expectingKey = false;
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype end = start;
            while (end < size && data[end] != '"')
                end += data[end] == '\\' ? 2 : 1;
            end = std::min(end, size);
            const qsizetype bad = firstInvalidUtf8(data + start, end - start);
            const bool isKey =
                !frames.isEmpty() && frames.last().isObject && frames.last().expectingKey;
            if (isKey)
                frames.last().key = QString::fromUtf8(data + start, end - start);
            if (bad >= 0) {
                if (isKey)
                    frames.last().expectingKey = false; // the path names the member itself
                if (problems.size() < maxListed)
                    problems.append(ParseProblem{
                        pathOf(frames),
                        u"invalid UTF-8 at byte %1, replaced with U+FFFD"_s.arg(start + bad)});
                else
                    ++unlisted;
                if (isKey)
                    frames.last().expectingKey = true;
            }
            i = end;
            break;
        }
        default:
            break;
        }
    }
    if (unlisted > 0 && !problems.isEmpty())
        problems.last().message += u" (and in %1 more strings)"_s.arg(unlisted);
    return problems;
}

} // namespace revox::json
