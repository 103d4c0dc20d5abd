#pragma once

#include <QString>

namespace hrdesk::bench {

// The CPU model from /proc/cpuinfo (the architecture where there is none), for the report
// header every benchmark prints.
QString cpuModel();

} // namespace hrdesk::bench
