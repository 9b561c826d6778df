#pragma once

#include "CompletionListModel.h"

#include <QObject>

class QCompleter;
class QLineEdit;

// A drop-down list of choices under a search field, filled by its owner as one types
// (typed()), the first choice ready: Enter or Tab takes the highlighted one (picked()), the
// arrows move in the list. The field takes the chosen item's completion text.
class SearchCompleter : public QObject {
    Q_OBJECT

public:
    explicit SearchCompleter(QLineEdit *field);

    // Shows these choices under the field, the first one highlighted; none hides the list.
    void show(QList<CompletionListModel::Item> items);
    void hide();
    bool isShown() const;
    // Whether a choice is highlighted in the list shown.
    bool hasHighlight() const;
    // The highlighted choice in the list shown, else the first choice; empty without choices.
    QString bestId() const;
    const QList<CompletionListModel::Item> &items() const { return m_model->items(); }
    QCompleter *completer() const { return m_completer; }

signals:
    // The text as typed (not as set by a choice).
    void typed(const QString &text);
    void picked(const QString &id);

private:
    QLineEdit *m_field;
    CompletionListModel *m_model;
    QCompleter *m_completer;
};
