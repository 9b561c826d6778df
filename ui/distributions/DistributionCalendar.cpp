#include "DistributionCalendar.h"

#include "widgets/DisplayText.h"

#include <QHeaderView>
#include <QPainter>
#include <QTableView>
#include <QTextCharFormat>

using namespace Qt::StringLiterals;

DistributionCalendar::DistributionCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setObjectName(u"distributionCalendar"_s);
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::LongDayNames);
    setFirstDayOfWeek(Qt::Monday);
    setMinimumSize(560, 420);
    // Week-end names in the header are not red: distributions happen any day.
    QTextCharFormat plain;
    plain.setForeground(palette().color(QPalette::Text));
    setWeekdayTextFormat(Qt::Saturday, plain);
    setWeekdayTextFormat(Qt::Sunday, plain);
    if (auto *view = findChild<QTableView *>()) {
        view->setObjectName(u"calendarDays"_s);
        // The row of day names keeps the height of a line; the weeks share the rest.
        view->verticalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
        view->verticalHeader()->resizeSection(0, fontMetrics().height() + 10);
    }
    setStyleSheet(u"QCalendarWidget QWidget#qt_calendar_navigationbar { background: #dfe9d8; }"
                  "QCalendarWidget QToolButton { color: black; font-size: 11pt; font-weight: 600; }"
                  // The month's menu arrow beside the name, not over it.
                  "QCalendarWidget QToolButton#qt_calendar_monthbutton { padding-right: 16px; }"_s);
}

void DistributionCalendar::setOverviews(const QList<DistributionOverview> &overviews)
{
    m_byDate.clear();
    for (const DistributionOverview &overview : overviews)
        m_byDate[overview.distribution.date].append(overview);
    updateCells();
    emit overviewsChanged();
}

QDate DistributionCalendar::firstShownDate() const
{
    QDate first(yearShown(), monthShown(), 1);
    // The grid starts on the first day of the week, a whole week earlier when the month does.
    int back = (first.dayOfWeek() - int(firstDayOfWeek()) + 7) % 7;
    if (back == 0)
        back = 7;
    return first.addDays(-back);
}

QDate DistributionCalendar::lastShownDate() const
{
    return firstShownDate().addDays(6 * 7 - 1);
}

QColor DistributionCalendar::statusAccent(Distribution::Status status)
{
    switch (status) {
    case Distribution::Status::Planned: return QColor(0x4a, 0x78, 0xc2);
    case Distribution::Status::Open: return QColor(0x2e, 0x7d, 0x32);
    case Distribution::Status::Closed: return QColor(0xd9, 0x82, 0x00);
    case Distribution::Status::Distributed: return QColor(0x85, 0x85, 0x85);
    case Distribution::Status::Cancelled: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

void DistributionCalendar::setToday(QDate today)
{
    m_today = today;
    updateCells();
}

void DistributionCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    painter->save();
    const QPalette colours = palette();
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    const bool selected = date == selectedDate();
    QColor background = inMonth ? colours.color(QPalette::Base) : colours.color(QPalette::AlternateBase);
    painter->fillRect(rect, background);

    // The day number, bold for today, dimmed outside the month.
    QFont dayFont = painter->font();
    dayFont.setBold(date == m_today);
    painter->setFont(dayFont);
    painter->setPen(inMonth ? colours.color(QPalette::Text) : colours.color(QPalette::Disabled, QPalette::Text));
    const QRect numberRect = rect.adjusted(6, 3, -6, 0);
    QString number = QString::number(date.day());
    if (date.day() == 1)
        number = QLocale().toString(date, u"d MMM"_s);
    painter->drawText(numberRect, Qt::AlignLeft | Qt::AlignTop, number);
    if (date == m_today) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2e, 0x7d, 0x32));
        painter->drawRect(QRect(rect.left(), rect.top(), rect.width(), 3));
    }

    // One label per distribution of the day: hours and place on two lines when the cell is
    // tall enough, on one otherwise; a strip of the status colour, darker, on its left.
    QFont chipFont = painter->font();
    chipFont.setBold(false);
    chipFont.setPointSizeF(chipFont.pointSizeF() * 0.9);
    painter->setFont(chipFont);
    const QFontMetrics metrics(chipFont);
    const QList<DistributionOverview> overviews = m_byDate.value(date);
    int top = numberRect.top() + QFontMetrics(dayFont).height() + 2;
    const int room = rect.bottom() - 2 - top;
    const bool twoLines = !overviews.isEmpty() && room >= int(overviews.size()) * (2 * metrics.height() + 6);
    const int chipHeight = twoLines ? 2 * metrics.height() + 4 : metrics.height() + 4;
    for (qsizetype i = 0; i < overviews.size(); ++i) {
        const DistributionOverview &overview = overviews.at(i);
        const QRect chip(rect.left() + 3, top, rect.width() - 6, chipHeight);
        if (chip.bottom() > rect.bottom() - 2) {
            painter->setPen(colours.color(QPalette::Text));
            painter->drawText(rect.adjusted(6, 0, -6, -2), Qt::AlignRight | Qt::AlignBottom,
                              tr("+%n more", nullptr, int(overviews.size() - i)));
            break;
        }
        const bool cancelled = overview.status == Distribution::Status::Cancelled;
        const QColor colour = DisplayText::distributionStatusColor(overview.status);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(chip, 3, 3);
        painter->setBrush(statusAccent(overview.status));
        painter->drawRect(QRect(chip.left(), chip.top(), 4, chip.height()));
        painter->setPen(cancelled ? colours.color(QPalette::Disabled, QPalette::Text) : QColor(0x20, 0x20, 0x20));
        QFont text = chipFont;
        text.setStrikeOut(cancelled);
        painter->setFont(text);
        const QRect textRect = chip.adjusted(8, 1, -3, -1);
        const QString hours = twoLines ? DisplayText::timeRange(overview.distribution.startTime, overview.distribution.endTime)
                                       : DisplayText::time(overview.distribution.startTime);
        if (twoLines) {
            const QRect first(textRect.left(), textRect.top(), textRect.width(), metrics.height());
            const QRect second(textRect.left(), textRect.top() + metrics.height(), textRect.width(), metrics.height());
            painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(hours, Qt::ElideRight, first.width()));
            painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(overview.placeName, Qt::ElideRight, second.width()));
        } else {
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(hours + u' ' + overview.placeName, Qt::ElideRight, textRect.width()));
        }
        painter->setFont(chipFont);
        top += chipHeight + 2;
    }

    if (selected) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colours.color(QPalette::Highlight), 2));
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}
