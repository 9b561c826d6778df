#include "DialogSeams.h"

#include <QFileDialog>
#include <QPushButton>

namespace DialogSeams {

namespace {
std::optional<QString> nextFileName;
std::optional<QMessageBox::StandardButton> nextAnswer;
QStringList *collectedWarnings = nullptr;

std::optional<QString> takeFileName()
{
    auto name = nextFileName;
    nextFileName.reset();
    return name;
}
}

QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (auto name = takeFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (auto name = takeFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, folder, filter);
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton choose(QWidget *parent, const QString &title, const QString &text,
                                   const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
                                   QMessageBox::StandardButton defaultButton)
{
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    for (const auto &[button, label] : buttons)
        box.addButton(button)->setText(label);
    box.setDefaultButton(defaultButton);
    box.exec();
    const auto chosen = box.standardButton(box.clickedButton());
    return chosen == QMessageBox::NoButton ? QMessageBox::Cancel : chosen;
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    if (collectedWarnings) {
        collectedWarnings->append(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

bool hasPendingAnswer()
{
    return nextAnswer.has_value();
}

void collectWarnings(QStringList *into)
{
    collectedWarnings = into;
}

}
