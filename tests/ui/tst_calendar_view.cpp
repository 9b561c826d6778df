#include "UiTestSupport.h"
#include "distributions/DistributionCalendar.h"
#include "distributions/DistributionDialog.h"
#include "distributions/DistributionEditDialog.h"
#include "distributions/DistributionsView.h"
#include "distributions/OfferDialog.h"
#include "distributions/PlacesDialog.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "services/OfferService.h"
#include "services/OrderService.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"
#include "widgets/DialogSeams.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using UiTest::child;

// The Distributions area driven like a coordinator would: the month view, a weekly series
// created from a day of the calendar with the mouse and the keyboard, changing, cancelling and
// the offer of one distribution; with pictures of each to look at.
class TestCalendarView : public QObject {
    Q_OBJECT

    MainWindowFixture m_ui;
    QStringList m_warnings;

    Store &store() { return m_ui.store(); }

    // A group of two producers, a catalogue each and a place, without any distribution.
    static Status plateau(Store &store)
    {
        GroupSettings group;
        group.name = u"Marché du Plateau"_s;
        User coordinator;
        coordinator.name = u"Camille"_s;
        if (Status done = GroupService(store).initialise(group, coordinator); !done)
            return done;
        CatalogueService catalogues(store);
        Producer producer;
        producer.name = u"Ferme des Saules"_s;
        Catalogue catalogue;
        catalogue.producerId = catalogues.addProducer(producer).value();
        catalogue.name = u"Légumes de saison"_s;
        catalogue.rule = {7, QTime(8, 0), 48};
        if (auto added = catalogues.addCatalogue(catalogue); !added)
            return added.error();
        producer.name = u"Fournil du Plateau"_s;
        catalogue.producerId = catalogues.addProducer(producer).value();
        catalogue.name = u"Pains au levain"_s;
        catalogue.rule = {5, QTime(12, 0), 24};
        if (auto added = catalogues.addCatalogue(catalogue); !added)
            return added.error();
        Place place;
        place.name = u"Salle Paul-Garcin"_s;
        place.town = u"Lyon"_s;
        if (auto added = CalendarService(store).addPlace(place); !added)
            return added.error();
        return {};
    }

    // The demo group, or the Plateau's, in the Distributions area.
    void open(bool demo)
    {
        QVERIFY(m_ui.open(u"calendar.db"_s, demo ? MainWindowFixture::Fill() : &plateau));
        QTest::keyClick(m_ui.window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_ui.window()->currentArea(), MainWindow::Area::Distributions);
    }

    DistributionsView *view() { return m_ui.window()->findChild<DistributionsView *>(); }
    DistributionCalendar *calendar() { return m_ui.child<DistributionCalendar>(u"distributionCalendar"_s); }

    template <typename Dialog>
    Dialog *waitForDialog()
    {
        return UiTest::waitForDialog<Dialog>(m_ui.window());
    }

    void save(QWidget *widget, const QString &name) { QVERIFY(UiTest::saveScreenshot(widget, name)); }

    // Clicks, with the mouse, the calendar cell of `date` in the month shown.
    void clickDay(QDate date)
    {
        auto *days = child<QTableView>(calendar(), u"calendarDays"_s);
        QAbstractItemModel *model = days->model();
        for (int row = 0; row < model->rowCount() && calendar()->selectedDate() != date; ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (model->data(index).toInt() != date.day())
                    continue;
                QTest::mouseClick(days->viewport(), Qt::LeftButton, {}, days->visualRect(index).center());
                if (calendar()->selectedDate() == date)
                    break;
            }
        }
        QCOMPARE(calendar()->selectedDate(), date);
    }

    void clickCheckOf(QListWidget *list, int row)
    {
        const QRect rect = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
    }

private slots:
    void init() { DialogSeams::collectWarnings(&m_warnings); }

    void cleanup()
    {
        DialogSeams::collectWarnings(nullptr);
        m_warnings.clear();
        m_ui.close();
    }

    void createsAWeeklySeriesFromTheCalendar()
    {
        open(false);
        // The month of today; nothing planned yet.
        QCOMPARE(calendar()->monthShown(), 11);
        QVERIFY(m_ui.child<QLabel>(u"distributionDetails"_s)->text().contains(u"No distribution"_s));

        // Go to December with the keyboard, then click Thursday 3 December with the mouse.
        calendar()->setFocus();
        QTest::keyClick(calendar()->findChild<QTableView *>(), Qt::Key_PageDown);
        QCOMPARE(calendar()->monthShown(), 12);
        clickDay(QDate(2026, 12, 3));

        // Ctrl+N: a new distribution on that day.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = waitForDialog<DistributionDialog>();
        QCOMPARE(child<QDateEdit>(dialog, u"firstDate"_s)->date(), QDate(2026, 12, 3));
        QCOMPARE(child<QComboBox>(dialog, u"placeCombo"_s)->currentText(), u"Salle Paul-Garcin, Lyon"_s);

        // Hours typed with the keyboard: 17:30 to 19:30.
        auto *start = child<QTimeEdit>(dialog, u"startTime"_s);
        start->setFocus();
        start->selectAll();
        QTest::keyClicks(start, u"17:30"_s);
        QCOMPARE(start->time(), QTime(17, 30));
        auto *end = child<QTimeEdit>(dialog, u"endTime"_s);
        end->setFocus();
        end->selectAll();
        QTest::keyClicks(end, u"19:30"_s);
        QCOMPARE(end->time(), QTime(19, 30));

        // Repeat every week (the mouse ticks the box) until early January: the month of the
        // last date goes down twice with the arrow key.
        QTest::mouseClick(child<QCheckBox>(dialog, u"repeat"_s), Qt::LeftButton);
        QVERIFY(child<QSpinBox>(dialog, u"repeatWeeks"_s)->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, u"repeatWeeks"_s)->value(), 1);
        auto *until = child<QDateEdit>(dialog, u"until"_s);
        QCOMPARE(until->date(), QDate(2027, 3, 3));
        until->setFocus();
        until->setCurrentSection(QDateTimeEdit::MonthSection);
        QTest::keyClick(until, Qt::Key_Down);
        QTest::keyClick(until, Qt::Key_Down);
        QCOMPARE(until->date(), QDate(2027, 1, 3));

        // Five Thursdays; the 24th and the 31st are unticked with the mouse.
        auto *dates = child<QListWidget>(dialog, u"dateList"_s);
        QCOMPARE(dates->count(), 5);
        QVERIFY(dates->item(3)->text().contains(u"24 December"_s));
        clickCheckOf(dates, 3);
        clickCheckOf(dates, 4);
        QCOMPARE(dates->item(3)->checkState(), Qt::Unchecked);
        QCOMPARE(dates->item(4)->checkState(), Qt::Unchecked);
        auto *create = child<QPushButton>(dialog, u"createButton"_s);
        QCOMPARE(create->text(), u"&Create 3 distribution(s)"_s);
        // The window each catalogue gets, shown for the first date.
        auto *table = child<QTableWidget>(dialog, u"catalogueTable"_s);
        QCOMPARE(table->rowCount(), 2);
        save(dialog, u"distribution-dialog"_s);

        // Enter creates them.
        QTest::keyClick(dates, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());

        // The month view shows them on their days, not on the skipped ones.
        for (const QDate date : {QDate(2026, 12, 3), QDate(2026, 12, 10), QDate(2026, 12, 17)}) {
            const auto on = calendar()->overviewsOn(date);
            QCOMPARE(on.size(), 1);
            QCOMPARE(on.first().placeName, u"Salle Paul-Garcin"_s);
            QCOMPARE(on.first().distribution.startTime, QTime(17, 30));
            QCOMPARE(on.first().windows.size(), 2);
        }
        QVERIFY(calendar()->overviewsOn(QDate(2026, 12, 24)).isEmpty());
        QVERIFY(calendar()->overviewsOn(QDate(2026, 12, 31)).isEmpty());
        QVERIFY(m_ui.child<QLabel>(u"distributionsUndoMessage"_s)->text().contains(u"3 distribution(s) created"_s));

        // The arrow keys walk the calendar; the day beside shows its distribution's windows.
        auto *days = calendar()->findChild<QTableView *>();
        days->setFocus();
        QTest::keyClick(days, Qt::Key_Down);
        QCOMPARE(calendar()->selectedDate(), QDate(2026, 12, 10));
        const QString details = m_ui.child<QLabel>(u"distributionDetails"_s)->text();
        QVERIFY(details.contains(u"Légumes de saison"_s));
        QVERIFY(details.contains(u"Tue 8 Dec, 17:30"_s)); // closes 48 h before
        QVERIFY(details.contains(u"Not yet open"_s));
        save(m_ui.window(), u"calendar-series"_s);
    }

    // Its orders and amounts are sums over every order line of the months shown: read when the
    // area is shown, once, and not while another area is (the window opens on Members).
    void readsItsDistributionsOnlyWhenShown()
    {
        QVERIFY(m_ui.open(u"calendar.db"_s));
        QCOMPARE(m_ui.window()->currentArea(), MainWindow::Area::Members);
        auto *table = m_ui.child<QTableView>(u"distributionTable"_s);
        QAbstractItemModel *list = table->model();
        const Distribution next = CalendarService(store())
                                      .distributionsBetween(QDate(2026, 11, 25), QDate(2026, 12, 31))
                                      .value()
                                      .first();
        QCOMPARE(list->rowCount(), 0);
        QVERIFY(calendar()->overviewsOn(next.date).isEmpty());

        // A change while hidden reads nothing either.
        QSignalSpy listReads(list, &QAbstractItemModel::modelReset);
        QSignalSpy calendarReads(calendar(), &DistributionCalendar::overviewsChanged);
        emit m_ui.workspace().dataChanged();
        QCOMPARE(listReads.size(), 0);
        QCOMPARE(calendarReads.size(), 0);

        m_ui.window()->showArea(MainWindow::Area::Distributions);
        QCOMPARE(listReads.size(), 1);
        QCOMPARE(calendarReads.size(), 1);
        QVERIFY(list->rowCount() > 0);
        QCOMPARE(calendar()->selectedDate(), next.date);
        const auto shown = calendar()->overviewsOn(next.date);
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                            [&](const DistributionOverview &overview) { return overview.distribution.id == next.id; }));

        // Shown again with nothing changed: nothing read again. Changed while away: read on return.
        m_ui.window()->showArea(MainWindow::Area::Members);
        m_ui.window()->showArea(MainWindow::Area::Distributions);
        QCOMPARE(listReads.size(), 1);
        QCOMPARE(calendarReads.size(), 1);
        m_ui.window()->showArea(MainWindow::Area::Members);
        emit m_ui.workspace().dataChanged();
        QCOMPARE(listReads.size(), 1);
        m_ui.window()->showArea(MainWindow::Area::Distributions);
        QCOMPARE(listReads.size(), 2);
        QCOMPARE(calendarReads.size(), 2);
    }

    void showsTheDemoMonthWithStatusColours()
    {
        open(true);
        // The next distribution, Thursday 26 November, is chosen first.
        QCOMPARE(calendar()->selectedDate(), QDate(2026, 11, 26));
        QCOMPARE(calendar()->overviewsOn(QDate(2026, 11, 19)).first().status, Distribution::Status::Distributed);
        QCOMPARE(calendar()->overviewsOn(QDate(2026, 11, 26)).first().status, Distribution::Status::Open);
        QCOMPARE(calendar()->overviewsOn(QDate(2026, 12, 10)).first().status, Distribution::Status::Planned);
        const QString details = m_ui.child<QLabel>(u"distributionDetails"_s)->text();
        // The day's counts are the baskets' own.
        const QString nextId = calendar()->overviewsOn(QDate(2026, 11, 26)).first().distribution.id;
        const auto baskets = OrderService(store()).baskets(nextId);
        QVERIFY(baskets);
        const auto validated = std::count_if(baskets->cbegin(), baskets->cend(), [](const Basket &basket) {
            return basket.status == Basket::Status::Validated;
        });
        QVERIFY(validated > 0);
        QVERIFY2(details.contains(u"Validated: %1 order(s)"_s.arg(validated)), qPrintable(details));
        QVERIFY(details.contains(u"Pains au levain"_s));
        save(m_ui.window(), u"calendar-month"_s);

        // The list keeps every distribution's orders and amounts.
        m_ui.child<QTabWidget>(u"distributionTabs"_s)->setCurrentIndex(1);
        auto *list = m_ui.child<QTableView>(u"distributionTable"_s);
        QCOMPARE(list->model()->rowCount(), 14);
        save(m_ui.window(), u"calendar-list"_s);
        // Choosing a row there shows its day.
        list->selectRow(list->model()->rowCount() - 1);
        QCOMPARE(calendar()->selectedDate(), QDate(2026, 12, 17));
    }

    void cancellingADistributionWithOrdersAsksAndCanBeUndone()
    {
        open(true);
        QCOMPARE(calendar()->selectedDate(), QDate(2026, 11, 26));
        auto *cancel = child<QAction>(view(), u"actionCancelDistribution"_s);
        QVERIFY(cancel->isEnabled());

        // Said no: nothing changes.
        DialogSeams::setNextAnswer(QMessageBox::No);
        cancel->trigger();
        QCOMPARE(calendar()->overviewsOn(QDate(2026, 11, 26)).first().status, Distribution::Status::Open);

        // Said yes: cancelled, shown struck through, and Ctrl+Z brings it back.
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(calendar()->findChild<QTableView *>(), Qt::Key_Delete);
        QCOMPARE(calendar()->overviewsOn(QDate(2026, 11, 26)).first().status, Distribution::Status::Cancelled);
        QVERIFY(m_ui.child<QLabel>(u"distributionsUndoMessage"_s)->text().contains(u"You cancelled"_s));
        QVERIFY(child<QAction>(view(), u"actionReinstateDistribution"_s)->isEnabled());
        save(m_ui.window(), u"calendar-cancelled"_s);
        QTest::keyClick(calendar()->findChild<QTableView *>(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(calendar()->overviewsOn(QDate(2026, 11, 26)).first().status, Distribution::Status::Open);
        QVERIFY(m_warnings.isEmpty());
    }

    void enterOnADayAsksForItsOrders()
    {
        open(true);
        QSignalSpy spy(view(), &DistributionsView::ordersRequested);
        QTest::keyClick(calendar()->findChild<QTableView *>(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), calendar()->overviewsOn(QDate(2026, 11, 26)).first().distribution.id);
        // On an empty day, Enter opens a new distribution instead.
        calendar()->setSelectedDate(QDate(2026, 11, 27));
        QTest::keyClick(calendar()->findChild<QTableView *>(), Qt::Key_Return);
        auto *dialog = waitForDialog<DistributionDialog>();
        QCOMPARE(child<QDateEdit>(dialog, u"firstDate"_s)->date(), QDate(2026, 11, 27));
        dialog->reject();
        QCOMPARE(spy.size(), 1);
    }

    void movingADistributionWithOrdersAsksFirst()
    {
        open(true);
        QCOMPARE(calendar()->selectedDate(), QDate(2026, 11, 26));
        QTest::keyClick(calendar()->findChild<QTableView *>(), Qt::Key_F2);
        auto *dialog = waitForDialog<DistributionEditDialog>();
        auto *date = child<QDateEdit>(dialog, u"date"_s);
        auto *closes = child<QDateTimeEdit>(dialog, u"closes0"_s);
        const QDateTime closingBefore = closes->dateTime();
        date->setDate(QDate(2026, 11, 27));
        // The windows follow the day on the wall clock.
        QCOMPARE(closes->dateTime(), closingBefore.addDays(1));
        save(dialog, u"distribution-edit-dialog"_s);

        DialogSeams::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // still there, nothing written
        QCOMPARE(calendar()->overviewsOn(QDate(2026, 11, 26)).size(), 1);

        DialogSeams::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(calendar()->overviewsOn(QDate(2026, 11, 26)).isEmpty());
        QCOMPARE(calendar()->overviewsOn(QDate(2026, 11, 27)).size(), 1);
        QCOMPARE(calendar()->selectedDate(), QDate(2026, 11, 27));
    }

    void aBadWindowIsShownUnderTheTableAndNothingIsLost()
    {
        open(true);
        calendar()->setSelectedDate(QDate(2026, 12, 10));
        child<QAction>(view(), u"actionEditDistribution"_s)->trigger();
        auto *dialog = waitForDialog<DistributionEditDialog>();
        auto *opens = child<QDateTimeEdit>(dialog, u"opens0"_s);
        auto *closes = child<QDateTimeEdit>(dialog, u"closes0"_s);
        closes->setDateTime(opens->dateTime().addSecs(-3600));
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, u"windowsError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(u"must close after they open"_s));
        QCOMPARE(closes->dateTime(), opens->dateTime().addSecs(-3600));
        save(dialog, u"distribution-edit-error"_s);
        dialog->reject();
    }

    void theOfferLeavesAProductOutOfOneDistribution()
    {
        open(true);
        calendar()->setSelectedDate(QDate(2026, 12, 10));
        QTest::keyClick(calendar()->findChild<QTableView *>(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = waitForDialog<OfferDialog>();
        auto *table = child<QTableView>(dialog, u"offerTable"_s);
        QAbstractItemModel *model = table->model();
        QVERIFY(model->rowCount() > 10);
        QTest::keyClicks(child<QLineEdit>(dialog, u"offerFilter"_s), u"baguette"_s);
        QCOMPARE(model->rowCount(), 1);
        // Untick it with the mouse, type a stock for another.
        const QRect box = table->visualRect(model->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 10, box.center().y()));
        QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        const QString productName = model->index(0, 1).data().toString();
        child<QLineEdit>(dialog, u"offerFilter"_s)->clear();
        QVERIFY(model->setData(model->index(1, 4), u"12"_s));
        QVERIFY(!model->setData(model->index(2, 4), u"douze"_s));
        QVERIFY(!child<QLabel>(dialog, u"generalError"_s)->isHidden());
        save(dialog, u"offer-dialog"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        const QString id = calendar()->overviewsOn(QDate(2026, 12, 10)).first().distribution.id;
        const auto offer = OfferService(store()).offer(id).value();
        int excluded = 0;
        int stocked = 0;
        for (const OfferEntry &entry : offer) {
            if (entry.excluded) {
                ++excluded;
                QVERIFY(productName.startsWith(entry.product.name));
            }
            stocked += entry.stock ? 1 : 0;
        }
        QCOMPARE(excluded, 1);
        QCOMPARE(stocked, 1);
    }

    void placesAreCreatedChangedAndArchived()
    {
        open(true);
        child<QAction>(view(), u"actionPlaces"_s)->trigger();
        auto *places = waitForDialog<PlacesDialog>();
        auto *list = child<QListWidget>(places, u"placeList"_s);
        QCOMPARE(list->count(), 1);
        QTest::mouseClick(child<QPushButton>(places, u"newPlaceButton"_s), Qt::LeftButton);
        QWidget *form = nullptr;
        QTRY_VERIFY((form = places->findChild<QDialog *>(u"placeDialog"_s)) && form->isVisible());
        // Saving without a name keeps the form open with the reason under the field.
        QTest::mouseClick(child<QPushButton>(form, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY(child<QLabel>(form, u"nameError"_s)->text().contains(u"place’s name"_s));
        QTest::keyClicks(child<QLineEdit>(form, u"placeName"_s), u"Cour Berliet"_s);
        QTest::keyClicks(child<QLineEdit>(form, u"placeTown"_s), u"Lyon"_s);
        save(form, u"place-dialog"_s);
        QTest::keyClick(child<QLineEdit>(form, u"placeTown"_s), Qt::Key_Return);
        QTRY_COMPARE(list->count(), 2);
        QVERIFY(list->currentItem()->text().startsWith(u"Cour Berliet"_s));

        QTest::mouseClick(child<QPushButton>(places, u"archivePlaceButton"_s), Qt::LeftButton);
        QVERIFY(list->currentItem()->text().contains(u"(archived)"_s));
        QCOMPARE(CalendarService(store()).places().value().size(), 1);
        save(places, u"places-dialog"_s);
        // Brought back at once.
        QTest::mouseClick(child<QPushButton>(places, u"archivePlaceButton"_s), Qt::LeftButton);
        QCOMPARE(CalendarService(store()).places().value().size(), 2);
        places->reject();
    }
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendar_view.moc"
