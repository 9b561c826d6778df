// A desk in its own process, for the sync tests that need several processes or a process killed
// at a precise point (with COMPTOIR_SYNC_TEST_PAUSE, see core/sync/SyncTestHooks.h):
//   sync_desk_tool DATABASE URL [ROUNDS [MEMBERS_PER_ROUND PREFIX]]
// Each round adds MEMBERS_PER_ROUND members named PREFIX-ROUND-N (and changes the notes of the
// previous one), then syncs. Prints "synced R: pushed N, pulled M, conflicts K" per round; exits
// with 0, or with 1 and the reason on stderr.
#include "services/MemberService.h"
#include "store/Store.h"
#include "sync/ServerAddress.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: sync_desk_tool DATABASE URL [ROUNDS [MEMBERS_PER_ROUND PREFIX]]\n");
        return 2;
    }
    const QString database = arguments.at(1);
    auto address = ServerAddress::parse(arguments.at(2));
    if (!address) {
        std::fprintf(stderr, "%s\n", qPrintable(address.error().message()));
        return 2;
    }
    const int rounds = arguments.size() > 3 ? arguments.at(3).toInt() : 1;
    const int perRound = arguments.size() > 4 ? arguments.at(4).toInt() : 0;
    const QString prefix = arguments.size() > 5 ? arguments.at(5) : u"member"_s;

    for (int round = 1; round <= rounds; ++round) {
        if (perRound > 0) {
            auto store = Store::open(database, false);
            if (!store) {
                std::fprintf(stderr, "%s\n", qPrintable(store.error().message()));
                return 1;
            }
            (*store)->setActor(prefix);
            MemberService members(**store);
            QString previous;
            for (int i = 1; i <= perRound; ++i) {
                Member member;
                member.firstName = prefix;
                member.lastName = u"%1-%2-%3"_s.arg(prefix).arg(round).arg(i);
                member.phone = u"+3361%1%2"_s.arg(round, 3, 10, QChar(u'0')).arg(i, 4, 10, QChar(u'0'));
                auto id = members.add(member, DuplicatePolicy::Allow);
                if (!id) {
                    std::fprintf(stderr, "%s\n", qPrintable(id.error().message()));
                    return 1;
                }
                if (!previous.isEmpty()) {
                    Member changed = members.find(previous).value();
                    changed.notes = u"followed by %1"_s.arg(member.lastName);
                    if (Status done = members.update(changed, DuplicatePolicy::Allow); !done) {
                        std::fprintf(stderr, "%s\n", qPrintable(done.error().message()));
                        return 1;
                    }
                }
                previous = *id;
            }
        }
        auto report = SyncEngine(database, *address).run();
        if (!report) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(report.error().message()), qPrintable(report.error().detail()));
            return 1;
        }
        std::printf("synced %d: pushed %d, pulled %d, conflicts %d\n", round, report->pushed, report->pulled,
                    report->conflicts);
        std::fflush(stdout);
    }
    return 0;
}
