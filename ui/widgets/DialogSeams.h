#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <optional>
#include <utility>

class QWidget;

// The app's modal questions and file choosers behind one seam, so that tests can answer them
// in advance instead of blocking on a dialog (the next answer is used once, then cleared).
namespace DialogSeams {
QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);
void warning(QWidget *parent, const QString &title, const QString &text);
// A question whose buttons say what they do ("Validate", "Keep in progress"…): each is a
// standard button (for its role, and for the tests' answer) shown with its own text.
QMessageBox::StandardButton choose(QWidget *parent, const QString &title, const QString &text,
                                   const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
                                   QMessageBox::StandardButton defaultButton);

// Test hooks.
void setNextFileName(const QString &fileName);
void setNextAnswer(QMessageBox::StandardButton answer);
// Whether the answer set is still waiting for its question.
bool hasPendingAnswer();
// Warnings shown while set are collected here instead of on screen.
void collectWarnings(QStringList *into);
}
