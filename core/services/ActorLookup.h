#pragma once

#include "common/Result.h"
#include "domain/OrderActor.h"

class Store;

// Who acts in a store, as the order and catalogue rules see them.
namespace ActorLookup {
// The known user named as acting (the desk's current user, or the CLI's --user); otherwise the
// desk's current user; a coordinator when none was chosen.
Result<OrderActor> of(Store &store);
}
