#pragma once

#include "domain/OrderActor.h"
#include "queries/OrderEntryOffer.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;

// The top of the order dialog: the distribution's date, place and hours, its catalogues'
// ordering windows (the open ones counted, the closed ones named with the time they closed),
// and in producer mode a reminder of what the person can reach.
class OrderHeader : public QWidget {
    Q_OBJECT

public:
    explicit OrderHeader(QWidget *parent = nullptr);

    void show(const OrderEntryOffer &offer, const OrderActor &actor, const QDateTime &now, const QTimeZone &zone);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_windows;
    QLabel *m_producerBanner;
};
