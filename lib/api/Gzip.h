#pragma once

#include <QByteArray>

#include <optional>

namespace revox {

// gzip bodies (Content-Encoding: gzip), decoded by hand so that the client knows what an
// answer cost on the wire (Qt's own decoding hides the compressed length).
namespace Gzip {

enum class Outcome { Ok, Corrupt, TooLarge };

// Decodes data into out, refusing to grow past maxBytes (a small body that inflates to
// gigabytes is refused, not held).
Outcome decode(const QByteArray &data, qint64 maxBytes, QByteArray &out);

} // namespace Gzip
} // namespace revox
