#include "Store.h"

#include "Database.h"
#include "Query.h"

using namespace Qt::StringLiterals;

Store::Store(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_writer(*m_database, m_clock)
{
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path, bool createIfMissing)
{
    auto database = Database::open(path, createIfMissing ? Database::OpenMode::CreateIfMissing
                                                         : Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    return std::unique_ptr<Store>(new Store(std::move(database).value()));
}

const QString &Store::path() const
{
    return m_database->path();
}

QTimeZone Store::timeZone()
{
    if (!m_timeZone) {
        QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
        Query query(*m_database, u"SELECT time_zone FROM market_group WHERE deleted = 0 LIMIT 1"_s);
        if (query.exec() && query.next()) {
            const QTimeZone configured(query.text(0).toUtf8());
            if (configured.isValid())
                zone = configured;
        }
        m_timeZone = zone;
    }
    return *m_timeZone;
}

QDate Store::today()
{
    return m_clock.now().toTimeZone(timeZone()).date();
}

bool Store::isEmpty()
{
    Query query(*m_database, u"SELECT count(*) FROM market_group WHERE deleted = 0"_s);
    return query.exec() && query.next() && query.integer(0) == 0;
}
