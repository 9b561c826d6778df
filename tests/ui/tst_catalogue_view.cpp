#include "UiTestSupport.h"
#include "catalogues/CatalogueDialog.h"
#include "catalogues/CataloguesView.h"
#include "catalogues/ProducerDialog.h"
#include "catalogues/ProductDialog.h"
#include "catalogues/ProductImportDialog.h"
#include "catalogues/ProductTableModel.h"
#include "services/CatalogueService.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"
#include "widgets/DialogSeams.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using UiTest::child;

// The Catalogues area on the demo group, driven with the keyboard and the mouse: producers,
// catalogues and products created and changed through their dialogs (bad input shown under its
// field, nothing typed lost), taken out of use and back with Undo, imported and exported.
class TestCatalogueView : public QObject {
    Q_OBJECT

    MainWindowFixture m_ui;
    QStringList m_warnings;

    Store &store() { return m_ui.store(); }
    CataloguesView *view() { return m_ui.window()->findChild<CataloguesView *>(); }
    QTreeWidget *tree() { return m_ui.child<QTreeWidget>(u"catalogueTree"_s); }
    QTableView *products() { return m_ui.child<QTableView>(u"productTable"_s); }

    template <typename Dialog>
    Dialog *waitForDialog()
    {
        return UiTest::waitForDialog<Dialog>(m_ui.window());
    }

    void save(QWidget *widget, const QString &name) { QVERIFY(UiTest::saveScreenshot(widget, name)); }

    void selectInTree(const QString &text)
    {
        const QList<QTreeWidgetItem *> found = tree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        tree()->setCurrentItem(found.first());
        tree()->setFocus();
    }

    int productRow(const QString &name)
    {
        for (int row = 0; row < products()->model()->rowCount(); ++row) {
            if (products()->model()->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    }

    void typeInto(QWidget *field, const QString &text)
    {
        field->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->selectAll();
        QTest::keyClicks(field, text);
    }

private slots:
    void init()
    {
        DialogSeams::collectWarnings(&m_warnings);
        QVERIFY(m_ui.open(u"catalogues.db"_s));
        QTest::keyClick(m_ui.window(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_ui.window()->currentArea(), MainWindow::Area::Catalogues);
    }

    void cleanup()
    {
        DialogSeams::collectWarnings(nullptr);
        m_warnings.clear();
        m_ui.close();
    }

    void showsProducersCataloguesAndProducts()
    {
        selectInTree(u"Légumes de saison"_s);
        QVERIFY(products()->model()->rowCount() > 5);
        const QString details = m_ui.child<QLabel>(u"catalogueDetails"_s)->text();
        QVERIFY2(details.contains(u"Orders open 7 day(s) before the distribution, at 08:00, and close 48 hour(s) "
                                  "before it."_s),
                 qPrintable(details));
        // Finding a product by typing.
        QTest::keyClicks(m_ui.child<QLineEdit>(u"productSearch"_s), u"poir"_s);
        QCOMPARE(products()->model()->rowCount(), 1);
        m_ui.child<QLineEdit>(u"productSearch"_s)->clear();
        save(m_ui.window(), u"catalogues-area"_s);
    }

    void aNewProductKeepsWhatWasTypedWhenThePriceIsWrong()
    {
        selectInTree(u"Légumes de saison"_s);
        const int before = products()->model()->rowCount();
        QTest::keyClick(tree(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = waitForDialog<ProductDialog>();
        QTest::keyClicks(child<QLineEdit>(dialog, u"productName"_s), u"Panais"_s);
        typeInto(child<QLineEdit>(dialog, u"productReference"_s), u"PAN-1"_s);
        typeInto(child<QLineEdit>(dialog, u"productPrice"_s), u"3,5x"_s);
        QTest::keyClick(child<QLineEdit>(dialog, u"productPrice"_s), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, u"priceCentsError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(u"is not an amount"_s));
        QCOMPARE(child<QLineEdit>(dialog, u"productName"_s)->text(), u"Panais"_s);
        QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, u"productPrice"_s));
        save(dialog, u"product-dialog-error"_s);

        typeInto(child<QLineEdit>(dialog, u"productPrice"_s), u"3,50"_s);
        auto *vat = child<QComboBox>(dialog, u"productVat"_s);
        vat->setCurrentIndex(vat->findText(u"20\u00a0%"_s));
        QTest::keyClick(child<QLineEdit>(dialog, u"productPrice"_s), Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(products()->model()->rowCount(), before + 1);
        const auto found = CatalogueService(store()).products(view()->currentCatalogueId()).value();
        const auto parsnip = std::find_if(found.cbegin(), found.cend(), [](const Product &p) { return p.name == u"Panais"_s; });
        QVERIFY(parsnip != found.cend());
        QCOMPARE(parsnip->priceCents, 350);
        QCOMPARE(parsnip->vatRateBasisPoints, 2000);
        QCOMPARE(parsnip->reference, u"PAN-1"_s);
    }

    void aWeightPricedProductIsChangedFromTheTable()
    {
        selectInTree(u"Fromages et laitages"_s);
        const int row = productRow(u"Tomme fermière"_s);
        QVERIFY(row >= 0);
        products()->setFocus();
        products()->selectRow(row);
        QTest::keyClick(products(), Qt::Key_F2);
        auto *dialog = waitForDialog<ProductDialog>();
        QVERIFY(child<QCheckBox>(dialog, u"productWeightPriced"_s)->isChecked());
        QCOMPARE(child<QLabel>(dialog, u"productPriceUnit"_s)->text(), u"€ per kg"_s);
        save(dialog, u"product-dialog"_s);
        typeInto(child<QLineEdit>(dialog, u"productPrice"_s), u"25,90"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(products()->model()->index(productRow(u"Tomme fermière"_s), 3).data().toString().contains(u"25.90"_s));
    }

    void aProductTakenOffOfferComesBackWithUndo()
    {
        selectInTree(u"Légumes de saison"_s);
        const int row = productRow(u"Carottes"_s);
        products()->setFocus();
        products()->selectRow(row);
        QTest::keyClick(products(), Qt::Key_Delete);
        const QString message = m_ui.child<QLabel>(u"cataloguesUndoMessage"_s)->text();
        QVERIFY2(message.contains(u"“Carottes” is out of use"_s), qPrintable(message));
        QVERIFY(products()->model()->index(productRow(u"Carottes"_s), ProductTableModel::Flags).data().toString().contains(u"inactive"_s));
        save(m_ui.window(), u"catalogues-undo"_s);
        QTest::keyClick(products(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!products()->model()->index(productRow(u"Carottes"_s), ProductTableModel::Flags).data().toString().contains(u"inactive"_s));
        QVERIFY(m_warnings.isEmpty());
    }

    void aProducerWithABadSiretIsShownTheReason()
    {
        child<QAction>(view(), u"actionNewProducer"_s)->trigger();
        auto *dialog = waitForDialog<ProducerDialog>();
        QTest::keyClicks(child<QLineEdit>(dialog, u"producerName"_s), u"Brasserie du Canut"_s);
        typeInto(child<QLineEdit>(dialog, u"producerPhone"_s), u"04 78 00 00 00"_s);
        typeInto(child<QLineEdit>(dialog, u"producerSiret"_s), u"1234"_s);
        QTest::mouseClick(child<QRadioButton>(dialog, u"vatExempt"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, u"siretError"_s)->text().contains(u"14 digits"_s));
        save(dialog, u"producer-dialog"_s);
        typeInto(child<QLineEdit>(dialog, u"producerSiret"_s), u"123 456 789 00012"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(tree()->currentItem()->text(0), u"Brasserie du Canut"_s);
        QVERIFY(m_ui.child<QLabel>(u"catalogueDetails"_s)->text().contains(u"293 B"_s));

        // Their first catalogue, with its rule.
        child<QAction>(view(), u"actionNewCatalogue"_s)->trigger();
        auto *catalogue = waitForDialog<CatalogueDialog>();
        QCOMPARE(child<QComboBox>(catalogue, u"catalogueProducer"_s)->currentText(), u"Brasserie du Canut"_s);
        QTest::keyClicks(child<QLineEdit>(catalogue, u"catalogueName"_s), u"Bieres"_s);
        child<QSpinBox>(catalogue, u"closesHoursBefore"_s)->setValue(72);
        save(catalogue, u"catalogue-dialog"_s);
        QTest::keyClick(child<QLineEdit>(catalogue, u"catalogueName"_s), Qt::Key_Return);
        QTRY_VERIFY(!catalogue->isVisible());
        QCOMPARE(tree()->currentItem()->text(0), u"Bieres"_s);
        QCOMPARE(CatalogueService(store()).catalogue(view()->currentCatalogueId()).value().rule.closesHoursBefore, 72);
    }

    void archivingAProducerIsUndone()
    {
        selectInTree(u"Miels et produits de la ruche"_s);
        tree()->setCurrentItem(tree()->currentItem()->parent());
        const QString producerId = view()->currentProducerId();
        QTest::keyClick(tree(), Qt::Key_Delete);
        QVERIFY(CatalogueService(store()).producer(producerId).value().archived);
        QVERIFY(tree()->currentItem()->text(0).contains(u"(archived)"_s));
        QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!CatalogueService(store()).producer(producerId).value().archived);
    }

    void importsAndExportsProducts()
    {
        selectInTree(u"Légumes de saison"_s);
        const int before = products()->model()->rowCount();
        const QString csv = QDir(m_ui.folder()).filePath(u"produits.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("productName;price;ref;desc;vat;qt;unit;organic;bulk;variablePrice\n"
                   "Panais;3,20;PAN;;5,5;1;kg;1;0;0\n"
                   "Topinambours;4,10;TOP;;5,5;500;g;1;0;0\n"
                   "Carottes;2,60;;Lavées;5,5;;;;;\n"
                   ";1,00;;;;;;;;\n"
                   "Potimarron;trois;;;;;;;;\n");
        file.close();
        DialogSeams::setNextFileName(csv);
        QTest::keyClick(tree(), Qt::Key_I, Qt::ControlModifier);
        auto *dialog = waitForDialog<ProductImportDialog>();
        QVERIFY(child<QLabel>(dialog, u"importSummary"_s)->text().contains(u"<b>2</b> new"_s));
        QVERIFY(child<QLabel>(dialog, u"importFormat"_s)->text().contains(u"“;”"_s));
        child<QTabBar>(dialog, u"importFilter"_s)->setCurrentIndex(3);
        QCOMPARE(child<QTableView>(dialog, u"importTable"_s)->model()->rowCount(), 2);
        child<QTabBar>(dialog, u"importFilter"_s)->setCurrentIndex(0);
        save(dialog, u"product-import-dialog"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(products()->model()->rowCount(), before + 2);
        QVERIFY(m_ui.child<QLabel>(u"cataloguesUndoMessage"_s)->text().contains(u"Import done"_s));

        const QString exported = QDir(m_ui.folder()).filePath(u"export.csv"_s);
        DialogSeams::setNextFileName(exported);
        child<QAction>(view(), u"actionExportProducts"_s)->trigger();
        QFile written(exported);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readLine().startsWith("productName,price,ref,desc,vat,qt,unit,organic,bulk,variablePrice"));
        QVERIFY(m_warnings.isEmpty());
    }
};

QTEST_MAIN(TestCatalogueView)
#include "tst_catalogue_view.moc"
