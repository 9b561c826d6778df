#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class Store;

// The group's pick-up places: create, change, archive (and bring back) one.
class PlacesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PlacesDialog(Store &store, QWidget *parent = nullptr);

    void reload(const QString &selectId = {});

private:
    QString currentId() const;
    void edit(bool create);
    void toggleArchived();
    void updateButtons();

    Store &m_store;
    QListWidget *m_list;
    QCheckBox *m_showArchived;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QLabel *m_message;
};
