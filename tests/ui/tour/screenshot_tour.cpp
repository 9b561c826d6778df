// screenshot_tour: the main screens of Comptoir rendered to PNG files, to look at them as a
// coordinator would (and to illustrate the README). The demo group in a temporary database, the
// clock fixed, the real main window; dialogs opened through the views' own slots and DialogSeams,
// so that nothing blocks.
//
//   QT_QPA_PLATFORM=offscreen screenshot_tour [--language fr] [--output DIR] [--now INSTANT] [--size WxH]
#include "UiTestSupport.h"
#include "catalogues/CataloguesView.h"
#include "catalogues/ProductDialog.h"
#include "common/Clock.h"
#include "demo/DemoGroup.h"
#include "distributions/DistributionCalendar.h"
#include "distributions/DistributionDialog.h"
#include "distributions/DistributionsView.h"
#include "distributions/OfferDialog.h"
#include "i18n/Translations.h"
#include "members/MemberDialog.h"
#include "members/MemberImportDialog.h"
#include "members/MembersView.h"
#include "orders/OrderDialog.h"
#include "orders/OrdersView.h"
#include "services/MemberService.h"
#include "shell/MainWindow.h"
#include "widgets/DialogSeams.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using UiTest::child;

namespace {

class Tour {
public:
    Tour(const QString &folder, const QDateTime &now, QSize size) : m_folder(folder), m_now(now), m_size(size) {}

    bool run()
    {
        const bool opened = m_ui.open(u"demo.db"_s, [this](Store &store) {
            store.clock().setFixed(m_now);
            return DemoGroup::create(store);
        });
        if (!opened)
            return false;
        window()->resize(m_size);
        settle();
        members();
        distributions();
        catalogues();
        orders();
        m_ui.close();
        return m_failures == 0;
    }

private:
    MainWindow *window() const { return m_ui.window(); }
    Store &store() const { return m_ui.store(); }

    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
            QTest::qWait(20);
        }
    }

    void save(QWidget *widget, const QString &name)
    {
        settle();
        if (!widget || !widget->grab().save(QDir(m_folder).filePath(name + u".png"_s))) {
            qWarning("Cannot save %s", qPrintable(name));
            ++m_failures;
            return;
        }
        QTextStream(stdout) << QDir(m_folder).filePath(name + u".png"_s) << '\n';
    }

    // Counts what did not happen as expected, so that the tour ends with a failure status.
    bool check(bool done, const char *what)
    {
        if (!done) {
            qWarning("Not done: %s", what);
            ++m_failures;
        }
        return done;
    }

    template <typename Dialog>
    Dialog *waitFor(const QObject *parent)
    {
        Dialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<Dialog *>()) && dialog->isVisible(); })) {
            qWarning("A dialog did not open");
            ++m_failures;
            return nullptr;
        }
        settle();
        return dialog;
    }

    QString memberId(const QString &search)
    {
        MemberFilter filter;
        filter.text = search;
        const auto found = MemberService(store()).list(filter);
        return found && !found->isEmpty() ? found->first().id : QString();
    }

    MemberDialog *memberForm(MembersView *view)
    {
        MemberDialog *form = nullptr;
        if (!check(QTest::qWaitFor([&] { return (form = view->openDialog()) && form->isVisible(); }), "member form"))
            return nullptr;
        settle();
        return form;
    }

    void members()
    {
        window()->showArea(MainWindow::Area::Members);
        auto *view = window()->findChild<MembersView *>();
        auto *table = m_ui.child<QTableView>(u"memberTable"_s);
        table->setFocus();
        table->selectRow(2);
        save(window(), u"members-list"_s);

        // A new member, half typed.
        view->newMember();
        if (MemberDialog *form = memberForm(view)) {
            child<QLineEdit>(form, u"memberFirstName"_s)->setText(u"Josette"_s);
            child<QLineEdit>(form, u"memberLastName"_s)->setText(u"Bernardin"_s);
            child<QLineEdit>(form, u"memberPhone"_s)->setText(u"07 81 22 33 44"_s);
            child<QLineEdit>(form, u"memberTown"_s)->setText(u"Lyon"_s);
            save(form, u"member-form-new"_s);

            // Someone already recorded: the duplicate question, pictured then answered
            // "go back to the form".
            child<QLineEdit>(form, u"memberFirstName"_s)->setText(u"Hélène"_s);
            child<QLineEdit>(form, u"memberLastName"_s)->setText(u"Dupré"_s);
            child<QLineEdit>(form, u"memberPhone"_s)->setText(u"04 78 15 12 19"_s);
            QTimer::singleShot(0, form, [this] { answerDuplicateQuestion(); });
            form->save();
            DialogSeams::setNextAnswer(QMessageBox::Discard);
            form->reject();
            check(QTest::qWaitFor([&] { return !view->openDialog(); }), "member form closed");
        }

        // A member with a second person on the account.
        view->openMember(memberId(u"Bernard Camille"_s));
        if (MemberDialog *form = memberForm(view)) {
            save(form, u"member-form-existing"_s);
            form->reject();
            check(QTest::qWaitFor([&] { return !view->openDialog(); }), "member form closed");
        }

        // The CSV import preview: three good rows, one already recorded, two in error.
        const QString csv = QDir(m_ui.folder()).filePath(u"membres.csv"_s);
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("Prénom;Nom;Téléphone;Courriel;Ville\n"
                       "Josette;Bernardin;07 81 22 33 44;;Lyon\n"
                       "Hélène;Dupré;;;Lyon\n"
                       "Sans;Contact;;;\n"
                       "Marc;Vidal;06 12 AB;;\n"
                       "Paul;Arnaud;;paul.arnaud@example.org;Bron\n"
                       "Léa;Fontaine;06 33 44 55 66;lea.fontaine@example.net;Villeurbanne\n");
            file.close();
        }
        DialogSeams::setNextFileName(csv);
        view->importMembers();
        if (auto *preview = waitFor<MemberImportDialog>(window())) {
            save(preview, u"member-import-preview"_s);
            preview->reject();
        }
    }

    void answerDuplicateQuestion()
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())); })) {
            qWarning("The duplicate question did not open");
            ++m_failures;
            return;
        }
        save(box, u"member-duplicate-warning"_s);
        box->reject();
    }

    void distributions()
    {
        window()->showArea(MainWindow::Area::Distributions);
        auto *view = window()->findChild<DistributionsView *>();
        settle();
        save(window(), u"distributions-calendar"_s);

        auto *tabs = m_ui.child<QTabWidget>(u"distributionTabs"_s);
        tabs->setCurrentIndex(1);
        save(window(), u"distributions-list"_s);
        tabs->setCurrentIndex(0);

        // A weekly series on the Saturdays from next week on.
        const QDate today = m_now.toTimeZone(store().timeZone()).date();
        QDate saturday = today.addDays(7);
        while (saturday.dayOfWeek() != Qt::Saturday)
            saturday = saturday.addDays(1);
        view->calendar()->setSelectedDate(saturday);
        view->newDistribution();
        if (auto *dialog = waitFor<DistributionDialog>(window())) {
            child<QTimeEdit>(dialog, u"startTime"_s)->setTime(QTime(9, 30));
            child<QTimeEdit>(dialog, u"endTime"_s)->setTime(QTime(12, 0));
            child<QCheckBox>(dialog, u"repeat"_s)->setChecked(true);
            child<QDateEdit>(dialog, u"until"_s)->setDate(saturday.addDays(35));
            save(dialog, u"distribution-dialog-series"_s);
            dialog->reject();
        }

        // The offer and stock of the second coming distribution.
        QDate next = today;
        int found = 0;
        for (int day = 1; day < 40 && found < 2; ++day) {
            if (!view->calendar()->overviewsOn(today.addDays(day)).isEmpty()) {
                next = today.addDays(day);
                ++found;
            }
        }
        view->calendar()->setSelectedDate(next);
        view->editOffer();
        if (auto *dialog = waitFor<OfferDialog>(window())) {
            auto *table = child<QTableView>(dialog, u"offerTable"_s);
            table->model()->setData(table->model()->index(1, 4), u"12"_s);
            save(dialog, u"offer-dialog"_s);
            dialog->reject();
        }

        // Back to the next distribution, its day beside the month.
        view->showDate(today);
        for (int day = 0; day < 14; ++day) {
            if (!view->calendar()->overviewsOn(today.addDays(day)).isEmpty()) {
                view->showDate(today.addDays(day));
                break;
            }
        }
        save(window(), u"distributions-calendar-day"_s);
    }

    void catalogues()
    {
        window()->showArea(MainWindow::Area::Catalogues);
        auto *view = window()->findChild<CataloguesView *>();
        auto *tree = m_ui.child<QTreeWidget>(u"catalogueTree"_s);
        const auto items = tree->findItems(u"Fromages et laitages"_s, Qt::MatchExactly | Qt::MatchRecursive);
        if (!items.isEmpty())
            tree->setCurrentItem(items.first());
        auto *products = m_ui.child<QTableView>(u"productTable"_s);
        for (int row = 0; row < products->model()->rowCount(); ++row) {
            if (products->model()->index(row, 0).data().toString().startsWith(u"Comté"_s))
                products->selectRow(row);
        }
        products->setFocus();
        save(window(), u"catalogues-area"_s);

        view->editProduct();
        if (auto *dialog = waitFor<ProductDialog>(window())) {
            save(dialog, u"product-dialog-weight"_s);
            dialog->reject();
        }
    }

    void orders()
    {
        window()->showOrders();
        auto *view = window()->findChild<OrdersView *>();
        if (!view) {
            ++m_failures;
            return;
        }
        view->activateWindow();
        check(QTest::qWaitForWindowActive(view), "orders window active");
        save(view, u"orders-view"_s);

        view->newOrder();
        OrderDialog *dialog = nullptr;
        if (!check(QTest::qWaitFor([&] { return (dialog = view->openDialog()) && dialog->isVisible(); }), "order dialog"))
            return;
        dialog->activateWindow();
        check(QTest::qWaitForWindowActive(dialog), "order dialog active");
        UiTest::type(u"dupre"_s);
        UiTest::press(Qt::Key_Return);
        check(QTest::qWaitFor([&] { return QApplication::focusWidget() == dialog->findChild<QLineEdit *>(u"productField"_s); }),
              "member chosen");
        // Closed catalogues ask before a late change: each is answered yes.
        const QList<std::pair<QString, QString>> lines{{u"PAI-CAM"_s, u"1"_s}, {u"PAI-TRA"_s, u"2"_s},
                                                       {u"FRO-COM"_s, u"0,4"_s}, {u"VOL-POU"_s, u"1"_s},
                                                       {u"MIE-FLE"_s, u"1"_s}};
        for (const auto &[product, quantity] : lines) {
            DialogSeams::setNextAnswer(QMessageBox::Yes);
            UiTest::type(product);
            UiTest::press(Qt::Key_Tab);
            UiTest::type(quantity);
            UiTest::press(Qt::Key_Return);
        }
        if (DialogSeams::hasPendingAnswer())
            DialogSeams::question(nullptr, {}, {}, {}, {});
        save(dialog, u"order-dialog"_s);
        DialogSeams::setNextAnswer(QMessageBox::Discard);
        dialog->closeAsking();
    }

    MainWindowFixture m_ui;
    QString m_folder;
    QDateTime m_now;
    QSize m_size;
    int m_failures = 0;
};

}

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(u"Comptoir"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Renders Comptoir's main screens to PNG files, on the demo group."_s);
    parser.addHelpOption();
    const QCommandLineOption language(u"language"_s, u"The language of the screens (fr, en…)."_s, u"CODE"_s, u"fr"_s);
    const QCommandLineOption output(u"output"_s, u"The folder of the pictures."_s, u"DIR"_s, u"screenshots-tour"_s);
    const QCommandLineOption now(u"now"_s, u"The clock, ISO 8601 (default: Wednesday 25 November 2026, 11:00 in Paris)."_s,
                                 u"INSTANT"_s, qEnvironmentVariable("COMPTOIR_NOW", u"2026-11-25T10:00:00Z"_s));
    const QCommandLineOption size(u"size"_s, u"The main window's size."_s, u"WxH"_s, u"1280x800"_s);
    parser.addOptions({language, output, now, size});
    parser.process(application);

    const auto instant = Clock::parseInstant(parser.value(now));
    const QStringList dimensions = parser.value(size).split(u'x');
    if (!instant || dimensions.size() != 2) {
        QTextStream(stderr) << "Bad --now or --size\n";
        return 2;
    }
    Translations::install(application, QLocale(parser.value(language)));
    if (!QDir().mkpath(parser.value(output))) {
        QTextStream(stderr) << "Cannot make " << parser.value(output) << '\n';
        return 1;
    }
    Tour tour(parser.value(output), *instant, QSize(dimensions.at(0).toInt(), dimensions.at(1).toInt()));
    return tour.run() ? 0 : 1;
}
