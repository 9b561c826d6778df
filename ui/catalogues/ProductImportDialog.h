#pragma once

#include "domain/Product.h"
#include "import/ImportPreviewDialog.h"

class Store;

// The preview of a product import into a catalogue (ImportPreviewDialog): each row's product,
// reference, price and how it is sold; the rows matching a product already there only fill in
// its empty fields.
class ProductImportDialog : public ImportPreviewDialog {
    Q_OBJECT

public:
    ProductImportDialog(Store &store, const QString &catalogueId, const QString &catalogueName,
                        ImportPlan<Product> plan, const QString &fileName, QWidget *parent = nullptr);

private:
    ImportPlan<Product> m_plan;
};
