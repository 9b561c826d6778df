#include "UiTestSupport.h"
#include "catalogues/CataloguesView.h"
#include "distributions/DistributionTableModel.h"
#include "distributions/DistributionsView.h"
#include "distributions/OfferDialog.h"
#include "distributions/OfferTableModel.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QHash>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The Catalogues and Distributions areas on the demo group when the desk's user is a producer:
// only their producer entry, catalogues and products; coordinators' actions disabled, each saying
// why; the calendar still there, its day showing only their catalogues' windows; the offer
// dialog only their products. The same screens for a coordinator first, so that each check
// could fail.
class TestProducerMode : public QObject {
    Q_OBJECT

    MainWindowFixture m_ui;
    QString m_producerId;
    QString m_userId;
    QHash<QString, Catalogue> m_catalogues; // every catalogue of the group, by id
    QString m_distributionId;               // a coming one where theirs and another's take part
    QDate m_date;

    Store &store() { return m_ui.store(); }
    QAction *action(const QString &name) { return m_ui.window()->findChild<QAction *>(name); }
    QTreeWidget *tree() { return m_ui.child<QTreeWidget>(u"catalogueTree"_s); }

    void actAsProducer()
    {
        QVERIFY(GroupService(store()).setCurrentUser(m_userId));
        emit m_ui.workspace().dataChanged();
    }

    void expectRefusedWithReason(const QString &name)
    {
        QAction *refused = action(name);
        QVERIFY2(refused, qPrintable(name));
        QVERIFY2(!refused->isEnabled(), qPrintable(name));
        QVERIFY2(refused->toolTip().contains(u"Only a coordinator"_s), qPrintable(name + u": "_s + refused->toolTip()));
    }

    void showDistributions()
    {
        m_ui.window()->showArea(MainWindow::Area::Distributions);
        auto *view = m_ui.window()->findChild<DistributionsView *>();
        view->showDate(m_date);
    }

private slots:
    void init()
    {
        QVERIFY(m_ui.open());
        const User producer = m_ui.firstProducerUser();
        m_userId = producer.id;
        m_producerId = producer.producerId;
        m_catalogues.clear();
        for (const Catalogue &catalogue : CatalogueService(store()).catalogues().value())
            m_catalogues.insert(catalogue.id, catalogue);

        CalendarService calendar(store());
        const QDate today = store().clock().now().toTimeZone(store().timeZone()).date();
        m_distributionId.clear();
        for (const Distribution &distribution : calendar.distributionsBetween(today, today.addDays(60)).value()) {
            bool theirs = false;
            bool others = false;
            for (const OrderingWindow &window : calendar.windows(distribution.id).value())
                (m_catalogues.value(window.catalogueId).producerId == m_producerId ? theirs : others) = true;
            if (theirs && others && !distribution.cancelled) {
                m_distributionId = distribution.id;
                m_date = distribution.date;
                break;
            }
        }
        QVERIFY2(!m_distributionId.isEmpty(), "the demo group should have a coming distribution shared by producers");
    }
    void cleanup() { m_ui.close(); }

    void aCoordinatorSeesEveryProducerAndEveryAction()
    {
        m_ui.window()->showArea(MainWindow::Area::Catalogues);
        QVERIFY(tree()->topLevelItemCount() > 1);
        QVERIFY(action(u"actionNewProducer"_s)->isEnabled());
        showDistributions();
        for (const QString &name : {u"actionNewDistribution"_s, u"actionEditDistribution"_s,
                                    u"actionCancelDistribution"_s, u"actionPlaces"_s})
            QVERIFY2(action(name)->isEnabled(), qPrintable(name));
        QVERIFY(m_ui.child<QLabel>(u"distributionDetails"_s)->text().contains(u"Validated"_s));
    }

    void theCataloguesAreaShowsOnlyTheirProducerAndCatalogues()
    {
        actAsProducer();
        m_ui.window()->showArea(MainWindow::Area::Catalogues);
        QCOMPARE(tree()->topLevelItemCount(), 1);
        QTreeWidgetItem *producer = tree()->topLevelItem(0);
        QCOMPARE(producer->data(0, Qt::UserRole).toString(), m_producerId);
        QVERIFY(producer->childCount() > 0);
        for (int i = 0; i < producer->childCount(); ++i) {
            const QString catalogueId = producer->child(i)->data(0, Qt::UserRole).toString();
            QCOMPARE(m_catalogues.value(catalogueId).producerId, m_producerId);
        }
        expectRefusedWithReason(u"actionNewProducer"_s);

        // Their producer entry can be changed, not archived; their catalogue can take products.
        tree()->setCurrentItem(producer);
        tree()->setFocus();
        QVERIFY(action(u"actionEditCatalogueItem"_s)->isEnabled());
        expectRefusedWithReason(u"actionRetire"_s);
        tree()->setCurrentItem(producer->child(0));
        QVERIFY(action(u"actionRetire"_s)->isEnabled());
        QVERIFY(action(u"actionNewProduct"_s)->isEnabled());
        QVERIFY(action(u"actionImportProducts"_s)->isEnabled());
        QVERIFY(UiTest::saveScreenshot(m_ui.window(), u"catalogues-producer-mode"_s));
    }

    void theDistributionsAreaShowsTheirWindowsAndKeepsCoordinatorsActionsOff()
    {
        actAsProducer();
        showDistributions();
        for (const QString &name : {u"actionNewDistribution"_s, u"actionEditDistribution"_s,
                                    u"actionCancelDistribution"_s, u"actionPlaces"_s, u"actionMarkDistributed"_s})
            expectRefusedWithReason(name);
        QVERIFY(action(u"actionDistributionOrders"_s)->isEnabled());
        QVERIFY(action(u"actionDistributionOffer"_s)->isEnabled());

        const QString details = m_ui.child<QLabel>(u"distributionDetails"_s)->text();
        const QList<OrderingWindow> windows = CalendarService(store()).windows(m_distributionId).value();
        for (const OrderingWindow &window : windows) {
            const Catalogue &catalogue = m_catalogues.value(window.catalogueId);
            const bool theirs = catalogue.producerId == m_producerId;
            QVERIFY2(details.contains(catalogue.name.toHtmlEscaped()) == theirs, qPrintable(catalogue.name));
        }
        // The whole distribution's orders and amounts include other producers' lines.
        QVERIFY(!details.contains(u"Validated"_s));
        auto *table = m_ui.child<QTableView>(u"distributionTable"_s);
        QVERIFY(table->isColumnHidden(DistributionTableModel::Amount));
        QVERIFY(!table->isColumnHidden(DistributionTableModel::Status));
        QVERIFY(UiTest::saveScreenshot(m_ui.window(), u"distributions-producer-mode"_s));

        action(u"actionDistributionOffer"_s)->trigger();
        auto *dialog = UiTest::waitForDialog<OfferDialog>(m_ui.window());
        auto *offer = UiTest::child<QTableView>(dialog, u"offerTable"_s);
        QVERIFY(offer->model()->rowCount() > 0);
        QSet<QString> theirNames;
        for (const Catalogue &catalogue : m_catalogues) {
            if (catalogue.producerId == m_producerId)
                theirNames.insert(catalogue.name);
        }
        for (int row = 0; row < offer->model()->rowCount(); ++row) {
            const QString catalogue = offer->model()->index(row, OfferTableModel::Catalogue).data().toString();
            QVERIFY2(theirNames.contains(catalogue), qPrintable(catalogue));
        }
        QVERIFY(UiTest::saveScreenshot(dialog, u"offer-producer-mode"_s));
        dialog->reject();
    }
};

QTEST_MAIN(TestProducerMode)
#include "tst_producer_mode.moc"
