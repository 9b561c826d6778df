#include "WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Comptoir"));
    setObjectName(u"welcomeDialog"_s);

    auto *title = new QLabel(tr("<h2>Welcome to Comptoir</h2>"
                                "<p>The desk tool of local food markets: members, distributions, "
                                "telephone orders and the summaries of the day.</p>"),
                             this);
    title->setWordWrap(true);

    auto *demo = new QCommandLinkButton(tr("Open the demo group"),
                                        tr("A market with five producers, sixty members and ten weeks of "
                                           "orders, in its own file. Try everything without risk."),
                                        this);
    demo->setObjectName(u"openDemoButton"_s);
    auto *create = new QCommandLinkButton(tr("Create my group"),
                                          tr("Start your own market: its name and yours, then add members, "
                                             "producers and distributions."),
                                          this);
    create->setObjectName(u"createGroupButton"_s);
    auto *open = new QCommandLinkButton(tr("Open a database file…"),
                                        tr("A Comptoir file copied from another computer or a backup."), this);
    open->setObjectName(u"openFileButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(demo);
    layout->addWidget(create);
    layout->addWidget(open);
    demo->setDefault(true);
    demo->setFocus();

    connect(demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenDemo); });
    connect(create, &QCommandLinkButton::clicked, this, [this] { choose(Choice::CreateGroup); });
    connect(open, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenFile); });
    resize(520, sizeHint().height());
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}
