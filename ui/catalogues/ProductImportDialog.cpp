#include "ProductImportDialog.h"

#include "i18n/DomainWords.h"
#include "import/ImportPreviewModel.h"
#include "services/ProductImport.h"
#include "widgets/DisplayText.h"

#include <QHeaderView>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

QString fieldNames(const QStringList &columns)
{
    QStringList shown;
    for (const QString &column : columns) {
        if (column == u"reference"_s)
            shown.append(ProductImportDialog::tr("reference"));
        else if (column == u"description"_s)
            shown.append(ProductImportDialog::tr("description"));
        else if (column == u"content_thousandths"_s)
            shown.append(ProductImportDialog::tr("content per unit"));
        else
            shown.append(column);
    }
    return shown.join(u", "_s);
}

ImportPreviewModel *previewModel(const ImportPlan<Product> &plan)
{
    // A row in error shows its line and reason only.
    const auto cells = [](const ImportRow<Product> &row) -> QStringList {
        if (row.kind == ImportRowKind::Error)
            return {};
        return {row.record.name, row.record.reference, DisplayText::price(row.record),
                DomainWords::soldBy(row.record)};
    };
    return new ImportPreviewModel({{ProductImportDialog::tr("Product")},
                                   {ProductImportDialog::tr("Reference")},
                                   {ProductImportDialog::tr("Price"), true},
                                   {ProductImportDialog::tr("Sold")}},
                                  {ProductImportDialog::tr("New product"), ProductImportDialog::tr("Already there"),
                                   &fieldNames},
                                  ImportPreviewModel::rowsOf(plan, cells));
}

ImportPreviewDialog::Text previewText(const QString &catalogueName, const QString &fileName)
{
    return {ProductImportDialog::tr("Import products"),
            ProductImportDialog::tr("Import products into “%1” from “%2”").arg(catalogueName, fileName),
            ProductImportDialog::tr("already there"),
            ProductImportDialog::tr("Prices of products already there are never changed by an import. Rows in "
                                    "error are left out; correct the file and import it again to add them."),
            ProductImportDialog::tr("Importing the products…"),
            [](int count) { return ProductImportDialog::tr("%n new product(s)", nullptr, count); }};
}

}

ProductImportDialog::ProductImportDialog(Store &store, const QString &catalogueId, const QString &catalogueName,
                                         ImportPlan<Product> plan, const QString &fileName, QWidget *parent)
    : ImportPreviewDialog(plan.format, previewModel(plan), previewText(catalogueName, fileName),
                          [this, store = &store, catalogueId](MatchAction, const ImportProgress &progress) {
                              return ProductImport(*store, catalogueId).commit(m_plan, progress);
                          },
                          parent),
      m_plan(std::move(plan))
{
    setObjectName(u"productImportDialog"_s);
    resize(980, 600);
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(table()->model()->columnCount() - 1, QHeaderView::Stretch);
}
