#include "ImportPreviewDialog.h"

#include "ImportPreviewModel.h"
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

constexpr int rowsMeasuredAtMost = 2000;

QString formatText(const ImportFormat &format)
{
    QString separator = ImportPreviewDialog::tr("tab");
    if (format.separator != u'\t') {
        //: The separator character between quotation marks, as in "separator “;”".
        separator = ImportPreviewDialog::tr("“%1”", "separator").arg(format.separator);
    }
    QString text = format.hasHeader
        ? ImportPreviewDialog::tr("Read as %1, separator %2, columns named by the first line.")
              .arg(format.encoding, separator)
        : ImportPreviewDialog::tr("Read as %1, separator %2, columns in Cagette’s order (no header line).")
              .arg(format.encoding, separator);
    if (!format.ignoredColumns.isEmpty())
        text += u' ' + ImportPreviewDialog::tr("Columns left out: %1.").arg(format.ignoredColumns.join(u", "_s));
    return text;
}

}

ImportPreviewDialog::ImportPreviewDialog(const ImportFormat &format, ImportPreviewModel *model, Text text,
                                         Commit commit, QWidget *parent)
    : QDialog(parent),
      m_model(model),
      m_text(std::move(text)),
      m_commit(std::move(commit)),
      m_filter(new QTabBar(this)),
      m_table(new QTableView(this)),
      m_bottom(new QHBoxLayout)
{
    m_model->setParent(this);
    setWindowTitle(m_text.windowTitle);

    auto *title = new QLabel(m_text.title, this);
    title->setStyleSheet(u"font-size: 14pt; font-weight: 600;"_s);
    title->setWordWrap(true);
    auto *formatLabel = new QLabel(formatText(format), this);
    formatLabel->setObjectName(u"importFormat"_s);
    formatLabel->setWordWrap(true);

    const int creates = m_model->count(ImportRowKind::Create);
    const int matches = m_model->count(ImportRowKind::Match);
    const int errors = m_model->count(ImportRowKind::Error);
    auto *summary = new QLabel(tr("<b>%1</b> new · <b>%2</b> %3 · <b>%4</b> in error")
                                   .arg(creates)
                                   .arg(matches)
                                   .arg(m_text.matchedSummary)
                                   .arg(errors),
                               this);
    summary->setObjectName(u"importSummary"_s);

    m_filter->setObjectName(u"importFilter"_s);
    m_filter->setExpanding(false);
    m_filter->addTab(tr("All (%1)").arg(m_model->planRowCount()));
    m_filter->addTab(tr("New (%1)").arg(creates));
    m_filter->addTab(tr("%1 (%2)").arg(m_model->words().matched).arg(matches));
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
    // The details say why a row is refused: they wrap rather than being cut, the other
    // columns taking the width of what they show.
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(m_model->detailsColumn(), QHeaderView::Stretch);
    m_table->verticalHeader()->setMinimumSectionSize(m_table->verticalHeader()->defaultSectionSize());
    // Measuring every row's height lays out every row's text: beyond a few thousand rows (an
    // import of a whole file of members), rows keep one line and the details their tooltip.
    if (m_model->rowCount() <= rowsMeasuredAtMost)
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    if (!m_text.note.isEmpty()) {
        auto *note = new QLabel(m_text.note, this);
        note->setWordWrap(true);
        if (errors > 0)
            note->setStyleSheet(u"color: #8a1c1c;"_s);
        m_bottom->addWidget(note, 1);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"importCancel"_s);
    connect(m_import, &QPushButton::clicked, this, &ImportPreviewDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(formatLabel);
    layout->addWidget(summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_bottom);
    layout->addWidget(buttons);
    updateImportButton();
    m_import->setFocus();
}

void ImportPreviewDialog::offerMatchChoice(const QString &label)
{
    m_matches = new QComboBox(this);
    m_matches->setObjectName(u"importMatchAction"_s);
    m_matches->addItem(tr("fill in their empty fields from the file"), int(MatchAction::FillEmptyFields));
    m_matches->addItem(tr("leave them as they are"), int(MatchAction::Skip));
    m_matches->setEnabled(m_model->count(ImportRowKind::Match) > 0);
    connect(m_matches, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMatchAction(matchAction());
        updateImportButton();
    });
    auto *matchesLabel = new QLabel(label, this);
    matchesLabel->setBuddy(m_matches);
    m_bottom->insertWidget(0, matchesLabel);
    m_bottom->insertWidget(1, m_matches);
    // Without a note, the choice keeps to the left.
    if (m_bottom->count() == 2)
        m_bottom->addStretch();
}

MatchAction ImportPreviewDialog::matchAction() const
{
    return m_matches ? MatchAction(m_matches->currentData().toInt()) : MatchAction::FillEmptyFields;
}

void ImportPreviewDialog::updateImportButton()
{
    const int creates = m_model->count(ImportRowKind::Create);
    const int fills = matchAction() == MatchAction::FillEmptyFields ? m_model->fillingCount() : 0;
    m_import->setText(fills > 0 ? tr("Import: %1, %2 completed").arg(m_text.newRecords(creates)).arg(fills)
                                : tr("Import: %1").arg(m_text.newRecords(creates)));
    m_import->setEnabled(creates + fills > 0);
}

bool ImportPreviewDialog::import()
{
    QProgressDialog progress(m_text.progress, tr("Stop"), 0, m_model->planRowCount(), this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto step = [&](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = m_commit(matchAction(), step);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!summary) {
        DialogSeams::warning(this, windowTitle(), summary.error().message());
        return false;
    }
    QString text = tr("Import done: %1").arg(m_text.newRecords(summary->created));
    if (summary->filled > 0)
        text += tr(", %n completed", nullptr, summary->filled);
    if (summary->errors > 0)
        text += tr(", %n row(s) in error left out", nullptr, summary->errors);
    emit imported(text + u'.');
    accept();
    return true;
}
