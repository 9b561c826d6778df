#include "LateRule.h"

#include "i18n/DomainWords.h"

using namespace Qt::StringLiterals;

QList<LateRule::LateLine> LateRule::lateLines(const QList<LineChange> &lines, bool validating,
                                              const std::function<bool(const QString &)> &closed)
{
    QList<LateLine> late;
    for (const LineChange &line : lines) {
        if (!closed(line.catalogueId))
            continue;
        LateLine entry;
        entry.line = line;
        if (line.changes()) {
            entry.kind = !line.before ? LateChange::Kind::Add
                         : line.after ? LateChange::Kind::Change
                                      : LateChange::Kind::Remove;
            entry.quantityBefore = line.before ? std::optional<qint64>(line.before->quantity) : std::nullopt;
            entry.quantityAfter = line.after ? std::optional<qint64>(line.after->quantity) : std::nullopt;
        } else if (validating && line.after) {
            entry.kind = LateChange::Kind::Validate;
            entry.quantityAfter = line.after->quantity;
        } else {
            continue;
        }
        late.append(entry);
    }
    return late;
}

QStringList LateRule::catalogues(const QList<LateLine> &late)
{
    QStringList ids;
    for (const LateLine &entry : late) {
        if (!ids.contains(entry.line.catalogueId))
            ids.append(entry.line.catalogueId);
    }
    return ids;
}

QString LateRule::describe(const QList<ClosedCatalogue> &catalogues, const QTimeZone &zone)
{
    QStringList parts;
    for (const ClosedCatalogue &catalogue : catalogues)
        parts.append(tr("“%1” closed on %2")
                         .arg(catalogue.name, DomainWords::dayAndTime(catalogue.closesAt.toTimeZone(zone))));
    return parts.join(u"; "_s);
}

Error LateRule::confirmationNeeded(const QList<ClosedCatalogue> &catalogues, const QTimeZone &zone)
{
    return Error(ErrorKind::NeedsConfirmation,
                 tr("Ordering is closed: %1. The producer may already have printed their summary; confirm to "
                    "make the change and record it as a late change.")
                     .arg(describe(catalogues, zone)),
                 u"late"_s);
}
