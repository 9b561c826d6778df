// The order dialog driven with the keyboard only, as a coordinator on the phone uses it: find
// the member, type the products, fix a line, validate. And its rules: one basket per member,
// closed catalogues ask first, the stock, "same as last time", undo and redo, a producer's
// reach, and never losing an order when it closes.
#include "../core/tst_orders_fixture.h"
#include "UiTestSupport.h"
#include "orders/OrderDialog.h"
#include "repositories/LateChangeRepository.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "widgets/DialogSeams.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using UiTest::press;
using UiTest::type;

class TestOrderDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<OrderFixture> m_fixture;
    std::unique_ptr<OrderDialog> m_dialog;

    OrderFixture &f() { return *m_fixture; }
    Store &store() { return m_fixture->store(); }

    template <typename T>
    T *child(const QString &name)
    {
        return UiTest::child<T>(m_dialog.get(), name);
    }

    void openDialog()
    {
        m_dialog = std::make_unique<OrderDialog>(store(), f().distributionId);
        QVERIFY(m_dialog->load());
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    QWidget *focused() const { return QApplication::focusWidget(); }

    QList<OrderLine> storedLines()
    {
        auto basket = OrderService(store()).basketOf(f().distributionId, f().memberId).value();
        return basket ? OrderService(store()).lines(basket->id).value() : QList<OrderLine>();
    }

    qint64 storedQuantity(const QString &productId)
    {
        for (const OrderLine &line : storedLines()) {
            if (line.productId == productId)
                return line.quantity;
        }
        return 0;
    }

    // Picks Dupré Hélène by typing part of her name and Enter.
    void chooseDupre()
    {
        type(u"dupr"_s);
        QTRY_VERIFY(child<QLineEdit>(u"memberField"_s)->isReadOnly() || QApplication::activePopupWidget());
        press(Qt::Key_Return);
        QTRY_COMPARE(focused(), child<QLineEdit>(u"productField"_s));
    }

    void addLine(const QString &product, const QString &quantity)
    {
        type(product);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QLineEdit>(u"quantityField"_s));
        type(quantity);
        press(Qt::Key_Return);
    }

    void grab(const QString &name) { QVERIFY(UiTest::saveScreenshot(m_dialog.get(), name)); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<OrderFixture>();
        store().clock().setFixed(OrderFixture::whileOpen());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_fixture.reset();
        DialogSeams::setNextAnswer(QMessageBox::NoButton);
        (void)DialogSeams::hasPendingAnswer();
    }

    void aWholeTelephoneOrderWithTheKeyboardOnly()
    {
        openDialog();
        QCOMPARE(focused(), child<QLineEdit>(u"memberField"_s));
        chooseDupre();
        QVERIFY(child<QLabel>(u"memberCard"_s)->text().contains(u"06 12 34 56 78"_s));

        addLine(u"comt"_s, u"1,237"_s);   // Comté, 1.237 kg at 18,90 €/kg
        QCOMPARE(focused(), child<QLineEdit>(u"productField"_s));
        addLine(u"LEG-CAR"_s, u"3"_s);    // by reference
        addLine(u"poulet"_s, u"2 x 1,5"_s); // two chickens of about 1.5 kg
        auto *lines = child<QTableView>(u"orderLines"_s);
        QCOMPARE(lines->model()->rowCount(), 3);
        QVERIFY2(child<QLabel>(u"orderTotal"_s)->text().contains(u"65.08"_s),
                 qPrintable(child<QLabel>(u"orderTotal"_s)->text())); // 23,38 + 7,20 + 34,50

        // Down to the lines (on the last one added): the carrots become 4, the chickens are
        // taken out, then put back.
        press(Qt::Key_Down);
        QCOMPARE(focused(), lines);
        QCOMPARE(lines->currentIndex().row(), 2);
        press(Qt::Key_Up);
        QCOMPARE(lines->currentIndex().row(), 1);
        press(Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
        qobject_cast<QLineEdit *>(focused())->selectAll();
        type(u"4"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY(child<QLabel>(u"orderTotal"_s)->text().contains(u"67.48"_s));
        press(Qt::Key_Down);
        press(Qt::Key_Delete);
        QCOMPARE(lines->model()->rowCount(), 2);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(lines->model()->rowCount(), 3);

        // Nothing is written before the order is saved.
        QVERIFY(storedLines().isEmpty());
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());

        const auto basket = OrderService(store()).basketOf(f().distributionId, f().memberId).value();
        QVERIFY(basket.has_value());
        QCOMPARE(basket->status, Basket::Status::Validated);
        QCOMPARE(basket->source, Basket::Source::Coordinator);
        QCOMPARE(storedQuantity(f().cheeseId), qint64(1237));
        QCOMPARE(storedQuantity(f().carrotsId), qint64(4));
        QCOMPARE(storedQuantity(f().chickenId), qint64(2));
        QCOMPARE(OrderService(store()).total(basket->id).value(), qint64(2338 + 960 + 3450));
    }

    void aMemberNotFoundIsCreatedWithoutLeavingTheOrder()
    {
        openDialog();
        type(u"Lucie Nouveau 06 11 22 33 44"_s);
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_Return); // no one matches: the only choice is "New member…"
        QTRY_VERIFY(child<QWidget>(u"newMemberPanel"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(u"newMemberFirstName"_s)->text(), u"Lucie"_s);
        QCOMPARE(child<QLineEdit>(u"newMemberLastName"_s)->text(), u"Nouveau"_s);
        QCOMPARE(child<QLineEdit>(u"newMemberPhone"_s)->text(), u"0611223344"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(focused(), child<QLineEdit>(u"productField"_s));
        auto members = MemberService(store()).list({u"Nouveau"_s, false, -1}).value();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().phone, u"+33611223344"_s);

        addLine(u"MIE-LAV"_s, u"2"_s);
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());
        const auto basket = OrderService(store()).basketOf(f().distributionId, members.first().id).value();
        QVERIFY(basket.has_value());
        QCOMPARE(basket->status, Basket::Status::InProgress);
    }

    void aNewMemberWithoutPhoneOrEmailIsRefusedInPlace()
    {
        openDialog();
        press(Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(child<QWidget>(u"newMemberPanel"_s)->isVisible());
        type(u"Lucie"_s);
        press(Qt::Key_Tab);
        type(u"Sansnumero"_s);
        press(Qt::Key_Return);
        QVERIFY(child<QLabel>(u"newMemberMessage"_s)->isVisible());
        QVERIFY(MemberService(store()).list({u"Sansnumero"_s, false, -1}).value().isEmpty());
    }

    // --- another member before the order is saved ---

    void shiftTabGoesBackToTheMemberAndTheLinesTypedStay()
    {
        openDialog();
        chooseDupre();
        addLine(u"LEG-CAR"_s, u"2"_s);
        addLine(u"FRO-COM"_s, u"0,5"_s);
        auto *member = child<QLineEdit>(u"memberField"_s);
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focused(), member);
        QVERIFY(!member->isReadOnly());
        type(u"mart"_s);
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_Return);
        QTRY_COMPARE(focused(), child<QLineEdit>(u"productField"_s));
        QCOMPARE(member->text(), u"Martin Paul"_s);
        QVERIFY(member->isReadOnly());
        QVERIFY(child<QLabel>(u"memberCard"_s)->text().contains(u"07 98 76 54 32"_s));
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 2);
        QVERIFY2(child<QLabel>(u"orderMessage"_s)->text().contains(u"now for Martin Paul"_s),
                 qPrintable(child<QLabel>(u"orderMessage"_s)->text()));

        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());
        QVERIFY(!OrderService(store()).basketOf(f().distributionId, f().memberId).value().has_value());
        const auto basket = OrderService(store()).basketOf(f().distributionId, f().otherMemberId).value();
        QVERIFY(basket.has_value());
        QCOMPARE(OrderService(store()).lines(basket->id).value().size(), 2);
    }

    void altMOrAClickGoesBackToTheMemberAndEscKeepsThem()
    {
        openDialog();
        chooseDupre();
        addLine(u"LEG-CAR"_s, u"2"_s);
        auto *member = child<QLineEdit>(u"memberField"_s);
        press(Qt::Key_M, Qt::AltModifier);
        QCOMPARE(focused(), member);
        QVERIFY(!member->isReadOnly());
        QVERIFY(child<QLabel>(u"memberCard"_s)->text().contains(u"Esc keeps"_s));
        type(u"mar"_s);
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_Escape); // closes the list of choices
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(focused(), member);
        // Offscreen, the closed list keeps the keyboard: the window takes it back, as on a desktop.
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        press(Qt::Key_Escape); // gives up the change
        QTRY_COMPARE(focused(), child<QLineEdit>(u"productField"_s));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(member->isReadOnly());
        QCOMPARE(member->text(), u"Dupré Hélène"_s);
        QVERIFY(child<QLabel>(u"memberCard"_s)->text().contains(u"06 12 34 56 78"_s));
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 1);

        // The mouse: the "Change…" button, or a click in the field.
        auto *change = child<QPushButton>(u"changeMemberButton"_s);
        QVERIFY(change->isVisible());
        QTest::mouseClick(change, Qt::LeftButton);
        QCOMPARE(focused(), member);
        QVERIFY(!member->isReadOnly());
        child<QLineEdit>(u"productField"_s)->setFocus(Qt::MouseFocusReason); // leaving keeps the member
        QVERIFY(member->isReadOnly());
        QCOMPARE(member->text(), u"Dupré Hélène"_s);
        QTest::mouseClick(member, Qt::LeftButton);
        QCOMPARE(focused(), member);
        QVERIFY(!member->isReadOnly());
    }

    void aSavedOrderKeepsItsMember()
    {
        const QString basketId = f().saveOrder(f().memberId, {{f().carrotsId, 2, {}}});

        openDialog();
        chooseDupre();
        addLine(u"OEU-6"_s, u"1"_s); // a change to her saved order
        press(Qt::Key_Tab, Qt::ShiftModifier);
        type(u"mart"_s);
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_Return);
        const QString refusal = child<QLabel>(u"orderMessage"_s)->text();
        QVERIFY2(refusal.contains(u"already saved"_s) && refusal.contains(u"cannot be given to another member"_s),
                 qPrintable(refusal));
        QCOMPARE(child<QLineEdit>(u"memberField"_s)->text(), u"Dupré Hélène"_s);
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 2);

        // Without changes, the other member's order is opened and hers stays as it was.
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!m_dialog->hasUnsavedChanges());
        press(Qt::Key_Tab, Qt::ShiftModifier);
        type(u"mart"_s);
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_Return);
        QTRY_COMPARE(child<QLineEdit>(u"memberField"_s)->text(), u"Martin Paul"_s);
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(u"orderMessage"_s)->text().contains(u"stays as it was"_s));
        QCOMPARE(OrderService(store()).basket(basketId).value().memberId, f().memberId);
        QCOMPARE(storedLines().size(), 1);
    }

    void aSavedOrderWithChangesMakesNoNewMemberForItself()
    {
        f().saveOrder(f().memberId, {{f().carrotsId, 2, {}}});
        const int members = MemberService(store()).list({}).value().size();

        openDialog();
        chooseDupre();
        addLine(u"OEU-6"_s, u"1"_s); // a change to her saved order
        press(Qt::Key_M, Qt::ControlModifier);
        QVERIFY(!child<QWidget>(u"newMemberPanel"_s)->isVisible());
        const QString refusal = child<QLabel>(u"orderMessage"_s)->text();
        QVERIFY2(refusal.contains(u"save or undo"_s), qPrintable(refusal));
        QCOMPARE(MemberService(store()).list({}).value().size(), members);
        QCOMPARE(child<QLineEdit>(u"memberField"_s)->text(), u"Dupré Hélène"_s);
    }

    void anotherMembersOrderIsJoinedOnlyAfterAsking()
    {
        const QString theirs = f().saveOrder(f().otherMemberId, {{f().carrotsId, 5, {}}, {f().honeyId, 1, {}}});

        openDialog();
        chooseDupre();
        addLine(u"LEG-CAR"_s, u"2"_s);
        addLine(u"OEU-6"_s, u"1"_s);
        const auto changeToMartin = [&] {
            press(Qt::Key_Tab, Qt::ShiftModifier);
            type(u"mart"_s);
            QTRY_VERIFY(QApplication::activePopupWidget());
            press(Qt::Key_Return);
            QVERIFY(!DialogSeams::hasPendingAnswer());
        };
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        changeToMartin();
        QCOMPARE(child<QLineEdit>(u"memberField"_s)->text(), u"Dupré Hélène"_s);
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 2);

        DialogSeams::setNextAnswer(QMessageBox::Yes);
        changeToMartin();
        QCOMPARE(child<QLineEdit>(u"memberField"_s)->text(), u"Martin Paul"_s);
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 3); // carrots (as typed), honey, eggs
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(OrderService(store()).baskets(f().distributionId).value().size(), 1);
        QCOMPARE(OrderService(store()).basketOf(f().distributionId, f().otherMemberId).value()->id, theirs);
        QList<OrderLine> lines = OrderService(store()).lines(theirs).value();
        QCOMPARE(lines.size(), 3);
        for (const OrderLine &line : lines) {
            if (line.productId == f().carrotsId)
                QCOMPARE(line.quantity, qint64(2));
        }
    }

    // --- a new member who looks like someone recorded ---

    void aNewMemberLikeAnExistingOneOffersToUseThem()
    {
        openDialog();
        press(Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(child<QWidget>(u"newMemberPanel"_s)->isVisible());
        type(u"Helene"_s);
        press(Qt::Key_Tab);
        type(u"Dupre"_s);
        press(Qt::Key_Tab);
        type(u"06.12.34.56.78"_s);
        press(Qt::Key_Return);
        QVERIFY(child<QWidget>(u"newMemberDuplicates"_s)->isVisible());
        auto *matches = child<QListWidget>(u"newMemberMatches"_s);
        QCOMPARE(matches->count(), 1);
        QVERIFY2(matches->item(0)->text().contains(u"Dupré Hélène"_s) && matches->item(0)->text().contains(u"phone"_s),
                 qPrintable(matches->item(0)->text()));
        QCOMPARE(focused(), matches);
        press(Qt::Key_Return); // use this member
        QTRY_COMPARE(focused(), child<QLineEdit>(u"productField"_s));
        QVERIFY(!child<QWidget>(u"newMemberPanel"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(u"memberField"_s)->text(), u"Dupré Hélène"_s);
        QCOMPARE(MemberService(store()).list({u"Dupre"_s, false, -1}).value().size(), 1);
        addLine(u"LEG-CAR"_s, u"1"_s);
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(storedQuantity(f().carrotsId), qint64(1));
    }

    void aNewMemberLikeAnExistingOneCanBeCreatedAnyway()
    {
        openDialog();
        press(Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(child<QWidget>(u"newMemberPanel"_s)->isVisible());
        type(u"Louis"_s);
        press(Qt::Key_Tab);
        type(u"Dupre"_s);
        press(Qt::Key_Tab);
        type(u"0612345678"_s); // the household's phone
        press(Qt::Key_Return);
        QVERIFY(child<QWidget>(u"newMemberDuplicates"_s)->isVisible());
        QVERIFY(MemberService(store()).list({u"Louis"_s, false, -1}).value().isEmpty());
        grab(u"order-dialog-new-member-duplicate"_s);
        press(Qt::Key_A, Qt::AltModifier); // create anyway
        QTRY_COMPARE(focused(), child<QLineEdit>(u"productField"_s));
        const QList<Member> created = MemberService(store()).list({u"Louis"_s, false, -1}).value();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().phone, u"+33612345678"_s);
        QCOMPARE(child<QLineEdit>(u"memberField"_s)->text(), created.first().displayName());
        QVERIFY(child<QLabel>(u"orderMessage"_s)->text().contains(u"Member created"_s));
    }

    void aMemberWithAnOrderGetsThatOrderNeverASecondOne()
    {
        const QString basketId = f().saveOrder(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}});

        openDialog();
        chooseDupre();
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 2);
        QVERIFY(child<QLabel>(u"orderMessage"_s)->text().contains(u"already has an order"_s));
        addLine(u"LEG-CAR"_s, u"5"_s); // the same product: its quantity is replaced
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 2);
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(OrderService(store()).baskets(f().distributionId).value().size(), 1);
        QCOMPARE(OrderService(store()).basketOf(f().distributionId, f().memberId).value()->id, basketId);
        QCOMPARE(storedQuantity(f().carrotsId), qint64(5));
        QCOMPARE(storedQuantity(f().honeyId), qint64(1));
    }

    void aClosedCatalogueAsksAndRecordsALateChange()
    {
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        openDialog();
        QVERIFY(child<QLabel>(u"orderWindows"_s)->text().contains(u"Légumes et fromages"_s));
        chooseDupre();
        DialogSeams::setNextAnswer(QMessageBox::No);
        addLine(u"LEG-CAR"_s, u"2"_s);
        QVERIFY(!DialogSeams::hasPendingAnswer());
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 0);

        addLine(u"MIE-LAV"_s, u"1"_s); // honey is still open: no question
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 1);

        DialogSeams::setNextAnswer(QMessageBox::Yes);
        type(u"LEG-CAR"_s);
        press(Qt::Key_Tab);
        type(u"2"_s);
        press(Qt::Key_Return);
        QVERIFY(!DialogSeams::hasPendingAnswer());
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 2);
        const QModelIndex window = child<QTableView>(u"orderLines"_s)->model()->index(1, 1);
        QVERIFY2(window.data().toString().contains(u"Closed since"_s), qPrintable(window.data().toString()));
        grab(u"order-dialog-late"_s);

        press(Qt::Key_Return, Qt::ControlModifier); // already confirmed: no second question
        QTRY_VERIFY(!m_dialog->isVisible());
        const QList<LateChange> late = LateChangeRepository(store()).listForDistribution(f().distributionId).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().productId, f().carrotsId);
        QCOMPARE(late.first().userName, u"Test Coordinator"_s);
    }

    void aQuantityBeyondTheStockIsRefusedWithWhatIsLeft()
    {
        f().setOffer(f().eggsId, 3);
        openDialog();
        chooseDupre();
        addLine(u"OEU-6"_s, u"5"_s);
        QVERIFY(child<QLabel>(u"orderMessage"_s)->text().contains(u"Only 3"_s));
        QCOMPARE(focused(), child<QLineEdit>(u"quantityField"_s));
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 0);
        type(u"3"_s);
        press(Qt::Key_Return);
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 1);
    }

    void badQuantitiesAreRefusedWithAReason()
    {
        openDialog();
        chooseDupre();
        for (const QString &bad : {u"0"_s, u"1,5"_s, u"deux"_s, u"99999"_s}) {
            addLine(u"LEG-CAR"_s, bad);
            QVERIFY2(!child<QLabel>(u"orderMessage"_s)->text().isEmpty(), qPrintable(bad));
            QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 0);
            child<QLineEdit>(u"productField"_s)->setText(QString());
            child<QLineEdit>(u"quantityField"_s)->setText(QString());
            child<QLineEdit>(u"productField"_s)->setFocus();
        }
    }

    void sameAsLastTimeFillsTheLinesOfThePreviousOrder()
    {
        store().clock().setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        const QString earlier = f().addDistribution(QDate(2026, 11, 26), {f().catalogueId, f().spareCatalogueId});
        f().saveOrder(f().memberId, {{f().carrotsId, 3, {}}, {f().jamId, 1, {}}}, true, earlier);
        store().clock().setFixed(OrderFixture::whileOpen());

        openDialog();
        chooseDupre();
        press(Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 1);
        const QString message = child<QLabel>(u"orderMessage"_s)->text();
        QVERIFY2(message.contains(u"Confiture de fraises"_s), qPrintable(message));
        press(Qt::Key_Z, Qt::ControlModifier); // one undo takes the whole fill back
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 0);
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 1);
    }

    void undoAndRedoFollowTheLineEdits()
    {
        openDialog();
        chooseDupre();
        addLine(u"LEG-CAR"_s, u"2"_s);
        addLine(u"LEG-CAR"_s, u"6"_s);
        auto *model = child<QTableView>(u"orderLines"_s)->model();
        QCOMPARE(model->index(0, 2).data().toString(), u"6"_s);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->index(0, 2).data().toString(), u"2"_s);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(child<QLabel>(u"orderTotal"_s)->text().contains(u"0.00"_s));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->index(0, 2).data().toString(), u"6"_s);
    }

    void closingWithAnUnsavedOrderAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<int>("status"); // -1: nothing stored
        QTest::newRow("validate") << int(QMessageBox::Save) << true << int(Basket::Status::Validated);
        QTest::newRow("keep in progress") << int(QMessageBox::Apply) << true << int(Basket::Status::InProgress);
        QTest::newRow("discard") << int(QMessageBox::Discard) << true << -1;
        QTest::newRow("back to the order") << int(QMessageBox::Cancel) << false << -1;
    }

    void closingWithAnUnsavedOrderAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, closes);
        QFETCH(int, status);
        openDialog();
        chooseDupre();
        addLine(u"LEG-CAR"_s, u"2"_s);
        QVERIFY(m_dialog->hasUnsavedChanges());
        DialogSeams::setNextAnswer(QMessageBox::StandardButton(answer));
        press(Qt::Key_Escape);
        QVERIFY(!DialogSeams::hasPendingAnswer());
        QCOMPARE(m_dialog->isVisible(), !closes);
        const auto basket = OrderService(store()).basketOf(f().distributionId, f().memberId).value();
        QCOMPARE(basket.has_value(), status >= 0);
        if (basket)
            QCOMPARE(int(basket->status), status);
    }

    void theApplicationAsksEveryOpenOrderBeforeQuitting()
    {
        openDialog();
        chooseDupre();
        addLine(u"LEG-CAR"_s, u"2"_s);
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!OrderDialog::closeAllOpen());
        QVERIFY(m_dialog->isVisible());
        DialogSeams::setNextAnswer(QMessageBox::Apply);
        QVERIFY(OrderDialog::closeAllOpen());
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(storedQuantity(f().carrotsId), qint64(2));
    }

    void closingWithoutChangesAsksNothing()
    {
        openDialog();
        chooseDupre();
        press(Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
    }

    void aProducerSeesAndChangesOnlyTheirCatalogues()
    {
        f().saveOrder(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}});
        f().actAsProducer();
        openDialog();
        QVERIFY(child<QLabel>(u"producerBanner"_s)->isVisible());
        chooseDupre();
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 1); // their carrots, not the honey
        type(u"MIE-LAV"_s);
        press(Qt::Key_Tab);
        type(u"1"_s);
        press(Qt::Key_Return);
        QVERIFY(child<QLabel>(u"orderMessage"_s)->text().contains(u"MIE-LAV"_s));
        addLine(u"FRO-COM"_s, u"0,5"_s);
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(storedQuantity(f().honeyId), qint64(1)); // untouched
        QCOMPARE(storedQuantity(f().cheeseId), qint64(500));
    }

    void aCancelledDistributionTakesNoOrder()
    {
        f().cancelDistribution(f().distributionId);
        openDialog();
        type(u"dupr"_s);
        press(Qt::Key_Return);
        QVERIFY(child<QLineEdit>(u"memberField"_s)->isReadOnly());
        QVERIFY(!child<QLineEdit>(u"productField"_s)->isEnabled());
        QVERIFY(child<QLabel>(u"orderWindows"_s)->text().contains(u"cancelled"_s));
    }

    // Last: the order as a coordinator sees it on a French desk, for people to look at.
    void pictureOfAnOrderInFrench()
    {
        UiTest::FrenchForPictures french;
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        openDialog();
        chooseDupre();
        DialogSeams::setNextAnswer(QMessageBox::Yes); // vegetables and cheese have closed
        addLine(u"comt"_s, u"1,237"_s);
        addLine(u"LEG-CAR"_s, u"3"_s);
        addLine(u"poulet"_s, u"2 x 1,5"_s);
        addLine(u"MIE-LAV"_s, u"2"_s);
        QCOMPARE(child<QTableView>(u"orderLines"_s)->model()->rowCount(), 4);
        grab(u"order-dialog-fr"_s);
        press(Qt::Key_Tab, Qt::ShiftModifier);
        grab(u"order-dialog-fr-change-member"_s);
        press(Qt::Key_Escape);
        press(Qt::Key_M, Qt::ControlModifier);
        type(u"Louis"_s);
        press(Qt::Key_Tab);
        type(u"Dupre"_s);
        press(Qt::Key_Tab);
        type(u"0612345678"_s);
        press(Qt::Key_Return);
        QVERIFY(child<QWidget>(u"newMemberDuplicates"_s)->isVisible());
        grab(u"order-dialog-fr-duplicate"_s);
        press(Qt::Key_Escape);
    }
};

QTEST_MAIN(TestOrderDialog)
#include "tst_order_dialog.moc"
