#pragma once

namespace hrdesk {

// Keeps key material out of core dumps: release builds call this first thing in main().
// Debug builds keep core dumps so developers can debug crashes.
void disableCoreDumpsInReleaseBuilds();

} // namespace hrdesk
