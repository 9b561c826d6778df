#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class Error;
class QLabel;
class QWidget;

// The problems of a form, each shown in red right under the field it concerns. A form adds one
// label per field (by the field names the core rules use), then shows a refused save: every
// field's own message under it, the rest in a general label, the focus on the first field
// concerned. What the person typed stays as it was.
class FormErrors : public QObject {
    Q_OBJECT

public:
    explicit FormErrors(QWidget *form);

    // A hidden red label for the issues of `field`, to be placed under `widget` by the form;
    // several fields may share one label.
    QLabel *add(const QStringList &fields, QWidget *widget);
    QLabel *add(const QString &field, QWidget *widget) { return add(QStringList{field}, widget); }
    // The label for messages that concern no field of the form.
    QLabel *general() const { return m_general; }

    void clear();
    // Shows the error; puts the focus on the first field concerned unless `moveFocus` is false
    // (a check made while the person types).
    void show(const Error &error, bool moveFocus = true);
    bool isEmpty() const;

private:
    struct Entry {
        QStringList fields;
        QLabel *label;
        QPointer<QWidget> widget;
    };
    QList<Entry> m_entries;
    QLabel *m_general;
};
