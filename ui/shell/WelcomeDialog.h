#pragma once

#include <QDialog>

// The first start: open the demo group, create one's own group, or open a database file.
class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { None, OpenDemo, CreateGroup, OpenFile };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
};
