#include "MemberImportDialog.h"

#include "MemberImportModel.h"
#include "services/MemberImport.h"
#include "widgets/DialogSeams.h"
#include "widgets/TableLook.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString separatorName(QChar separator)
{
    if (separator == u'\t')
        return MemberImportDialog::tr("tab");
    return u"“"_s + separator + u"”"_s;
}

}

MemberImportDialog::MemberImportDialog(Store &store, ImportPlan<Member> plan, const QString &fileName, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_plan(std::move(plan)),
      m_model(new MemberImportModel(m_plan, this)),
      m_filter(new QTabBar(this)),
      m_table(new QTableView(this)),
      m_matches(new QComboBox(this)),
      m_import(nullptr)
{
    setObjectName(u"memberImportDialog"_s);
    setWindowTitle(tr("Import members"));
    setModal(true);
    resize(1060, 640);

    auto *title = new QLabel(tr("Import members from “%1”").arg(fileName), this);
    title->setStyleSheet(u"font-size: 14pt; font-weight: 600;"_s);
    QString format = m_plan.format.hasHeader
        ? tr("Read as %1, separator %2, columns named by the first line.")
              .arg(m_plan.format.encoding, separatorName(m_plan.format.separator))
        : tr("Read as %1, separator %2, columns in Cagette’s order (no header line).")
              .arg(m_plan.format.encoding, separatorName(m_plan.format.separator));
    if (!m_plan.format.ignoredColumns.isEmpty())
        format += u' ' + tr("Columns left out: %1.").arg(m_plan.format.ignoredColumns.join(u", "_s));
    auto *formatLabel = new QLabel(format, this);
    formatLabel->setObjectName(u"importFormat"_s);
    formatLabel->setWordWrap(true);

    const int creates = m_plan.count(ImportRowKind::Create);
    const int matches = m_plan.count(ImportRowKind::Match);
    const int errors = m_plan.count(ImportRowKind::Error);
    auto *summary = new QLabel(tr("<b>%1</b> new · <b>%2</b> already recorded · <b>%3</b> in error")
                                   .arg(creates)
                                   .arg(matches)
                                   .arg(errors),
                               this);
    summary->setObjectName(u"importSummary"_s);

    m_filter->setObjectName(u"importFilter"_s);
    m_filter->setExpanding(false);
    m_filter->addTab(tr("All (%1)").arg(m_plan.rows.size()));
    m_filter->addTab(tr("New (%1)").arg(creates));
    m_filter->addTab(tr("Already recorded (%1)").arg(matches));
    m_filter->addTab(tr("Errors (%1)").arg(errors));
    connect(m_filter, &QTabBar::currentChanged, this, [this](int tab) {
        static const std::optional<ImportRowKind> kinds[] = {std::nullopt, ImportRowKind::Create,
                                                             ImportRowKind::Match, ImportRowKind::Error};
        m_model->showOnly(kinds[tab]);
    });

    m_table->setObjectName(u"importTable"_s);
    m_table->setModel(m_model);
    TableLook::apply(m_table);
    m_table->setAlternatingRowColors(false);
    m_table->horizontalHeader()->setSectionResizeMode(MemberImportModel::Details, QHeaderView::Stretch);
    m_table->setColumnWidth(MemberImportModel::Line, 46);
    m_table->setColumnWidth(MemberImportModel::Outcome, 130);
    m_table->setColumnWidth(MemberImportModel::Name, 160);
    m_table->setColumnWidth(MemberImportModel::Phone, 115);
    m_table->setColumnWidth(MemberImportModel::Email, 175);
    m_table->setColumnWidth(MemberImportModel::Town, 95);

    m_matches->setObjectName(u"importMatchAction"_s);
    m_matches->addItem(tr("fill in their empty fields from the file"), int(MatchAction::FillEmptyFields));
    m_matches->addItem(tr("leave them as they are"), int(MatchAction::Skip));
    m_matches->setEnabled(matches > 0);
    connect(m_matches, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMatchAction(matchAction());
        updateImportButton();
    });
    auto *matchesLabel = new QLabel(tr("Members already &recorded:"), this);
    matchesLabel->setBuddy(m_matches);
    auto *matchRow = new QHBoxLayout;
    matchRow->addWidget(matchesLabel);
    matchRow->addWidget(m_matches);
    matchRow->addStretch();
    if (errors > 0) {
        auto *errorNote = new QLabel(tr("Rows in error are left out; correct the file and import it again to add "
                                        "them (rows already imported will then be recognised)."),
                                     this);
        errorNote->setWordWrap(true);
        errorNote->setStyleSheet(u"color: #8a1c1c;"_s);
        matchRow->addWidget(errorNote, 1);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"importCancel"_s);
    connect(m_import, &QPushButton::clicked, this, &MemberImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(formatLabel);
    layout->addWidget(summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(matchRow);
    layout->addWidget(buttons);
    updateImportButton();
    m_import->setFocus();
}

MatchAction MemberImportDialog::matchAction() const
{
    return MatchAction(m_matches->currentData().toInt());
}

void MemberImportDialog::updateImportButton()
{
    const int creates = m_plan.count(ImportRowKind::Create);
    int fills = 0;
    if (matchAction() == MatchAction::FillEmptyFields) {
        for (const ImportRow<Member> &row : std::as_const(m_plan.rows))
            fills += row.kind == ImportRowKind::Match && !row.filledFields.isEmpty() ? 1 : 0;
    }
    m_import->setText(fills > 0 ? tr("Import: %n new member(s), %1 completed", nullptr, creates).arg(fills)
                                : tr("Import: %n new member(s)", nullptr, creates));
    m_import->setEnabled(creates + fills > 0);
}

bool MemberImportDialog::import()
{
    const int total = int(m_plan.rows.size());
    QProgressDialog progress(tr("Importing the members…"), tr("Stop"), 0, total, this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto step = [&](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = MemberImport(m_store).commit(m_plan, matchAction(), step);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!summary) {
        DialogSeams::warning(this, windowTitle(), summary.error().message());
        return false;
    }
    QString text = tr("Import done: %n new member(s)", nullptr, summary->created);
    if (summary->filled > 0)
        text += tr(", %n completed", nullptr, summary->filled);
    if (summary->errors > 0)
        text += tr(", %n row(s) in error left out", nullptr, summary->errors);
    emit imported(text + u'.');
    accept();
    return true;
}
