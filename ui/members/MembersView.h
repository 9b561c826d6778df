#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class MemberTableModel;
class Workspace;

// The Members area: search as you type over names, phones, e-mails and towns.
class MembersView : public QWidget {
    Q_OBJECT

public:
    explicit MembersView(Workspace &workspace, QWidget *parent = nullptr);

    void focusSearch();

public slots:
    void reload();

private:
    Workspace &m_workspace;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QTableView *m_table;
    QLabel *m_count;
    MemberTableModel *m_model;
};
