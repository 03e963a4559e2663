#pragma once

namespace revox::testing {

// Counts the GET requests for campaign rows every RevoxClient of the process makes, from
// the client's revox.api debug lines (those lines stay out of the test's output; the rest
// goes to the handler that was there before). Call once, from initTestCase().
void countRowsRequests();
// Rows requests counted since countRowsRequests().
int rowsRequests();

} // namespace revox::testing
