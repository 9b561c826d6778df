#include "SyncTestHooks.h"

#include <QThread>
#include <cstdio>

namespace SyncTestHooks {

void reached(const char *point)
{
    static const QByteArray pause = qgetenv("COMPTOIR_SYNC_TEST_PAUSE");
    static const int delay = qEnvironmentVariableIntValue("COMPTOIR_SYNC_TEST_DELAY_MS");
    if (delay > 0)
        QThread::msleep(ulong(delay));
    if (pause.isEmpty() || pause != point)
        return;
    std::fprintf(stderr, "comptoir-sync paused at %s\n", point);
    std::fflush(stderr);
    for (;;)
        QThread::sleep(1);
}

}
