#include "CliContext.h"

#include "ExitStatus.h"
#include "common/AppPaths.h"
#include "services/GroupService.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

CliContext::CliContext(const GlobalOptions &options, const Command &command, QStringList arguments,
                       QTextStream &out, QTextStream &err)
    : m_options(options), m_command(command), m_arguments(std::move(arguments)), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QString &description,
                                     const QStringList &positional)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    for (const QString &name : positional)
        parser.addPositionalArgument(name, QString(), name);

    // QCommandLineParser takes the program name first.
    if (!parser.parse(QStringList{u"comptoir-cli"_s} + m_arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Its first line names the program only; ours names the command too.
        const qsizetype lineEnd = text.indexOf(u'\n');
        QString usage = u"comptoir-cli "_s + m_command.name() + u" [options]"_s;
        for (const QString &name : positional)
            usage += u' ' + name;
        text = tr("Usage: %1").arg(usage) + text.mid(lineEnd);
        m_out << text;
        m_out.flush();
        return ExitStatus::done;
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() > positional.size())
        return usageError(tr("Unexpected argument “%1”.").arg(given.at(positional.size())));
    if (given.size() < positional.size())
        return usageError(tr("Missing argument %1.").arg(positional.at(given.size())));
    return std::nullopt;
}

QString CliContext::databasePath() const
{
    if (!m_options.database.isEmpty())
        return m_options.database;
    return m_defaultDatabase.isEmpty() ? AppPaths::defaultDatabase() : m_defaultDatabase;
}

Result<Store *> CliContext::open(bool create)
{
    if (m_store)
        return m_store.get();
    auto opened = Store::open(databasePath(), create);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    if (m_options.now)
        m_store->clock().setFixed(*m_options.now);
    return m_store.get();
}

void CliContext::actAsUser()
{
    if (!m_options.user.isEmpty()) {
        m_store->setActor(m_options.user);
        return;
    }
    if (!GroupService(*m_store).actAsCurrentUser())
        m_store->setActor(u"comptoir-cli"_s);
}

Result<Store *> CliContext::store()
{
    if (!m_store && !QFileInfo::exists(databasePath()))
        return Error::notFound(tr("The database “%1” does not exist; create it with “comptoir-cli init” "
                                  "or name another one with --database.")
                                   .arg(databasePath()));
    auto store = open(false);
    if (!store)
        return store;
    if ((*store)->isEmpty())
        return Error::notFound(tr("The database “%1” holds no group yet; create one with “comptoir-cli init”.")
                                   .arg(databasePath()));
    actAsUser();
    return store;
}

int CliContext::withStore(const std::function<int(Store &store)> &body)
{
    auto opened = store();
    if (!opened)
        return fail(opened.error());
    return body(**opened);
}

int CliContext::show(const QString &description,
                     const std::function<Result<QString>(Store &store, const QString &id)> &print)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, description, {u"ID"_s}))
        return *stop;
    return withStore([&](Store &store) {
        auto shown = print(store, parser.positionalArguments().first());
        if (!shown)
            return fail(shown.error());
        m_out << tr("Id: %1").arg(*shown) << '\n';
        return ExitStatus::done;
    });
}

QString CliContext::labelled(const QString &label, const QString &value)
{
    //: A label and its value on one line of the command-line tool's output, e.g. "Phone: 06 12 34 56 78".
    return tr("%1: %2").arg(label, value);
}

void CliContext::showField(const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        m_out << labelled(label, value) << '\n';
}

Result<Store *> CliContext::newStore()
{
    m_createdFile = !m_store && !QFileInfo::exists(databasePath());
    auto store = open(true);
    if (!store)
        return store;
    if (!(*store)->isEmpty())
        return Error(ErrorKind::Conflict, tr("The database “%1” already holds a group; nothing was changed.")
                                              .arg(databasePath()));
    if (!m_options.user.isEmpty())
        (*store)->setActor(m_options.user);
    return store;
}

void CliContext::discardNewDatabase()
{
    if (!m_createdFile)
        return;
    const QString path = m_store ? m_store->path() : databasePath();
    m_store.reset();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    m_createdFile = false;
}

int CliContext::fail(const Error &error)
{
    m_out.flush();
    m_err << error.message() << '\n';
    if (!error.detail().isEmpty())
        m_err << "  (" << error.detail() << ")\n";
    m_err.flush();
    return ExitStatus::of(error.kind());
}

int CliContext::usageError(const QString &message)
{
    m_out.flush();
    m_err << message << '\n'
          << tr("See “comptoir-cli %1 --help”.").arg(m_command.name()) << '\n';
    m_err.flush();
    return ExitStatus::usage;
}

int CliContext::created(const QString &id)
{
    m_out << id << '\n';
    m_out.flush();
    return ExitStatus::done;
}

int CliContext::created(const Result<QString> &id)
{
    return id ? created(*id) : fail(id.error());
}

int CliContext::finish(const Status &status, const QString &doneLine)
{
    if (!status)
        return fail(status.error());
    if (!doneLine.isEmpty()) {
        m_out << doneLine << '\n';
        m_out.flush();
    }
    return ExitStatus::done;
}
