#include "DistributionDayPanel.h"

#include "DistributionCalendar.h"
#include "common/Money.h"
#include "i18n/DomainWords.h"
#include "widgets/DisplayText.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QIcon statusIcon(Distribution::Status status)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(DistributionCalendar::statusAccent(status));
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

}

DistributionDayPanel::DistributionDayPanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_details(new QLabel(this)),
      m_buttons(new QVBoxLayout)
{
    setObjectName(u"dayPanel"_s);
    m_title->setObjectName(u"dayTitle"_s);
    m_title->setStyleSheet(u"font-size: 12pt; font-weight: 600;"_s);
    m_title->setWordWrap(true);
    m_list->setObjectName(u"dayDistributions"_s);
    m_list->setMaximumHeight(90);
    m_list->setFrameShape(QFrame::NoFrame);
    m_details->setObjectName(u"distributionDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addWidget(m_details);
    layout->addLayout(m_buttons);
    layout->addStretch(1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showDetails();
        emit currentChanged();
    });
}

void DistributionDayPanel::addActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setVisible(action->isVisible());
        // A tool button does not follow its action's visibility by itself.
        connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
        m_buttons->addWidget(button);
    }
}

void DistributionDayPanel::limitToCatalogues(bool limited, const QSet<QString> &catalogueIds)
{
    m_limited = limited;
    m_catalogueIds = catalogueIds;
    showDetails();
}

void DistributionDayPanel::showDay(QDate date, const QList<DistributionOverview> &overviews, const QDateTime &now,
                                   const QTimeZone &zone)
{
    const QString selectedId = current() ? current()->distribution.id : QString();
    m_date = date;
    m_overviews = overviews;
    m_now = now;
    m_zone = zone;
    m_title->setText(date.isValid() ? DisplayText::longDate(date) : QString());

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = overviews.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < overviews.size(); ++i) {
        const DistributionOverview &overview = overviews.at(i);
        auto *item = new QListWidgetItem(statusIcon(overview.status),
                                         DisplayText::timeRange(overview.distribution.startTime,
                                                                overview.distribution.endTime)
                                             + u" · "_s + overview.placeName,
                                         m_list);
        item->setToolTip(DomainWords::distributionStatus(overview.status));
        if (overview.distribution.id == selectedId)
            row = int(i);
    }
    m_list->setVisible(overviews.size() > 1);
    m_list->setCurrentRow(row);
    showDetails();
    emit currentChanged();
}

void DistributionDayPanel::select(const QString &distributionId)
{
    for (qsizetype i = 0; i < m_overviews.size(); ++i) {
        if (m_overviews.at(i).distribution.id == distributionId)
            m_list->setCurrentRow(int(i));
    }
}

const DistributionOverview *DistributionDayPanel::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_overviews.size() ? &m_overviews.at(row) : nullptr;
}

void DistributionDayPanel::showDetails()
{
    const DistributionOverview *overview = current();
    if (!overview) {
        m_details->setText(m_date.isValid() ? tr("No distribution on this day.") : QString());
        return;
    }
    const Distribution &distribution = overview->distribution;
    const QColor accent = DistributionCalendar::statusAccent(overview->status);
    QString html = u"<p><b>"_s + DisplayText::timeRange(distribution.startTime, distribution.endTime) + u" · "_s
        + overview->placeName.toHtmlEscaped() + u"</b><br><span style=\"color:"_s + accent.name()
        + u"; font-weight: 600\">● "_s + DomainWords::distributionStatus(overview->status).toHtmlEscaped()
        + u"</span></p>"_s;

    if (!m_limited) {
        html += u"<p>"_s + tr("Validated: %n order(s), %1", nullptr, overview->validatedCount)
                                .arg(Money::format(overview->validatedCents));
        if (overview->inProgressCount + overview->anonymousCartCount > 0) {
            const QString carts = overview->anonymousCartCount > 0
                ? tr(" and %n anonymous cart(s)", nullptr, overview->anonymousCartCount)
                : QString();
            html += u"<br>"_s + tr("In progress: %n order(s)%1, %2", nullptr, overview->inProgressCount)
                                    .arg(carts, Money::format(overview->inProgressCents));
        }
        html += u"</p>"_s;
    }

    QList<OrderingWindow> windows;
    for (const OrderingWindow &window : overview->windows) {
        if (!m_limited || m_catalogueIds.contains(window.catalogueId))
            windows.append(window);
    }
    if (windows.isEmpty()) {
        html += u"<p>"_s + (m_limited ? tr("None of your catalogues takes part.") : tr("No catalogue takes part yet."))
            + u"</p>"_s;
    } else {
        html += u"<p><b>"_s + tr("Ordering windows") + u"</b>"_s;
        for (const OrderingWindow &window : windows) {
            QString state;
            switch (window.stateAt(m_now)) {
            case OrderingWindow::State::NotYetOpen: state = tr("not yet open"); break;
            case OrderingWindow::State::Open: state = u"<b>"_s + tr("open") + u"</b>"_s; break;
            case OrderingWindow::State::Closed: state = tr("closed"); break;
            }
            html += u"<br>"_s + overview->catalogueNames.value(window.catalogueId).toHtmlEscaped() + u" — "_s + state
                + u"<br>&nbsp;&nbsp;&nbsp;"_s
                + tr("%1 → %2").arg(DomainWords::dayAndTime(window.opensAt.toTimeZone(m_zone)),
                                    DomainWords::dayAndTime(window.closesAt.toTimeZone(m_zone)));
        }
        html += u"</p>"_s;
    }
    m_details->setText(html);
}
