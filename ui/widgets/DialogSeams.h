#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

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

// Test hooks.
void setNextFileName(const QString &fileName);
void setNextAnswer(QMessageBox::StandardButton answer);
// Warnings shown while set are collected here instead of on screen.
void collectWarnings(QStringList *into);
}
