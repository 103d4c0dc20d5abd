#include "core/common/ProcessHardening.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace hrdesk {

void disableCoreDumpsInReleaseBuilds()
{
#if defined(NDEBUG) && defined(__linux__)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    // Also stops other processes of the same user from attaching with ptrace.
    prctl(PR_SET_DUMPABLE, 0);
#endif
    // Windows writes no dumps unless Windows Error Reporting is configured to; nothing to do.
}

} // namespace hrdesk
