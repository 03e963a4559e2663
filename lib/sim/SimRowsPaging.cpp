#include "SimRowsPaging.h"

namespace revox::sim {

std::optional<SimRowsPaging> simRowsPagingFromText(QStringView text)
{
    if (text == u"paged")
        return SimRowsPaging::Paged;
    if (text == u"no-total")
        return SimRowsPaging::PagedNoTotal;
    if (text == u"unpaged")
        return SimRowsPaging::Unpaged;
    return std::nullopt;
}

} // namespace revox::sim
