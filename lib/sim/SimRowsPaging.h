#pragma once

#include <QStringView>

#include <optional>

namespace revox::sim {

// The three ways a Revox server is known to answer GET /campaigns/{id}/rows.
enum class SimRowsPaging {
    Paged,        // { page, page_size, rows, total }, filters honoured
    PagedNoTotal, // { page, page_size, rows }: no total; a short or empty page is the last
    Unpaged,      // { rows }: every row at once; every query parameter ignored
};

// "paged", "no-total", "unpaged"; nullopt for anything else.
std::optional<SimRowsPaging> simRowsPagingFromText(QStringView text);

} // namespace revox::sim
