#pragma once

#include "QuantityText.h"
#include "domain/LateChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <functional>
#include <optional>

// One product's line in a save: as stored (none: no line) and as saved (none: taken out).
struct LineChange {
    QString productId;
    QString catalogueId;
    std::optional<LineQuantity> before;
    std::optional<LineQuantity> after;

    bool changes() const { return before != after; }
};

// The rule of late changes, in one place for the order dialog (which asks before saving) and
// the save (which refuses or records): a change to a line of a catalogue whose ordering window
// has closed is late, and so is, when an order in progress is validated, each of its unchanged
// lines of a closed catalogue (validating makes them count).
class LateRule {
    Q_DECLARE_TR_FUNCTIONS(LateRule)

public:
    struct LateLine {
        LineChange line;
        LateChange::Kind kind = LateChange::Kind::Change;
        std::optional<qint64> quantityBefore; // as the late_change row records it
        std::optional<qint64> quantityAfter;
    };

    // `lines`: every line of the basket the save touches or keeps; `closed`: whether a
    // catalogue's window has closed.
    static QList<LateLine> lateLines(const QList<LineChange> &lines, bool validating,
                                     const std::function<bool(const QString &catalogueId)> &closed);
    // The catalogues of `late`, each once, in order.
    static QStringList catalogues(const QList<LateLine> &late);

    struct ClosedCatalogue {
        QString name;
        QDateTime closesAt;
    };
    // "“Légumes” closed on Sat 3 Dec, 18:00; …", in `zone`: the words of every question and
    // refusal about closed catalogues.
    static QString describe(const QList<ClosedCatalogue> &catalogues, const QTimeZone &zone);
    // The NeedsConfirmation of a save that would make late changes; nothing was written.
    static Error confirmationNeeded(const QList<ClosedCatalogue> &catalogues, const QTimeZone &zone);
};
