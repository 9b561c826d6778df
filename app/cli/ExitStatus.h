#pragma once

#include "common/Error.h"

// The exit statuses of the command-line contract (docs/DESIGN.md): scripts rely on them.
namespace ExitStatus {
constexpr int done = 0;
constexpr int refused = 1;           // validation, not found, conflict, storage
constexpr int usage = 2;             // bad options or arguments
constexpr int needsConfirmation = 3; // a closed catalogue without --confirm-late, a duplicate without --force
constexpr int unreachable = 4;       // the server cannot be reached

constexpr int of(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NeedsConfirmation:
        return needsConfirmation;
    case ErrorKind::Unreachable:
        return unreachable;
    case ErrorKind::Validation:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::Storage:
        return refused;
    }
    return refused;
}
}
