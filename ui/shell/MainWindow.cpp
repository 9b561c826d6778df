#include "MainWindow.h"

#include "DatabaseFlow.h"
#include "RecentDatabases.h"
#include "workspace/Workspace.h"
#include "catalogues/CataloguesView.h"
#include "distributions/DistributionsView.h"
#include "members/MembersView.h"
#include "orders/OrderDialog.h"
#include "orders/OrdersView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent),
      m_workspace(workspace),
      m_flow(new DatabaseFlow(workspace, this)),
      m_navigation(new QListWidget(this)),
      m_areas(new QStackedWidget(this)),
      m_members(new MembersView(workspace, this)),
      m_distributions(new DistributionsView(workspace, this)),
      m_catalogues(new CataloguesView(workspace, this)),
      m_statusGroup(new QLabel(this)),
      m_statusUser(new QLabel(this)),
      m_statusFile(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/comptoir.svg"_s));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    const struct {
        QString icon;
        QString text;
    } areas[] = {
        {u":/icons/members.svg"_s, tr("Members")},
        {u":/icons/distributions.svg"_s, tr("Distributions")},
        {u":/icons/catalogues.svg"_s, tr("Catalogues")},
    };
    for (const auto &area : areas)
        new QListWidgetItem(QIcon(area.icon), area.text, m_navigation);

    m_areas->addWidget(m_members);
    m_areas->addWidget(m_distributions);
    m_areas->addWidget(m_catalogues);
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);

    m_statusGroup->setObjectName(u"statusGroup"_s);
    m_statusUser->setObjectName(u"statusUser"_s);
    m_statusFile->setObjectName(u"statusFile"_s);
    statusBar()->addWidget(m_statusGroup);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addWidget(separator);
    statusBar()->addWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_statusFile);

    createActions();
    createMenus();
    connect(&m_workspace, &Workspace::opened, this, &MainWindow::updateTitleAndStatus);
    connect(m_flow, &DatabaseFlow::recentChanged, this, &MainWindow::rebuildRecentMenu);

    setStyleSheet(u"QListWidget#navigation { background: palette(window); font-size: 11pt; outline: 0; }"
                  "QListWidget#navigation::item { padding: 8px 6px; border-radius: 4px; }"
                  "QListWidget#navigation::item:selected { background: #dfe9d8; color: black; }"
                  "QLabel#areaTitle { font-size: 15pt; font-weight: 600; margin: 4px 0 6px 0; }"_s);
    showArea(Area::Members);
    updateTitleAndStatus();
    resize(1180, 760);
}

QAction *MainWindow::addAreaAction(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                                   Area area)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
    addAction(action);
    return action;
}

void MainWindow::createActions()
{
    auto *find = new QAction(tr("Find a member"), this);
    find->setObjectName(u"actionFindMember"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showArea(Area::Members);
        m_members->focusSearch();
    });
    addAction(find);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *newGroup = file->addAction(tr("&New group…"), m_flow, &DatabaseFlow::newGroup);
    newGroup->setObjectName(u"actionNewGroup"_s);
    newGroup->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    auto *open = file->addAction(tr("&Open database…"), m_flow, &DatabaseFlow::openFile);
    open->setObjectName(u"actionOpenDatabase"_s);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(u"menuRecent"_s);
    auto *demo = file->addAction(tr("Open the &demo group"), m_flow, &DatabaseFlow::openDemo);
    demo->setObjectName(u"actionOpenDemo"_s);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showMembers = addAreaAction(u"actionShowMembers"_s, tr("&Members"), QKeySequence(u"Ctrl+1"_s), Area::Members);
    connect(showMembers, &QAction::triggered, m_members, &MembersView::focusSearch);
    view->addAction(showMembers);
    view->addAction(addAreaAction(u"actionShowDistributions"_s, tr("&Distributions"), QKeySequence(u"Ctrl+2"_s),
                                  Area::Distributions));
    view->addAction(addAreaAction(u"actionShowCatalogues"_s, tr("&Catalogues"), QKeySequence(u"Ctrl+3"_s),
                                  Area::Catalogues));
    auto *orders = view->addAction(tr("&Orders of a distribution…"), this, [this] { showOrders(); });
    orders->setObjectName(u"actionShowOrders"_s);
    orders->setShortcut(QKeySequence(u"Ctrl+4"_s));
    // A producer's way in: the orders of the catalogue chosen in the Catalogues area.
    auto *catalogueOrders = view->addAction(tr("Orders of the chosen c&atalogue…"), this,
                                            [this] { showOrders({}, m_catalogues->currentCatalogueId()); });
    catalogueOrders->setObjectName(u"actionShowCatalogueOrders"_s);
    catalogueOrders->setShortcut(QKeySequence(u"Ctrl+Shift+4"_s));

    QMenu *members = menuBar()->addMenu(tr("M&embers"));
    members->setObjectName(u"menuMembers"_s);
    for (QAction *action : m_members->menuActions()) {
        if (!action) {
            members->addSeparator();
            continue;
        }
        members->addAction(action);
        connect(action, &QAction::triggered, this, [this] { showArea(Area::Members); });
    }

    // The Distributions and Catalogues areas' own actions; choosing one shows its area.
    const struct {
        QString title;
        QString objectName;
        QList<QAction *> actions;
        Area area;
    } areaMenus[] = {
        {tr("&Distributions"), u"menuDistributions"_s, m_distributions->menuActions(), Area::Distributions},
        {tr("&Catalogues"), u"menuCatalogues"_s, m_catalogues->menuActions(), Area::Catalogues},
    };
    for (const auto &areaMenu : areaMenus) {
        QMenu *menu = menuBar()->addMenu(areaMenu.title);
        menu->setObjectName(areaMenu.objectName);
        for (QAction *action : areaMenu.actions) {
            if (!action) {
                menu->addSeparator();
                continue;
            }
            menu->addAction(action);
            connect(action, &QAction::triggered, this, [this, area = areaMenu.area] { showArea(area); });
        }
    }
    connect(m_distributions, &DistributionsView::ordersRequested, this,
            [this](const QString &distributionId) { showOrders(distributionId); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Comptoir"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::list();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { m_flow->openPath(path); });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(int(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_areas->currentIndex());
}

void MainWindow::updateTitleAndStatus()
{
    const QString group = m_workspace.groupName();
    setWindowTitle(group.isEmpty() ? tr("Comptoir") : tr("%1 — Comptoir").arg(group));
    m_statusGroup->setText(group);
    const QString user = m_workspace.currentUserName();
    m_statusUser->setText(user.isEmpty() ? QString() : tr("At the desk: %1").arg(user));
    m_statusFile->setText(m_workspace.path());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Comptoir"),
                       tr("<h3>Comptoir %1</h3>"
                          "<p>The desk tool of local food markets: members, distributions, telephone "
                          "orders, the summaries of the day, and a shared server when several desks work "
                          "together.</p><p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showOrders(const QString &distributionId, const QString &catalogueId)
{
    if (!m_workspace.isOpen())
        return;
    if (!m_orders) {
        m_orders = new OrdersView(m_workspace, this);
        m_orders->setWindowFlag(Qt::Window);
        m_orders->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_orders->showDistribution(distributionId, catalogueId);
    m_orders->show();
    m_orders->raise();
    m_orders->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!OrderDialog::closeAllOpen()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}
