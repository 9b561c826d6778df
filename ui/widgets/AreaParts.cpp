#include "AreaParts.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QWidget>

using namespace Qt::StringLiterals;

QLabel *AreaParts::title(const QString &text, QWidget *area)
{
    auto *label = new QLabel(text, area);
    label->setObjectName(u"areaTitle"_s);
    return label;
}

QToolButton *AreaParts::button(QAction *action, QWidget *area, const QString &objectName)
{
    auto *button = new QToolButton(area);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(objectName.isEmpty() ? action->objectName() + u"Button"_s : objectName);
    return button;
}

QAction *AreaParts::action(QWidget *area, const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, area);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(QString(text).remove(u'&') + u" ("_s + shortcut.toString(QKeySequence::NativeText) + u')');
    area->addAction(action);
    return action;
}

void AreaParts::allowOrSayWhy(QAction *action, bool allowed, const QString &reason)
{
    const char *own = "comptoirOwnToolTip";
    if (!action->property(own).isValid())
        action->setProperty(own, action->toolTip());
    action->setEnabled(allowed);
    action->setToolTip(allowed || reason.isEmpty() ? action->property(own).toString() : reason);
}
