#pragma once

#include "common/Result.h"

#include <QDialog>
#include <functional>

class QFormLayout;
class FormErrors;

// The plumbing of a dialog that creates or changes one record (a producer, a catalogue, a
// product, a place): labelled fields, each with its red message underneath, the messages that
// concern no field, Save and Cancel. Saving adds the record when it is new and updates it
// otherwise; a refusal is shown under the fields and the dialog stays open with what was typed.
class RecordDialog : public QDialog {
    Q_OBJECT

signals:
    void saved(const QString &id);

protected:
    RecordDialog(const QString &objectName, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    FormErrors *errors() const { return m_errors; }

    // A row of the form, and under it the messages of the rule fields `ruleFields`, which put the
    // focus on `field`.
    void addField(const QString &label, QWidget *field, const QStringList &ruleFields);
    // The messages of `ruleFields` under the last row of the form.
    void addErrors(const QStringList &ruleFields, QWidget *focus);
    // Lays the dialog out: the form, `note` when given, the general messages and the buttons;
    // `width` pixels wide.
    void finishLayout(int width, QWidget *note = nullptr);
    // Adds (no id yet) or updates the record; when that is done, says `saved` and closes.
    void save(const QString &id, const std::function<Result<QString>()> &add, const std::function<Status()> &update);

private:
    QFormLayout *m_form;
    FormErrors *m_errors;
};
