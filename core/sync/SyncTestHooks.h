#pragma once

#include <QString>

// Test-only pauses of the sync engine, chosen by environment variables so that the crash and
// concurrency tests can stop a real process at a precise point. Without them set, nothing.
//   COMPTOIR_SYNC_TEST_PAUSE=POINT     at POINT, print "comptoir-sync paused at POINT" on stderr
//                                      and wait until the process is killed
//   COMPTOIR_SYNC_TEST_DELAY_MS=N      at every point, sleep N ms (slow, interleaved transactions)
// Points: "push-before-commit" (the server transaction of a push batch applied, not committed),
// "push-after-commit" (committed on the server, not yet acknowledged on the desk).
namespace SyncTestHooks {
void reached(const char *point);
}
