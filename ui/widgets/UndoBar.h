#pragma once

#include <QFrame>
#include <functional>

class QAction;
class QLabel;
class QPushButton;

// A thin bar that says what was just done ("“Poireaux” is no longer on offer") with an Undo
// button; Ctrl+Z anywhere in the area does the same. Only the last action can be undone.
class UndoBar : public QFrame {
    Q_OBJECT

public:
    // `area` receives the Ctrl+Z shortcut (active while the focus is inside it); `name` starts
    // the object names (nameUndoBar, nameUndoMessage, nameUndoButton, nameUndoAction).
    UndoBar(QWidget *area, const QString &name);

    void offer(const QString &message, std::function<void()> undo);
    // Says something without anything to undo (what an undo itself did).
    void tell(const QString &message);
    void dismiss();
    QString message() const;
    QAction *undoAction() const { return m_undoAction; }

private:
    void undo();

    QLabel *m_message;
    QPushButton *m_undo;
    QAction *m_undoAction;
    std::function<void()> m_pending;
};
