// The orders of a distribution in the real main window on the demo group: every order with its
// status, total and last change, anonymous carts counted apart, totals per catalogue, filters;
// "+ New order" typed with the keyboard; a producer's view; and the application that asks
// before an order being typed is lost. Pictures of the view and the dialog for people to look at.
#include "UiTestSupport.h"
#include "catalogues/CataloguesView.h"
#include "common/SearchText.h"
#include "orders/CatalogueTotalsModel.h"
#include "orders/OrderDialog.h"
#include "orders/OrderDisplay.h"
#include "orders/OrderListModel.h"
#include "orders/OrdersView.h"
#include "queries/DistributionOrdersQuery.h"
#include "repositories/MemberRepository.h"
#include "services/GroupService.h"
#include "services/OrderService.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"
#include "store/Query.h"
#include "widgets/DialogSeams.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using UiTest::press;
using UiTest::type;

class TestOrdersView : public QObject {
    Q_OBJECT

    MainWindowFixture m_ui;

    Store &store() { return m_ui.store(); }
    void grab(QWidget *widget, const QString &name) { QVERIFY(UiTest::saveScreenshot(widget, name)); }

    OrdersView *openOrders()
    {
        m_ui.window()->findChild<QAction *>(u"actionShowOrders"_s)->trigger();
        auto *view = m_ui.window()->findChild<OrdersView *>();
        if (view) {
            view->activateWindow();
            if (!QTest::qWaitForWindowActive(view))
                qWarning("the orders window did not become active");
        }
        return view;
    }

    // The next distribution, as the view opens on it.
    QString nextDistribution()
    {
        Query query(store().database(), u"SELECT id FROM distribution WHERE deleted = 0 AND local_date >= ? "
                                        "ORDER BY local_date LIMIT 1"_s);
        query.bind(u"2026-11-25"_s);
        return query.exec() && query.next() ? query.text(0) : QString();
    }

    // A member without an order for the distribution, and what to type to find them.
    std::pair<QString, QString> memberWithoutOrder(const QString &distributionId)
    {
        Query query(store().database(), u"SELECT id, last_name FROM member WHERE deleted = 0 AND archived = 0 AND id NOT IN "
                                        "(SELECT member_id FROM basket WHERE distribution_id = ? AND member_id IS NOT NULL) "
                                        "ORDER BY last_name LIMIT 1"_s);
        query.bind(distributionId);
        if (!query.exec() || !query.next())
            return {};
        return {query.text(0), SearchText::fold(query.text(1)).left(6)};
    }

private slots:
    void init() { QVERIFY(m_ui.open()); }
    void cleanup() { m_ui.close(); }

    void showsEveryOrderWithTotalsPerCatalogue()
    {
        OrdersView *view = openOrders();
        QVERIFY(view);
        QCOMPARE(view->distributionId(), nextDistribution());
        const DistributionOrders orders = DistributionOrdersQuery(store())
                                              .of(view->distributionId(), OrderActor::coordinator(u"x"_s))
                                              .value();
        int members = 0;
        int carts = 0;
        for (const OrderRow &row : orders.rows)
            (row.isAnonymous() ? carts : members) += 1;
        QVERIFY(carts > 0);
        auto *table = view->findChild<QTableView *>(u"ordersTable"_s);
        QCOMPARE(table->model()->rowCount(), members);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(!table->model()->index(row, 0).data().toString().isEmpty()); // people only, by name
        QVERIFY2(view->findChild<QLabel *>(u"anonymousCarts"_s)->text().contains(u"%1 anonymous cart"_s.arg(carts)),
                 qPrintable(view->findChild<QLabel *>(u"anonymousCarts"_s)->text()));
        auto *totals = view->findChild<QTableView *>(u"catalogueTotals"_s);
        QCOMPARE(totals->model()->rowCount(), orders.catalogues.size() + 1);
        grab(view, u"orders-view"_s);

        // Filters: in progress only, then one catalogue.
        auto *status = view->findChild<QComboBox *>(u"ordersStatus"_s);
        status->setCurrentIndex(status->findData(int(Basket::Status::InProgress)));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 2).data().toString(), u"In progress"_s);
        auto *catalogue = view->findChild<QComboBox *>(u"ordersCatalogue"_s);
        catalogue->setCurrentIndex(1);
        QCOMPARE(totals->model()->rowCount(), 2);
        QCOMPARE(table->model()->rowCount(),
                 int(std::count_if(orders.rows.cbegin(), orders.rows.cend(), [&](const OrderRow &row) {
                     return !row.isAnonymous() && row.status == Basket::Status::InProgress
                         && row.catalogueLines.contains(catalogue->currentData().toString());
                 })));
    }

    void aNewOrderTypedFromTheViewWithTheKeyboard()
    {
        OrdersView *view = openOrders();
        QVERIFY(view);
        const auto [memberId, typed] = memberWithoutOrder(view->distributionId());
        QVERIFY(!memberId.isEmpty());
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(view->openDialog() && view->openDialog()->isVisible());
        OrderDialog *dialog = view->openDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        type(typed);
        press(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"productField"_s));
        // Bread is still open; vegetables and cheese closed: the confirmation is answered once each.
        for (const auto &[product, quantity] : {std::pair{u"PAI-CAM"_s, u"1"_s}, std::pair{u"PAI-TRA"_s, u"2"_s}}) {
            type(product);
            press(Qt::Key_Tab);
            type(quantity);
            press(Qt::Key_Return);
        }
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        type(u"LEG-PAN"_s);
        press(Qt::Key_Tab);
        type(u"1"_s);
        press(Qt::Key_Return);
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        type(u"FRO-COM"_s);
        press(Qt::Key_Tab);
        type(u"0,4"_s);
        press(Qt::Key_Return);
        auto *lines = dialog->findChild<QTableView *>(u"orderLines"_s);
        QVERIFY2(lines->model()->rowCount() >= 3, qPrintable(dialog->findChild<QLabel *>(u"orderMessage"_s)->text()));
        // Four products typed, four lines shown: the two late ones confirmed are there too.
        QVERIFY2(lines->model()->rowCount() == 4, qPrintable(dialog->findChild<QLabel *>(u"orderMessage"_s)->text()));
        grab(dialog, u"order-dialog"_s);

        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!view->openDialog());
        const auto basket = OrderService(store()).basketOf(view->distributionId(), memberId).value();
        QVERIFY(basket.has_value());
        QCOMPARE(basket->status, Basket::Status::Validated);
        // What was stored, read from the table: each product typed with its quantity (for the
        // Comté, sold by the piece, the 0,4 kg typed as its estimated weight), and the two lines
        // of closed catalogues recorded as late additions.
        QMap<QString, qint64> stored;
        Query storedLines(store().database(), u"SELECT p.reference, CASE WHEN p.weight_priced = 1 THEN l.estimated_grams "
                                              "ELSE l.quantity END FROM order_line l JOIN product p ON p.id = "
                                              "l.product_id WHERE l.basket_id = ? AND l.deleted = 0"_s);
        storedLines.bind(basket->id);
        QVERIFY(storedLines.exec());
        while (storedLines.next())
            stored.insert(storedLines.text(0), storedLines.integer(1));
        QCOMPARE(stored, (QMap<QString, qint64>{{u"PAI-CAM"_s, 1}, {u"PAI-TRA"_s, 2}, {u"LEG-PAN"_s, 1}, {u"FRO-COM"_s, 400}}));
        Query late(store().database(), u"SELECT count(*) FROM late_change WHERE basket_id = ? AND kind = 'add'"_s);
        late.bind(basket->id);
        QVERIFY(late.exec() && late.next());
        QCOMPARE(late.integer(0), qint64(2));
        auto *table = view->findChild<QTableView *>(u"ordersTable"_s);
        QTRY_VERIFY(table->currentIndex().isValid());
        QCOMPARE(table->currentIndex().data(Qt::UserRole + 1).toString(), basket->id);
    }

    void aProducerSeesOnlyTheirCatalogueFromTheirRoute()
    {
        const User producer = m_ui.firstProducerUser();
        const QString userId = producer.id;
        const QString producerId = producer.producerId;
        QVERIFY(GroupService(store()).setCurrentUser(userId));
        Query catalogue(store().database(), u"SELECT id FROM catalogue WHERE producer_id = ?"_s);
        catalogue.bind(producerId);
        QVERIFY(catalogue.exec() && catalogue.next());
        // Their route: the catalogue in the Catalogues area, then its orders.
        m_ui.window()->showArea(MainWindow::Area::Catalogues);
        m_ui.window()->findChild<CataloguesView *>()->select(catalogue.text(0));
        m_ui.window()->findChild<QAction *>(u"actionShowCatalogueOrders"_s)->trigger();
        auto *view = m_ui.window()->findChild<OrdersView *>();
        QVERIFY(view);
        auto *catalogues = view->findChild<QComboBox *>(u"ordersCatalogue"_s);
        QCOMPARE(catalogues->count(), 2); // "All my catalogues" and theirs
        QCOMPARE(catalogues->currentData().toString(), catalogue.text(0));
        QCOMPARE(view->distributionId(), nextDistribution());
        QVERIFY(view->findChild<QLabel *>(u"ordersSubtitle"_s)->text().contains(u"producer mode"_s));
        const DistributionOrders orders =
            DistributionOrdersQuery(store()).of(nextDistribution(), OrderActor::producer(u"p"_s, producerId)).value();
        int members = 0;
        for (const OrderRow &row : orders.rows)
            members += row.isAnonymous() ? 0 : 1;
        QCOMPARE(view->findChild<QTableView *>(u"ordersTable"_s)->model()->rowCount(), members);
        grab(view, u"orders-view-producer"_s);
    }

    void aProducerSeesOnlyTheirLinesInTheTotalsAndTheOrderDialog()
    {
        // The first producer user, their catalogues, and an order mixing their lines with others'.
        const User producer = m_ui.firstProducerUser();
        const QString userId = producer.id;
        const QString producerId = producer.producerId;
        QVERIFY(!userId.isEmpty());
        const QString distribution = nextDistribution();
        const DistributionOrders all =
            DistributionOrdersQuery(store()).of(distribution, OrderActor::coordinator(u"x"_s)).value();
        QSet<QString> theirs;
        QStringList otherNames;
        Query catalogues(store().database(), u"SELECT id FROM catalogue WHERE producer_id = ? AND deleted = 0"_s);
        catalogues.bind(producerId);
        QVERIFY(catalogues.exec());
        while (catalogues.next())
            theirs.insert(catalogues.text(0));
        int theirCatalogues = 0;
        for (const CatalogueOrders &catalogue : all.catalogues) {
            if (theirs.contains(catalogue.catalogueId))
                ++theirCatalogues;
            else
                otherNames.append(catalogue.name);
        }
        QVERIFY(theirCatalogues > 0 && !otherNames.isEmpty());
        const OrderRow *mixed = nullptr;
        qint64 theirCents = 0;
        int theirLines = 0;
        for (const OrderRow &row : all.rows) {
            if (row.isAnonymous() || row.status == Basket::Status::Cancelled)
                continue;
            qint64 cents = 0;
            int lines = 0;
            for (auto it = row.catalogueLines.cbegin(); it != row.catalogueLines.cend(); ++it) {
                if (theirs.contains(it.key())) {
                    lines += it.value();
                    cents += row.catalogueCents.value(it.key());
                }
            }
            if (lines > 0 && lines < row.lineCount) {
                mixed = &row;
                theirCents = cents;
                theirLines = lines;
                break;
            }
        }
        QVERIFY2(mixed, "the demo group should have an order mixing producers");

        QVERIFY(GroupService(store()).setCurrentUser(userId));
        OrdersView *view = openOrders();
        QVERIFY(view);
        QCOMPARE(view->distributionId(), distribution);
        // The order's line count and total are their part of it.
        auto *table = view->findChild<QTableView *>(u"ordersTable"_s);
        int row = -1;
        for (int candidate = 0; candidate < table->model()->rowCount(); ++candidate) {
            if (table->model()->index(candidate, 0).data(OrderListModel::BasketIdRole).toString() == mixed->basketId)
                row = candidate;
        }
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, OrderListModel::Lines).data().toInt(), theirLines);
        QCOMPARE(table->model()->index(row, OrderListModel::Total).data().toString(),
                 OrderDisplay::money(theirCents, all.currency));
        // The totals: their catalogues and the sum, nobody else's.
        auto *totals = view->findChild<QTableView *>(u"catalogueTotals"_s);
        QCOMPARE(totals->model()->rowCount(), theirCatalogues + 1);
        for (int line = 0; line < totals->model()->rowCount(); ++line) {
            const QString name = totals->model()->index(line, CatalogueTotalsModel::Catalogue).data().toString();
            QVERIFY2(!otherNames.contains(name), qPrintable(name));
        }

        // The order dialog on that order: their lines, their total, their catalogues' windows.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        press(Qt::Key_Return);
        QTRY_VERIFY(view->openDialog() && view->openDialog()->isVisible());
        OrderDialog *dialog = view->openDialog();
        QCOMPARE(dialog->findChild<QTableView *>(u"orderLines"_s)->model()->rowCount(), theirLines);
        const QString total = dialog->findChild<QLabel *>(u"orderTotal"_s)->text();
        QVERIFY2(total.contains(OrderDisplay::money(theirCents, all.currency)), qPrintable(total));
        const QString windows = dialog->findChild<QLabel *>(u"orderWindows"_s)->text();
        for (const QString &name : otherNames)
            QVERIFY2(!windows.contains(name), qPrintable(windows));
        QVERIFY(dialog->findChild<QLabel *>(u"producerBanner"_s)->isVisible());
        dialog->closeAsking();
    }

    void quittingAsksAboutAnOrderBeingTyped()
    {
        OrdersView *view = openOrders();
        const auto [memberId, typed] = memberWithoutOrder(view->distributionId());
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(view->openDialog());
        OrderDialog *dialog = view->openDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        type(typed);
        press(Qt::Key_Return);
        type(u"PAI-CAM"_s);
        press(Qt::Key_Tab);
        type(u"1"_s);
        press(Qt::Key_Return);
        QVERIFY(dialog->hasUnsavedChanges());

        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_ui.window()->close());
        QVERIFY(!DialogSeams::hasPendingAnswer());
        QVERIFY(m_ui.window()->isVisible());
        QVERIFY(dialog->isVisible());

        DialogSeams::setNextAnswer(QMessageBox::Apply); // keep in progress
        QVERIFY(m_ui.window()->close());
        const auto basket = OrderService(store()).basketOf(view->distributionId(), memberId).value();
        QVERIFY(basket.has_value());
        QCOMPARE(basket->status, Basket::Status::InProgress);
    }

    // Last: the orders of the next distribution on a French desk, for people to look at.
    void pictureOfTheOrdersInFrench()
    {
        m_ui.close();
        UiTest::FrenchForPictures french;
        QVERIFY(m_ui.open());
        OrdersView *view = openOrders();
        QVERIFY(view);
        grab(view, u"orders-view-fr"_s);
        auto *table = view->findChild<QTableView *>(u"ordersTable"_s);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        press(Qt::Key_Return);
        QTRY_VERIFY(view->openDialog() && view->openDialog()->isVisible());
        grab(view->openDialog(), u"orders-view-fr-order"_s);
        view->openDialog()->closeAsking();
        m_ui.close();
    }
};

QTEST_MAIN(TestOrdersView)
#include "tst_orders_view.moc"
