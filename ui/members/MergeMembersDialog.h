#pragma once

#include "domain/Member.h"

#include <QDialog>

class QLabel;
class QRadioButton;
class Store;

// Merging two records of one person: both side by side, the record to keep chosen with the
// keyboard (Left/Right or Alt+1/Alt+2), and what the merge will do said before it is done
// (orders moved, baskets combined, fields filled; see MemberMerge for the rule).
class MergeMembersDialog : public QDialog {
    Q_OBJECT

public:
    MergeMembersDialog(Store &store, const Member &first, const Member &second, QWidget *parent = nullptr);

    // The record kept; the other is merged into it.
    QString keptId() const;
    void keep(const QString &memberId);

public slots:
    bool merge();

signals:
    void merged(const QString &keptId, const QString &summary);

private:
    void updatePlan();

    Store &m_store;
    Member m_first;
    Member m_second;
    QRadioButton *m_keepFirst;
    QRadioButton *m_keepSecond;
    QLabel *m_plan;
};
