#pragma once

// What one sync did: changes and rows sent, rows received from other desks, and the conflicts
// the server logged while applying this desk's changes.
struct SyncReport {
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
};
