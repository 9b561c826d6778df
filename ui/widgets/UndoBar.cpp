#include "UndoBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

UndoBar::UndoBar(QWidget *area, const QString &name)
    : QFrame(area),
      m_message(new QLabel(this)),
      m_undo(new QPushButton(tr("&Undo"), this)),
      m_undoAction(new QAction(tr("&Undo"), area))
{
    setObjectName(name + u"UndoBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"UndoBar { background: #fff6d6; border: 1px solid #e6d48a; border-radius: 4px; }"_s);
    m_message->setObjectName(name + u"UndoMessage"_s);
    m_undo->setObjectName(name + u"UndoButton"_s);
    auto *close = new QToolButton(this);
    close->setText(u"×"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 4, 3);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_undo);
    layout->addWidget(close);

    m_undoAction->setObjectName(name + u"UndoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoAction->setEnabled(false);
    area->addAction(m_undoAction);

    connect(m_undo, &QPushButton::clicked, this, &UndoBar::undo);
    connect(m_undoAction, &QAction::triggered, this, &UndoBar::undo);
    connect(close, &QToolButton::clicked, this, &UndoBar::dismiss);
    hide();
}

void UndoBar::offer(const QString &message, std::function<void()> undo)
{
    m_pending = std::move(undo);
    m_message->setText(message);
    m_undo->show();
    m_undoAction->setEnabled(true);
    show();
}

void UndoBar::tell(const QString &message)
{
    m_pending = nullptr;
    m_message->setText(message);
    m_undo->hide();
    m_undoAction->setEnabled(false);
    show();
}

void UndoBar::dismiss()
{
    m_pending = nullptr;
    m_undoAction->setEnabled(false);
    hide();
}

QString UndoBar::message() const
{
    return m_message->text();
}

void UndoBar::undo()
{
    if (!m_pending)
        return;
    auto pending = std::move(m_pending);
    m_pending = nullptr;
    m_undoAction->setEnabled(false);
    hide();
    pending();
}
