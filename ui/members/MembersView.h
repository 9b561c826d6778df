#pragma once

#include <QWidget>
#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class MemberDialog;
class MemberTableModel;
class UndoBar;
class Workspace;
struct Member;

// The Members area: search as you type over names, phones, e-mails and towns; the form to
// create (Ctrl+N) or change (Enter) a member; archive, erase, merge two records of one person,
// forget a member who asks; import a CSV file with a preview, export the list. The last change
// made here can be undone from the bar that reports it (Ctrl+Z).
class MembersView : public QWidget {
    Q_OBJECT

public:
    explicit MembersView(Workspace &workspace, QWidget *parent = nullptr);

    void focusSearch();
    // The actions of the area, for the main window's menu.
    QList<QAction *> menuActions() const;
    // The form open now, if any (tests, and the main window when closing).
    MemberDialog *openDialog() const;

public slots:
    void newMember();
    void editMember();
    void openMember(const QString &memberId);
    void toggleArchived();
    void eraseMember();
    void mergeMembers();
    void anonymiseMember();
    void importMembers();
    void exportMembers();

private:
    void applySearch();
    void reloadAll();
    void dataChanged();
    void updateCount();
    void updateActions();
    QList<Member> selectedMembers() const;
    void selectMember(const QString &memberId);
    void showDialog(MemberDialog *dialog, const Member &before);
    // Reports what was done in the bar under the list, with an undo when there is one.
    void report(const QString &message, std::function<void()> undo = {});

    Workspace &m_workspace;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QTableView *m_table;
    QLabel *m_count;
    UndoBar *m_undo;
    QTimer *m_searchDelay;
    MemberTableModel *m_model;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_erase = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_anonymise = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    // How long the last search took: searches that take long wait for a pause in the typing.
    double m_lastSearchMs = 0;
};
