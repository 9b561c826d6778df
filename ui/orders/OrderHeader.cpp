#include "OrderHeader.h"

#include "OrderDisplay.h"
#include "i18n/DomainWords.h"
#include "widgets/DisplayText.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OrderHeader::OrderHeader(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_windows(new QLabel(this)),
      m_producerBanner(new QLabel(this))
{
    m_title->setObjectName(u"orderTitle"_s);
    m_subtitle->setObjectName(u"orderSubtitle"_s);
    m_windows->setObjectName(u"orderWindows"_s);
    m_windows->setTextFormat(Qt::RichText);
    m_windows->setWordWrap(true);
    m_producerBanner->setObjectName(u"producerBanner"_s);
    m_producerBanner->setWordWrap(true);
    m_producerBanner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_windows);
    layout->addWidget(m_producerBanner);
    setStyleSheet(u"QLabel#orderTitle { font-size: 15pt; font-weight: 600; }"
                  "QLabel#orderSubtitle { color: palette(placeholder-text); }"
                  "QLabel#producerBanner { background: #fff4d6; border: 1px solid #e9cf8a; border-radius: 4px; "
                  "padding: 6px 8px; margin-top: 4px; }"_s);
}

void OrderHeader::show(const OrderEntryOffer &offer, const OrderActor &actor, const QDateTime &now,
                       const QTimeZone &zone)
{
    const Distribution &distribution = offer.distribution;
    m_title->setText(tr("Order for %1").arg(DisplayText::longDate(distribution.date)));
    m_subtitle->setText(
        tr("%1 · %2").arg(offer.placeName, DisplayText::timeRange(distribution.startTime, distribution.endTime)));

    // The windows: the open ones counted, the closed ones named (they need a confirmation).
    int open = 0;
    int notYetOpen = 0;
    QStringList closed;
    for (const OfferedCatalogue &catalogue : offer.catalogues) {
        switch (catalogue.window.stateAt(now)) {
        case OrderingWindow::State::Open: ++open; break;
        case OrderingWindow::State::NotYetOpen: ++notYetOpen; break;
        case OrderingWindow::State::Closed:
            closed.append(tr("%1 (since %2)")
                              .arg(catalogue.name.toHtmlEscaped(),
                                   DomainWords::dayAndTime(catalogue.window.closesAt.toTimeZone(zone))));
            break;
        }
    }
    const auto chip = [](OrderingWindow::State state, const QString &text) {
        return u"<span style=\"background-color:%1; color:%2;\">&nbsp;●&nbsp;%3&nbsp;</span>"_s.arg(
            OrderDisplay::windowBackground(state).name(), OrderDisplay::windowText(state).name(), text);
    };
    QStringList chips;
    if (distribution.cancelled)
        chips.append(chip(OrderingWindow::State::Closed, tr("This distribution is cancelled: its orders cannot change.")));
    if (open > 0)
        chips.append(chip(OrderingWindow::State::Open, tr("%n catalogue(s) open", nullptr, open)));
    if (notYetOpen > 0)
        chips.append(chip(OrderingWindow::State::NotYetOpen, tr("%n not yet open", nullptr, notYetOpen)));
    if (!closed.isEmpty())
        chips.append(chip(OrderingWindow::State::Closed, tr("Closed: %1").arg(closed.join(u", "_s))));
    m_windows->setText(chips.join(u"&nbsp;&nbsp;"_s));

    m_producerBanner->setVisible(actor.isProducer());
    if (actor.isProducer()) {
        const QString producer = offer.catalogues.isEmpty() ? actor.name : offer.catalogues.first().producerName;
        m_producerBanner->setText(
            tr("Producer mode — %1: you see and change only the lines of your own catalogues.").arg(producer));
    }
}
