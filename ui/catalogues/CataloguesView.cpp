#include "CataloguesView.h"

#include "CatalogueDialog.h"
#include "ProducerDialog.h"
#include "ProductDialog.h"
#include "ProductImportDialog.h"
#include "ProductTableModel.h"
#include "common/PhoneNumber.h"
#include "services/CatalogueAccess.h"
#include "services/CatalogueService.h"
#include "services/ProductExport.h"
#include "services/ProductImport.h"
#include "widgets/AreaParts.h"
#include "widgets/DialogSeams.h"
#include "widgets/DisplayText.h"
#include "widgets/TableLook.h"
#include "widgets/UndoBar.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
constexpr int RetiredRole = Qt::UserRole + 2;
enum ItemKind { ProducerItem, CatalogueItem };

}

CataloguesView::CataloguesView(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_tree(new QTreeWidget(this)),
      m_details(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_showRetired(new QCheckBox(tr("Sho&w archived and inactive"), this)),
      m_products(new QTableView(this)),
      m_model(new ProductTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_undo(new UndoBar(this, u"catalogues"_s))
{
    m_newProducer = AreaParts::action(this, u"actionNewProducer"_s, tr("New p&roducer…"), {},
                                      &CataloguesView::newProducer);
    m_newCatalogue = AreaParts::action(this, u"actionNewCatalogue"_s, tr("New &catalogue…"),
                                       QKeySequence(u"Ctrl+Shift+K"_s), &CataloguesView::newCatalogue);
    m_newProduct = AreaParts::action(this, u"actionNewProduct"_s, tr("&New product…"), QKeySequence::New,
                                     &CataloguesView::newProduct);
    m_edit = AreaParts::action(this, u"actionEditCatalogueItem"_s, tr("C&hange…"), QKeySequence(Qt::Key_F2),
                               &CataloguesView::editSelected);
    m_editProduct = AreaParts::action(this, u"actionEditProduct"_s, tr("Change the product…"), {},
                                      &CataloguesView::editProduct);
    m_retire = AreaParts::action(this, u"actionRetire"_s, tr("Take out of &use"), QKeySequence::Delete,
                                 &CataloguesView::retireSelected);
    m_import = AreaParts::action(this, u"actionImportProducts"_s, tr("&Import products…"), QKeySequence(u"Ctrl+I"_s),
                                 &CataloguesView::importProducts);
    m_export = AreaParts::action(this, u"actionExportProducts"_s, tr("E&xport products…"),
                                 QKeySequence(u"Ctrl+Shift+E"_s), &CataloguesView::exportProducts);

    m_tree->setObjectName(u"catalogueTree"_s);
    m_tree->setHeaderLabel(tr("Producers and catalogues"));
    m_tree->setRootIsDecorated(true);
    m_showRetired->setObjectName(u"showRetired"_s);

    m_details->setObjectName(u"catalogueDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_search->setObjectName(u"productSearch"_s);
    m_search->setPlaceholderText(tr("Find a product by name or reference…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProductTableModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_products->setObjectName(u"productTable"_s);
    m_products->setModel(m_proxy);
    TableLook::apply(m_products);
    m_products->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_products->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_showRetired);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(AreaParts::button(m_newProducer, this));
    leftButtons->addWidget(AreaParts::button(m_newCatalogue, this));
    leftButtons->addStretch(1);
    leftLayout->addLayout(leftButtons);

    auto *productButtons = new QHBoxLayout;
    productButtons->addWidget(m_search, 1);
    productButtons->addWidget(AreaParts::button(m_newProduct, this));
    productButtons->addWidget(AreaParts::button(m_import, this));
    productButtons->addWidget(AreaParts::button(m_export, this));
    auto *detailsRow = new QVBoxLayout;
    detailsRow->addWidget(m_details);
    auto *detailsButtons = new QHBoxLayout;
    detailsButtons->addWidget(AreaParts::button(m_edit, this));
    detailsButtons->addWidget(AreaParts::button(m_retire, this));
    detailsButtons->addStretch(1);
    detailsRow->addLayout(detailsButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(detailsRow);
    rightLayout->addLayout(productButtons);
    rightLayout->addWidget(m_products, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 720});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(AreaParts::title(tr("Catalogues"), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_undo);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CataloguesView::showSelection);
    connect(m_tree, &QTreeWidget::itemActivated, this, &CataloguesView::editSelected);
    connect(m_products, &QTableView::activated, this, &CataloguesView::editProduct);
    connect(m_products->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CataloguesView::updateActions);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showRetired, &QCheckBox::toggled, this, &CataloguesView::reload);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // Change and Take out of use act on what was last chosen: a product or the tree's item.
        if (now == m_products || now == m_tree) {
            m_productsHaveFocus = now == m_products;
            updateActions();
        }
    });
    connect(&m_workspace, &Workspace::opened, this, &CataloguesView::reload);
    connect(&m_workspace, &Workspace::dataChanged, this, &CataloguesView::reload);
    reload();
}

void CataloguesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isAncestorOf(QApplication::focusWidget()))
        m_tree->setFocus(Qt::OtherFocusReason);
}

QList<QAction *> CataloguesView::menuActions() const
{
    return {m_newProducer, m_newCatalogue, m_newProduct, nullptr, m_edit, m_retire, nullptr, m_import, m_export};
}

QString CataloguesView::currentProducerId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    if (item->data(0, KindRole).toInt() == CatalogueItem)
        item = item->parent();
    return item->data(0, IdRole).toString();
}

QString CataloguesView::currentCatalogueId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    if (item->data(0, KindRole).toInt() == CatalogueItem)
        return item->data(0, IdRole).toString();
    // A producer shows their first catalogue's products.
    return item->childCount() > 0 ? item->child(0)->data(0, IdRole).toString() : QString();
}

QString CataloguesView::selectedProductId() const
{
    const QModelIndex index = m_proxy->mapToSource(m_products->currentIndex());
    const Product *product = m_model->productAt(index.row());
    return product ? product->id : QString();
}

void CataloguesView::select(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void CataloguesView::reload()
{
    const QString keep = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_workspace.isOpen()) {
        m_model->setProducts({});
        showSelection();
        return;
    }
    const bool retired = m_showRetired->isChecked();
    // A producer sees (core lists only theirs) and changes only their own producer and catalogues.
    auto access = CatalogueAccess::of(m_workspace.store());
    m_producerMode = access && access->isProducer();
    CatalogueService catalogues(m_workspace.store());
    auto producers = catalogues.producers(retired);
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    QTreeWidgetItem *first = nullptr;
    QTreeWidgetItem *kept = nullptr;
    for (const Producer &producer : producers ? *producers : QList<Producer>()) {
        auto *producerItem = new QTreeWidgetItem(m_tree, {producer.archived ? tr("%1 (archived)").arg(producer.name)
                                                                             : producer.name});
        producerItem->setData(0, IdRole, producer.id);
        producerItem->setData(0, KindRole, ProducerItem);
        producerItem->setData(0, RetiredRole, producer.archived);
        if (producer.archived)
            producerItem->setForeground(0, grey);
        if (producer.id == keep)
            kept = producerItem;
        auto ofProducer = catalogues.cataloguesOf(producer.id);
        for (const Catalogue &catalogue : ofProducer ? *ofProducer : QList<Catalogue>()) {
            if (!catalogue.active && !retired)
                continue;
            auto *catalogueItem = new QTreeWidgetItem(producerItem, {catalogue.active ? catalogue.name
                                                                                      : tr("%1 (inactive)").arg(catalogue.name)});
            catalogueItem->setData(0, IdRole, catalogue.id);
            catalogueItem->setData(0, KindRole, CatalogueItem);
            catalogueItem->setData(0, RetiredRole, !catalogue.active);
            if (!catalogue.active || producer.archived)
                catalogueItem->setForeground(0, grey);
            if (!first)
                first = catalogueItem;
            if (catalogue.id == keep)
                kept = catalogueItem;
        }
        producerItem->setExpanded(true);
    }
    m_tree->setCurrentItem(kept ? kept : first);
    showSelection();
}

void CataloguesView::showSelection()
{
    if (!m_workspace.isOpen() || !m_tree->currentItem()) {
        m_details->setText(m_workspace.isOpen() ? tr("No producer yet: create one, then their catalogue.") : QString());
        m_model->setProducts({});
        updateActions();
        return;
    }
    CatalogueService catalogues(m_workspace.store());
    auto producer = catalogues.producer(currentProducerId());
    QString html;
    if (producer) {
        html = u"<b style=\"font-size: 12pt\">"_s + producer->name.toHtmlEscaped() + u"</b>"_s;
        QStringList contact;
        if (!producer->contactName.isEmpty())
            contact.append(producer->contactName.toHtmlEscaped());
        if (!producer->phone.isEmpty())
            contact.append(PhoneNumber::display(producer->phone));
        if (!producer->email.isEmpty())
            contact.append(producer->email.toHtmlEscaped());
        if (!producer->siret.isEmpty())
            contact.append(tr("SIRET %1").arg(producer->siret));
        if (!contact.isEmpty())
            html += u"<br>"_s + contact.join(u" · "_s);
        html += u"<br>"_s + (producer->vatRegistered ? tr("Prices include VAT.")
                                                      : tr("VAT-exempt: “TVA non applicable, art. 293 B du CGI”."));
        if (producer->archived)
            html += u"<br><i>"_s + tr("Archived: no longer offered for new distributions.") + u"</i>"_s;
    }
    const QString catalogueId = currentCatalogueId();
    if (auto catalogue = catalogues.catalogue(catalogueId)) {
        html += u"<br><br><b>"_s + catalogue->name.toHtmlEscaped() + u"</b>"_s;
        if (!catalogue->active)
            html += u" <i>("_s + tr("inactive") + u")</i>"_s;
        html += u"<br>"_s
            + tr("Orders open %1 before the distribution, at %2, and close %3 before it.")
                  .arg(tr("%n day(s)", nullptr, catalogue->rule.opensDaysBefore),
                       DisplayText::time(catalogue->rule.opensAtTime),
                       tr("%n hour(s)", nullptr, catalogue->rule.closesHoursBefore));
    }
    m_details->setText(html);
    showProducts();
}

void CataloguesView::showProducts()
{
    const QString catalogueId = currentCatalogueId();
    const QString keep = selectedProductId();
    auto products = catalogueId.isEmpty() ? Result<QList<Product>>(QList<Product>())
                                          : CatalogueService(m_workspace.store()).products(catalogueId, true);
    QList<Product> shown;
    for (const Product &product : products ? *products : QList<Product>()) {
        if (product.active || m_showRetired->isChecked())
            shown.append(product);
    }
    m_model->setProducts(shown);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_model->productAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row())->id == keep)
            m_products->selectRow(row);
    }
    updateActions();
}

void CataloguesView::updateActions()
{
    const bool open = m_workspace.isOpen();
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool onProduct = m_productsHaveFocus && !selectedProductId().isEmpty();
    const bool onProducer = !onProduct && item && item->data(0, KindRole).toInt() == ProducerItem;
    AreaParts::allowOrSayWhy(m_newProducer, open && !m_producerMode,
                             m_producerMode ? tr("Only a coordinator can add a producer to the group.") : QString());
    m_newCatalogue->setEnabled(open && item);
    m_newProduct->setEnabled(open && !currentCatalogueId().isEmpty());
    m_import->setEnabled(open && !currentCatalogueId().isEmpty());
    m_export->setEnabled(open && !currentCatalogueId().isEmpty());
    m_edit->setEnabled(open && (item || onProduct));
    m_editProduct->setEnabled(open && !selectedProductId().isEmpty());
    AreaParts::allowOrSayWhy(m_retire, open && (item || onProduct) && !(m_producerMode && onProducer),
                             m_producerMode && onProducer ? tr("Only a coordinator can archive or restore a producer.")
                                                          : QString());
    bool retired = false;
    QString what;
    if (onProduct) {
        const Product *product = m_model->productAt(m_proxy->mapToSource(m_products->currentIndex()).row());
        retired = product && !product->active;
        what = retired ? tr("Put the product back on &offer") : tr("Take the product off &offer");
    } else if (item && item->data(0, KindRole).toInt() == ProducerItem) {
        retired = item->data(0, RetiredRole).toBool();
        what = retired ? tr("Bring the producer &back") : tr("&Archive the producer");
    } else {
        retired = item && item->data(0, RetiredRole).toBool();
        what = retired ? tr("Make the catalogue &active") : tr("Make the catalogue in&active");
    }
    m_retire->setText(what);
    m_edit->setText(onProduct ? tr("C&hange the product…")
                              : item && item->data(0, KindRole).toInt() == ProducerItem ? tr("C&hange the producer…")
                                                                                       : tr("C&hange the catalogue…"));
}

void CataloguesView::changed(const QString &selectId)
{
    emit m_workspace.dataChanged();
    if (!selectId.isEmpty())
        select(selectId);
}

void CataloguesView::newProducer()
{
    auto *dialog = new ProducerDialog(m_workspace.store(), Producer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProducerDialog::saved, this, [this](const QString &id) {
        changed(id);
        m_undo->tell(tr("Producer created; now create their catalogue."));
    });
    dialog->open();
}

void CataloguesView::newCatalogue()
{
    Catalogue catalogue;
    catalogue.producerId = currentProducerId();
    auto *dialog = new CatalogueDialog(m_workspace.store(), catalogue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CatalogueDialog::saved, this, &CataloguesView::changed);
    dialog->open();
}

void CataloguesView::newProduct()
{
    if (currentCatalogueId().isEmpty())
        return;
    Product product;
    product.catalogueId = currentCatalogueId();
    auto *dialog = new ProductDialog(m_workspace.store(), product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::saved, this, [this](const QString &) { changed({}); });
    dialog->open();
}

void CataloguesView::editSelected()
{
    if (m_productsHaveFocus && !selectedProductId().isEmpty()) {
        editProduct();
        return;
    }
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    CatalogueService catalogues(m_workspace.store());
    if (item->data(0, KindRole).toInt() == ProducerItem) {
        auto producer = catalogues.producer(item->data(0, IdRole).toString());
        if (!producer)
            return;
        auto *dialog = new ProducerDialog(m_workspace.store(), *producer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ProducerDialog::saved, this, &CataloguesView::changed);
        dialog->open();
    } else {
        auto catalogue = catalogues.catalogue(item->data(0, IdRole).toString());
        if (!catalogue)
            return;
        auto *dialog = new CatalogueDialog(m_workspace.store(), *catalogue, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CatalogueDialog::saved, this, &CataloguesView::changed);
        dialog->open();
    }
}

void CataloguesView::editProduct()
{
    auto product = CatalogueService(m_workspace.store()).product(selectedProductId());
    if (!product)
        return;
    auto *dialog = new ProductDialog(m_workspace.store(), *product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::saved, this, [this](const QString &) { changed({}); });
    dialog->open();
}

void CataloguesView::retireSelected()
{
    CatalogueService catalogues(m_workspace.store());
    std::function<Status(bool)> apply;
    QString name;
    bool retire = true;
    QString id;
    if (m_productsHaveFocus && !selectedProductId().isEmpty()) {
        auto product = catalogues.product(selectedProductId());
        if (!product)
            return;
        id = product->id;
        name = product->name;
        retire = product->active;
        apply = [this, id](bool active) { return CatalogueService(m_workspace.store()).setProductActive(id, active); };
    } else if (const QTreeWidgetItem *item = m_tree->currentItem()) {
        id = item->data(0, IdRole).toString();
        retire = !item->data(0, RetiredRole).toBool();
        if (item->data(0, KindRole).toInt() == ProducerItem) {
            const auto producer = catalogues.producer(id);
            name = producer ? producer->name : QString();
            apply = [this, id](bool active) {
                return CatalogueService(m_workspace.store()).setProducerArchived(id, !active);
            };
        } else {
            const auto catalogue = catalogues.catalogue(id);
            name = catalogue ? catalogue->name : QString();
            apply = [this, id](bool active) {
                return CatalogueService(m_workspace.store()).setCatalogueActive(id, active);
            };
        }
    }
    if (!apply)
        return;
    if (Status done = apply(!retire); !done) {
        DialogSeams::warning(this, tr("Catalogues"), done.error().message());
        return;
    }
    // Something taken out of use stays in view, greyed, so that it can be put back at once.
    if (retire && !m_showRetired->isChecked()) {
        const QSignalBlocker blocker(m_showRetired);
        m_showRetired->setChecked(true);
    }
    changed(id);
    if (!retire) {
        m_undo->tell(tr("“%1” is in use again.").arg(name));
        return;
    }
    m_undo->offer(tr("“%1” is out of use: no longer offered for new distributions.").arg(name), [this, apply, id, name] {
        if (Status undone = apply(true); !undone) {
            DialogSeams::warning(this, tr("Catalogues"), undone.error().message());
            return;
        }
        changed(id);
        m_undo->tell(tr("“%1” is in use again.").arg(name));
    });
}

void CataloguesView::importProducts()
{
    const QString catalogueId = currentCatalogueId();
    auto catalogue = CatalogueService(m_workspace.store()).catalogue(catalogueId);
    if (!catalogue)
        return;
    const QString path = DialogSeams::openFileName(this, tr("Import products into “%1”").arg(catalogue->name), QString(),
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = ProductImport(m_workspace.store(), catalogueId).planFile(path);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        DialogSeams::warning(this, tr("Import products"), plan.error().message());
        return;
    }
    auto *dialog = new ProductImportDialog(m_workspace.store(), catalogueId, catalogue->name, std::move(plan).value(),
                                           QFileInfo(path).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductImportDialog::imported, this, [this](const QString &summary) {
        changed({});
        m_undo->tell(summary);
    });
    dialog->open();
}

void CataloguesView::exportProducts()
{
    const QString catalogueId = currentCatalogueId();
    auto catalogue = CatalogueService(m_workspace.store()).catalogue(catalogueId);
    if (!catalogue)
        return;
    QString path = DialogSeams::saveFileName(this, tr("Export the products of “%1”").arg(catalogue->name),
                                             catalogue->name + u".csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = ProductExport(m_workspace.store()).write(catalogueId, path, m_showRetired->isChecked());
    if (!written) {
        DialogSeams::warning(this, tr("Export products"), written.error().message());
        return;
    }
    m_undo->tell(tr("%n product(s) written to %1, in Cagette’s layout.", nullptr, *written).arg(QFileInfo(path).fileName()));
}
