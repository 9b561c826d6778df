#include "ProductImportDialog.h"

#include "ProductImportModel.h"
#include "services/ProductImport.h"
#include "widgets/DialogSeams.h"
#include "widgets/TableLook.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProductImportDialog::ProductImportDialog(Store &store, const QString &catalogueId, const QString &catalogueName,
                                         ImportPlan<Product> plan, const QString &fileName, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_catalogueId(catalogueId),
      m_plan(std::move(plan)),
      m_model(new ProductImportModel(m_plan, this)),
      m_filter(new QTabBar(this)),
      m_table(new QTableView(this)),
      m_import(nullptr)
{
    setObjectName(u"productImportDialog"_s);
    setWindowTitle(tr("Import products"));
    resize(980, 600);

    auto *title = new QLabel(tr("Import products into “%1” from “%2”").arg(catalogueName, fileName), this);
    title->setStyleSheet(u"font-size: 14pt; font-weight: 600;"_s);
    title->setWordWrap(true);
    const QString separator = m_plan.format.separator == u'\t' ? tr("tab") : u"“"_s + m_plan.format.separator + u"”"_s;
    QString format = m_plan.format.hasHeader
        ? tr("Read as %1, separator %2, columns named by the first line.").arg(m_plan.format.encoding, separator)
        : tr("Read as %1, separator %2, columns in Cagette’s order (no header line).").arg(m_plan.format.encoding, separator);
    if (!m_plan.format.ignoredColumns.isEmpty())
        format += u' ' + tr("Columns left out: %1.").arg(m_plan.format.ignoredColumns.join(u", "_s));
    auto *formatLabel = new QLabel(format, this);
    formatLabel->setObjectName(u"importFormat"_s);
    formatLabel->setWordWrap(true);

    const int creates = m_plan.count(ImportRowKind::Create);
    const int matches = m_plan.count(ImportRowKind::Match);
    const int errors = m_plan.count(ImportRowKind::Error);
    auto *summary = new QLabel(tr("<b>%1</b> new · <b>%2</b> already there · <b>%3</b> in error")
                                   .arg(creates)
                                   .arg(matches)
                                   .arg(errors),
                               this);
    summary->setObjectName(u"importSummary"_s);

    m_filter->setObjectName(u"importFilter"_s);
    m_filter->addTab(tr("All (%1)").arg(m_plan.rows.size()));
    m_filter->addTab(tr("New (%1)").arg(creates));
    m_filter->addTab(tr("Already there (%1)").arg(matches));
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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProductImportModel::Details, QHeaderView::Stretch);

    auto *note = new QLabel(tr("Prices of products already there are never changed by an import. Rows in error are "
                               "left out; correct the file and import it again to add them."),
                            this);
    note->setWordWrap(true);
    if (errors > 0)
        note->setStyleSheet(u"color: #8a1c1c;"_s);

    auto *buttons = new QDialogButtonBox(this);
    int fills = 0;
    for (const ImportRow<Product> &row : std::as_const(m_plan.rows))
        fills += row.kind == ImportRowKind::Match && !row.filledFields.isEmpty() ? 1 : 0;
    m_import = buttons->addButton(fills > 0 ? tr("Import: %n new product(s), %1 completed", nullptr, creates).arg(fills)
                                            : tr("Import: %n new product(s)", nullptr, creates),
                                  QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    m_import->setEnabled(creates + fills > 0);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"importCancel"_s);
    connect(m_import, &QPushButton::clicked, this, &ProductImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(formatLabel);
    layout->addWidget(summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_import->setFocus();
}

bool ProductImportDialog::import()
{
    QProgressDialog progress(tr("Importing the products…"), tr("Stop"), 0, int(m_plan.rows.size()), this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto step = [&](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = ProductImport(m_store, m_catalogueId).commit(m_plan, step);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!summary) {
        DialogSeams::warning(this, windowTitle(), summary.error().message());
        return false;
    }
    QString text = tr("Import done: %n new product(s)", nullptr, summary->created);
    if (summary->filled > 0)
        text += tr(", %n completed", nullptr, summary->filled);
    if (summary->errors > 0)
        text += tr(", %n row(s) in error left out", nullptr, summary->errors);
    emit imported(text + u'.');
    accept();
    return true;
}
