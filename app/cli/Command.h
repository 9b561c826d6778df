#pragma once

#include <QStringList>
#include <functional>

class CliContext;

// One command of comptoir-cli: the words that name it ("member list"), a one-line summary
// (translated when shown: QT_TRANSLATE_NOOP("Commands", …)), and what runs it.
struct Command {
    enum class Needs {
        Nothing,       // works without a database (help)
        NewDatabase,   // creates its database (init, demo)
        Group,         // an existing database holding a group
    };

    QStringList words;
    const char *summary = nullptr;
    std::function<int(CliContext &)> run;
    Needs needs = Needs::Group;
    // Printing and PDF need a QGuiApplication (offscreen is enough); only these commands make one.
    bool needsGui = false;

    QString name() const { return words.join(u' '); }
};
