#include "DatabaseSnapshot.h"
#include "UiTestSupport.h"
#include "members/MemberDialog.h"
#include "members/MemberImportDialog.h"
#include "members/MemberTableModel.h"
#include "members/MembersView.h"
#include "members/MergeMembersDialog.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"
#include "store/Transaction.h"
#include "widgets/DialogSeams.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using UiTest::child;

// The Members area driven like a coordinator drives it: with the keyboard, on the demo group.
class TestMemberView : public QObject {
    Q_OBJECT

    MainWindowFixture m_ui;

    Store &store() { return m_ui.store(); }
    void grab(QWidget *widget, const QString &name) { QVERIFY(UiTest::saveScreenshot(widget, name)); }

    MembersView *view() { return m_ui.window()->findChild<MembersView *>(); }
    QTableView *table() { return m_ui.child<QTableView>(u"memberTable"_s); }
    MemberTableModel *model() { return qobject_cast<MemberTableModel *>(table()->model()); }
    QLineEdit *search() { return m_ui.child<QLineEdit>(u"memberSearch"_s); }

    // The member form opened by the last action, once it is on screen.
    MemberDialog *waitForForm()
    {
        MemberDialog *dialog = nullptr;
        const auto found = [&] {
            dialog = view()->openDialog();
            return dialog && dialog->isVisible();
        };
        if (!QTest::qWaitFor(found, 2000))
            qFatal("The member form did not open");
        QApplication::setActiveWindow(dialog);
        return dialog;
    }

    void typeSearch(const QString &text)
    {
        QApplication::setActiveWindow(m_ui.window());
        QTest::keyClick(m_ui.window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search()->hasFocus());
        search()->clear();
        QTest::keyClicks(search(), text);
        // A slow machine waits for a pause in the typing before searching.
        QTRY_COMPARE(model()->request().text, text);
    }

    int memberCount()
    {
        MemberFilter all;
        all.includeArchived = true;
        return int(MemberService(store()).list(all).value().size());
    }

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = QDir(m_ui.folder()).filePath(u"members.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("Cannot write the CSV file");
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_ui.open());
        QTest::keyClick(m_ui.window(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(search()->hasFocus());
    }

    void cleanup()
    {
        // An answer a failed test left unused must not answer the next test's question.
        if (DialogSeams::hasPendingAnswer())
            DialogSeams::question(nullptr, {}, {}, {}, {});
        m_ui.close();
    }

    void listShowsHowToReachEachMember()
    {
        QCOMPARE(model()->totalCount(), 60);
        QCOMPARE(m_ui.child<QLabel>(u"memberCount"_s)->text(), u"60 member(s)"_s);
        bool phoneOnlySeen = false;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Member *member = model()->memberAt(model()->index(row, 0));
            const QString phone = model()->index(row, MemberTableModel::Phone).data().toString();
            const QString email = model()->index(row, MemberTableModel::Email).data().toString();
            QVERIFY(!phone.isEmpty() || !email.isEmpty());
            QVERIFY(!email.contains(u"@example.invalid"_s));
            if (member->email.isEmpty()) {
                QCOMPARE(email, u"by telephone only"_s);
                phoneOnlySeen = true;
            }
        }
        QVERIFY(phoneOnlySeen);
        table()->setFocus();
        table()->setCurrentIndex(model()->index(2, 0));
        grab(m_ui.window(), u"members-list"_s);
    }

    void typesAPhoneOnlyMemberWithTheKeyboardAndFindsThemByPhone()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        MemberDialog *form = waitForForm();
        QTRY_VERIFY(child<QLineEdit>(form, u"memberFirstName"_s)->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"Josette"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Bernardin"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(child<QLineEdit>(form, u"memberPhone"_s)->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"0781223344"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // The number reads back the French way; notifications stay off without an e-mail.
        QCOMPARE(child<QLineEdit>(form, u"memberPhone"_s)->text(), u"07 81 22 33 44"_s);
        QVERIFY(!child<QCheckBox>(form, u"memberNotifications"_s)->isEnabled());
        grab(form, u"member-form"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!view()->openDialog());

        QCOMPARE(model()->totalCount(), 61);
        typeSearch(u"22 33"_s);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, MemberTableModel::Name).data().toString(), u"Bernardin Josette"_s);
        QCOMPARE(model()->index(0, MemberTableModel::Phone).data().toString(), u"07 81 22 33 44"_s);
        QCOMPARE(model()->index(0, MemberTableModel::Email).data().toString(), u"by telephone only"_s);
        QCOMPARE(m_ui.child<QLabel>(u"memberCount"_s)->text(), u"1 member(s)"_s);
        QVERIFY(m_ui.child<QLabel>(u"membersUndoMessage"_s)->text().contains(u"Bernardin Josette was added"_s));
    }

    void badInputIsShownByItsFieldAndNothingTypedIsLost()
    {
        const QString before = DatabaseSnapshot::take(store());
        view()->newMember();
        MemberDialog *form = waitForForm();
        QTest::keyClicks(child<QLineEdit>(form, u"memberFirstName"_s), u"Paulette"_s);
        auto *email = child<QLineEdit>(form, u"memberEmail"_s);
        email->setFocus();
        QTest::keyClicks(email, u"paulette@"_s);
        QTest::keyClick(email, Qt::Key_Return);
        QVERIFY(form->isVisible());
        auto *emailError = child<QLabel>(form, u"emailError"_s);
        QVERIFY(emailError->isVisible());
        QVERIFY(emailError->text().contains(u"is not valid"_s));
        QVERIFY(email->hasFocus());
        QCOMPARE(child<QLineEdit>(form, u"memberFirstName"_s)->text(), u"Paulette"_s);
        QCOMPARE(email->text(), u"paulette@"_s);
        grab(form, u"member-form-errors"_s);
        QCOMPARE(DatabaseSnapshot::take(store()), before);

        // Corrected, it saves; the old message goes.
        QTest::keyClicks(email, u"example.org"_s);
        QTest::keyClick(email, Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!child<QLabel>(form, u"generalError"_s)->isVisible(),
                 qPrintable(child<QLabel>(form, u"generalError"_s)->text()));
        QVERIFY(!child<QLabel>(form, u"emailError"_s)->isVisible());
        QTRY_VERIFY(!view()->openDialog());
        QCOMPARE(model()->totalCount(), 61);
    }

    void aMemberWithoutPhoneNorEmailIsRefusedAtThePhone()
    {
        view()->newMember();
        MemberDialog *form = waitForForm();
        QTest::keyClicks(child<QLineEdit>(form, u"memberLastName"_s), u"Sanscontact"_s);
        QVERIFY(!form->save());
        QVERIFY(child<QLabel>(form, u"phoneError"_s)->isVisible());
        QVERIFY(child<QLineEdit>(form, u"memberPhone"_s)->hasFocus());
    }

    void nobodyFoundSuggestsANewMemberWithWhatWasTyped()
    {
        typeSearch(u"07 99 88"_s);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(m_ui.child<QLabel>(u"memberCount"_s)->text().contains(u"Ctrl+N"_s));
        QTest::keyClick(search(), Qt::Key_N, Qt::ControlModifier);
        MemberDialog *form = waitForForm();
        // What was typed goes to the phone, to be completed; the names stay empty.
        QCOMPARE(child<QLineEdit>(form, u"memberPhone"_s)->text(), u"07 99 88"_s);
        QCOMPARE(child<QLineEdit>(form, u"memberFirstName"_s)->text(), QString());
        QCOMPARE(child<QLineEdit>(form, u"memberLastName"_s)->text(), QString());
        QTest::keyClick(child<QLineEdit>(form, u"memberFirstName"_s), Qt::Key_Escape);
        QTRY_VERIFY(!view()->openDialog());
        typeSearch(u"07 99 88 77 66"_s);
        QTest::keyClick(search(), Qt::Key_N, Qt::ControlModifier);
        form = waitForForm();
        QCOMPARE(child<QLineEdit>(form, u"memberPhone"_s)->text(), u"07 99 88 77 66"_s);
        QVERIFY(!form->hasUnsavedChanges());
        QTest::keyClick(child<QLineEdit>(form, u"memberFirstName"_s), Qt::Key_Escape);
        QTRY_VERIFY(!view()->openDialog());
        typeSearch(u"Josette Bernardin"_s);
        QTest::keyClick(search(), Qt::Key_N, Qt::ControlModifier);
        form = waitForForm();
        QCOMPARE(child<QLineEdit>(form, u"memberFirstName"_s)->text(), u"Josette"_s);
        QCOMPARE(child<QLineEdit>(form, u"memberLastName"_s)->text(), u"Bernardin"_s);
    }

    void notificationsNeedAnEmail()
    {
        view()->newMember();
        MemberDialog *form = waitForForm();
        auto *notifications = child<QCheckBox>(form, u"memberNotifications"_s);
        QVERIFY(!notifications->isEnabled());
        QTest::keyClicks(child<QLineEdit>(form, u"memberEmail"_s), u"a@example.org"_s);
        QVERIFY(notifications->isEnabled());
        notifications->setChecked(true);
        child<QLineEdit>(form, u"memberEmail"_s)->clear();
        QVERIFY(!notifications->isEnabled());
        QVERIFY(!notifications->isChecked());
    }

    void duplicateCanOpenTheExistingMember()
    {
        view()->newMember();
        MemberDialog *form = waitForForm();
        QTest::keyClicks(child<QLineEdit>(form, u"memberFirstName"_s), u"helene"_s);
        QTest::keyClicks(child<QLineEdit>(form, u"memberLastName"_s), u"DUPRE"_s);
        QTest::keyClicks(child<QLineEdit>(form, u"memberPhone"_s), u"0600000001"_s);
        DialogSeams::setNextAnswer(QMessageBox::Open);
        QVERIFY(!form->save());
        QVERIFY(!DialogSeams::hasPendingAnswer());
        // The existing member's form opens instead; nobody was added.
        MemberDialog *existing = nullptr;
        QTRY_VERIFY((existing = view()->openDialog()) && existing != form && existing->isVisible());
        QCOMPARE(existing->member().lastName, u"Dupré"_s);
        QCOMPARE(model()->totalCount(), 60);
    }

    void duplicateCanBeSavedAnyway()
    {
        view()->newMember();
        MemberDialog *form = waitForForm();
        // Accents are pasted: QTest types ASCII only.
        child<QLineEdit>(form, u"memberFirstName"_s)->insert(u"Hélène"_s);
        child<QLineEdit>(form, u"memberLastName"_s)->insert(u"Dupré"_s);
        QTest::keyClicks(child<QLineEdit>(form, u"memberPhone"_s), u"+33 6 00 00 00 01"_s);
        DialogSeams::setNextAnswer(QMessageBox::Save);
        QVERIFY(form->save());
        QTRY_VERIFY(!view()->openDialog());
        QCOMPARE(model()->totalCount(), 61);
    }

    void escapeClosesAndAsksOnlyWhenSomethingWasTyped()
    {
        view()->newMember();
        MemberDialog *form = waitForForm();
        QTest::keyClick(child<QLineEdit>(form, u"memberFirstName"_s), Qt::Key_Escape);
        QTRY_VERIFY(!view()->openDialog());

        view()->newMember();
        form = waitForForm();
        QTest::keyClicks(child<QLineEdit>(form, u"memberFirstName"_s), u"Gaston"_s);
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(child<QLineEdit>(form, u"memberFirstName"_s), Qt::Key_Escape);
        QVERIFY(!DialogSeams::hasPendingAnswer());
        QVERIFY(form->isVisible());
        QCOMPARE(child<QLineEdit>(form, u"memberFirstName"_s)->text(), u"Gaston"_s);
        DialogSeams::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(child<QLineEdit>(form, u"memberFirstName"_s), Qt::Key_Escape);
        QTRY_VERIFY(!view()->openDialog());
        QCOMPARE(model()->totalCount(), 60);
    }

    void editingUpdatesTheRowInPlaceAndCanBeUndone()
    {
        typeSearch(u"helene"_s);
        QCOMPARE(model()->rowCount(), 1);
        const QString id = model()->memberAt(model()->index(0, 0))->id;
        QTest::keyClick(search(), Qt::Key_Return);
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_Return);
        MemberDialog *form = waitForForm();
        auto *town = child<QLineEdit>(form, u"memberTown"_s);
        town->selectAll();
        QTest::keyClicks(town, u"Villeurbanne"_s);
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QTest::keyClick(town, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!view()->openDialog());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model()->index(0, MemberTableModel::Town).data().toString(), u"Villeurbanne"_s);
        QVERIFY(m_ui.child<QPushButton>(u"membersUndoButton"_s)->isVisible());

        QApplication::setActiveWindow(m_ui.window());
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(MemberService(store()).find(id).value().town, u"Lyon"_s);
        QCOMPARE(model()->index(0, MemberTableModel::Town).data().toString(), u"Lyon"_s);
    }

    void archivingHidesTheMemberUntilUndone()
    {
        typeSearch(u"helene"_s);
        table()->setFocus();
        table()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(m_ui.child<QLabel>(u"membersUndoMessage"_s)->text().contains(u"was archived"_s));
        grab(m_ui.window(), u"members-undo"_s);
        m_ui.child<QCheckBox>(u"showArchivedMembers"_s)->setChecked(true);
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(model()->memberAt(model()->index(0, 0))->archived);
        m_ui.child<QPushButton>(u"membersUndoButton"_s)->click();
        QVERIFY(!model()->memberAt(model()->index(0, 0))->archived);
    }

    void aMemberWithOrdersIsArchivedInsteadOfErased()
    {
        table()->setFocus();
        int row = 0;
        while (MemberService(store()).orderCount(model()->memberAt(model()->index(row, 0))->id).value() == 0)
            ++row;
        table()->setCurrentIndex(model()->index(row, 0));
        const QString id = model()->memberAt(model()->index(row, 0))->id;
        const QString before = DatabaseSnapshot::take(store());
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(!DialogSeams::hasPendingAnswer());
        QCOMPARE(DatabaseSnapshot::take(store()), before);
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(MemberService(store()).find(id).value().archived);
        QCOMPARE(model()->rowOf(id), -1);
    }

    void aMemberWithoutOrdersIsErasedAfterAsking()
    {
        Member member;
        member.firstName = u"Éphémère"_s;
        member.lastName = u"Passant"_s;
        member.phone = u"0699887766"_s;
        const QString id = MemberService(store()).add(member).value();
        emit m_ui.workspace().dataChanged();
        typeSearch(u"passant"_s);
        table()->setFocus();
        table()->setCurrentIndex(model()->index(0, 0));
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(MemberService(store()).find(id));
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(!MemberService(store()).find(id));
        QCOMPARE(model()->rowCount(), 0);
    }

    void twoRecordsOfOnePersonAreMerged()
    {
        Member twin;
        twin.firstName = u"Hélène"_s;
        twin.lastName = u"Dupré"_s;
        twin.email = u"h.dupre@example.net"_s;
        twin.postcode = u"69004"_s;
        QVERIFY(MemberService(store()).add(twin, DuplicatePolicy::Allow));
        emit m_ui.workspace().dataChanged();
        typeSearch(u"dupre helene"_s);
        QCOMPARE(model()->rowCount(), 2);
        table()->setFocus();
        table()->selectAll();
        QTest::keyClick(table(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = m_ui.window()->findChild<MergeMembersDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"mergePlan"_s)->text().contains(u"order(s) move"_s)
                || dialog->findChild<QLabel *>(u"mergePlan"_s)->text().contains(u"is kept"_s));
        grab(dialog, u"member-merge"_s);
        QVERIFY(dialog->merge());
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(memberCount(), 60);
    }

    void importShowsAPreviewAndWritesOnlyWhenConfirmed()
    {
        const QString path = writeFile("Prénom;Nom;Téléphone;Courriel;Ville\n"
                                       "Josette;Bernardin;07 81 22 33 44;;Lyon\n"
                                       "Hélène;Dupré;;;Lyon\n"
                                       "Sans;Contact;;;\n"
                                       "Marc;Vidal;06 12 AB;;\n"
                                       "Paul;Arnaud;;paul@example.org;Bron\n");
        const QString before = DatabaseSnapshot::take(store());
        DialogSeams::setNextFileName(path);
        QTest::keyClick(search(), Qt::Key_I, Qt::ControlModifier);
        MemberImportDialog *preview = nullptr;
        QTRY_VERIFY((preview = m_ui.window()->findChild<MemberImportDialog *>()) && preview->isVisible());
        QVERIFY(preview->findChild<QLabel *>(u"importSummary"_s)->text().contains(u"<b>2</b> new"_s));
        QVERIFY(preview->findChild<QLabel *>(u"importSummary"_s)->text().contains(u"<b>1</b> already recorded"_s));
        QVERIFY(preview->findChild<QLabel *>(u"importSummary"_s)->text().contains(u"<b>2</b> in error"_s));
        auto *rows = preview->findChild<QTableView *>(u"importTable"_s);
        QCOMPARE(rows->model()->rowCount(), 5);
        grab(preview, u"member-import-preview"_s);
        preview->findChild<QTabBar *>(u"importFilter"_s)->setCurrentIndex(3);
        QCOMPARE(rows->model()->rowCount(), 2);
        QCOMPARE(rows->model()->index(0, 0).data().toInt(), 4);
        QVERIFY(rows->model()->index(0, 6).data().toString().contains(u"No phone number"_s));
        QCOMPARE(DatabaseSnapshot::take(store()), before);

        QVERIFY(preview->import());
        QTRY_VERIFY(!m_ui.window()->findChild<MemberImportDialog *>());
        QCOMPARE(model()->totalCount(), 62);
        QVERIFY(m_ui.child<QLabel>(u"membersUndoMessage"_s)->text().contains(u"2 new member(s)"_s));
    }

    void exportWritesTheListShown()
    {
        typeSearch(u"lyon"_s);
        const int shown = model()->totalCount();
        QVERIFY(shown > 0 && shown < 60);
        const QString path = QDir(m_ui.folder()).filePath(u"export.csv"_s);
        DialogSeams::setNextFileName(path);
        QTest::keyClick(search(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"));
        QCOMPARE(lines.size() - 2, shown); // the header, and the empty end after the last line break
    }

    void sortingByAColumnIsDoneByTheDatabase()
    {
        table()->horizontalHeader()->setSortIndicator(MemberTableModel::Town, Qt::DescendingOrder);
        QCOMPARE(model()->request().sort, MemberListRequest::Sort::Town);
        QVERIFY(model()->request().descending);
        const QString first = model()->index(0, MemberTableModel::Town).data().toString();
        const QString last = model()->index(model()->rowCount() - 1, MemberTableModel::Town).data().toString();
        QVERIFY(first.localeAwareCompare(last) >= 0);
        // Every row, not just the ends: towns descending ignoring case, empty towns last, and
        // the same rows as the database holds.
        QCOMPARE(model()->rowCount(), model()->totalCount());
        QVERIFY(model()->rowCount() > 2);
        bool emptySeen = false;
        for (int row = 1; row < model()->rowCount(); ++row) {
            const QString above = model()->index(row - 1, MemberTableModel::Town).data().toString();
            const QString below = model()->index(row, MemberTableModel::Town).data().toString();
            emptySeen = emptySeen || above.isEmpty();
            if (below.isEmpty())
                continue;
            QVERIFY2(!emptySeen, qPrintable(u"row %1: “%2” after an empty town"_s.arg(row).arg(below)));
            QVERIFY2(above.compare(below, Qt::CaseInsensitive) >= 0,
                     qPrintable(u"row %1: “%2” before “%3”"_s.arg(row).arg(above, below)));
        }
    }

    void aLargeGroupIsReadInPages()
    {
        QVERIFY(inTransaction(store().database(), [&]() -> Status {
            for (int i = 0; i < 3000; ++i) {
                Member member;
                member.firstName = u"Prénom%1"_s.arg(i);
                member.lastName = u"Nom%1"_s.arg(i % 50);
                member.phone = u"06%1"_s.arg(20000000 + i);
                if (auto id = MemberService(store()).add(member, DuplicatePolicy::Allow); !id)
                    return id.error();
            }
            return {};
        }));
        emit m_ui.workspace().dataChanged();
        QCOMPARE(model()->totalCount(), 3060);
        QCOMPARE(model()->rowCount(), MemberTableModel::pageSize);
        QVERIFY(model()->canFetchMore({}));
        table()->scrollToBottom();
        QTRY_VERIFY(model()->rowCount() > MemberTableModel::pageSize);
        typeSearch(u"20001234"_s);
        QCOMPARE(model()->totalCount(), 1);
    }
};

QTEST_MAIN(TestMemberView)
#include "tst_memberview.moc"
