#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>

class QLabel;
class QToolButton;
class QWidget;

// The parts every area of the main window (Members, Distributions, Catalogues) is made of.
namespace AreaParts {

// The area's title, in the style the main window gives `areaTitle`.
QLabel *title(const QString &text, QWidget *area);

// An action of the area: its shortcut works while the focus is inside the area, and its tooltip
// names the shortcut.
QAction *action(QWidget *area, const QString &objectName, const QString &text, const QKeySequence &shortcut);

// A button for `action`, showing its text; named after the action ("actionNewProductButton")
// unless given `objectName`.
QToolButton *button(QAction *action, QWidget *area, const QString &objectName = {});

// Enables the action, or disables it with `reason` as its tooltip (its own tooltip otherwise):
// what a producer may not do says why.
void allowOrSayWhy(QAction *action, bool allowed, const QString &reason);

template <typename Area>
QAction *action(Area *area, const QString &objectName, const QString &text, const QKeySequence &shortcut,
                void (Area::*slot)())
{
    QAction *created = action(static_cast<QWidget *>(area), objectName, text, shortcut);
    QObject::connect(created, &QAction::triggered, area, slot);
    return created;
}

}
