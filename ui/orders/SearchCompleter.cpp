#include "SearchCompleter.h"

#include "CompletionDelegate.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

SearchCompleter::SearchCompleter(QLineEdit *field)
    : QObject(field), m_field(field), m_model(new CompletionListModel(this)), m_completer(new QCompleter(this))
{
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    // Not QLineEdit::setCompleter: the owner fills the list, and the field changes only on a choice.
    m_completer->setWidget(field);
    m_completer->popup()->setItemDelegate(new CompletionDelegate(m_completer->popup()));
    m_completer->popup()->setObjectName(field->objectName() + QStringLiteral("Choices"));

    connect(field, &QLineEdit::textEdited, this, &SearchCompleter::typed);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const QString id = index.data(CompletionListModel::IdRole).toString();
        m_field->setText(index.data(Qt::EditRole).toString());
        emit picked(id);
    });
}

void SearchCompleter::show(QList<CompletionListModel::Item> items)
{
    m_model->setItems(std::move(items));
    if (m_model->rowCount() == 0) {
        hide();
        return;
    }
    QRect below = m_field->rect();
    below.setWidth(std::max(below.width(), 520));
    m_completer->complete(below);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void SearchCompleter::hide()
{
    m_completer->popup()->hide();
}

bool SearchCompleter::isShown() const
{
    return m_completer->popup()->isVisible();
}

bool SearchCompleter::hasHighlight() const
{
    return isShown() && m_completer->popup()->currentIndex().isValid();
}

QString SearchCompleter::bestId() const
{
    if (hasHighlight())
        return m_completer->popup()->currentIndex().data(CompletionListModel::IdRole).toString();
    return m_model->items().isEmpty() ? QString() : m_model->items().first().id;
}
