#pragma once

#include <QString>
#include <QStringView>

namespace revox {

// Case- and accent-insensitive text matching: "Éloïse" and "eloise" fold to the same text.
class TextFold
{
public:
    // Lower case, decomposed (NFD) with combining marks dropped. ASCII takes a fast path.
    static QString fold(QStringView text);
    // Appends the folded text to out (for building one search text per row).
    static void appendFolded(QStringView text, QString &out);
};

} // namespace revox
