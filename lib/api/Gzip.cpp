#include "Gzip.h"

#include <zlib.h>

namespace revox::Gzip {

Outcome decode(const QByteArray &data, qint64 maxBytes, QByteArray &out)
{
    out.clear();
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return Outcome::Corrupt;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    out.resize(std::min<qint64>(std::max<qint64>(data.size() * 8, 4096), maxBytes + 1));
    int status = Z_OK;
    while (status == Z_OK) {
        if (qint64(zs.total_out) >= out.size()) {
            if (out.size() > maxBytes) {
                inflateEnd(&zs);
                out.clear();
                return Outcome::TooLarge;
            }
            out.resize(std::min<qint64>(out.size() * 2, maxBytes + 1));
        }
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + zs.total_out);
        zs.avail_out = uInt(out.size() - qsizetype(zs.total_out));
        status = inflate(&zs, Z_NO_FLUSH);
    }
    const qint64 produced = qint64(zs.total_out);
    inflateEnd(&zs);
    if (status != Z_STREAM_END) {
        out.clear();
        return Outcome::Corrupt;
    }
    if (produced > maxBytes) {
        out.clear();
        return Outcome::TooLarge;
    }
    out.resize(produced);
    return Outcome::Ok;
}

} // namespace revox::Gzip
