#include "CataloguesView.h"

#include "ProductTableModel.h"
#include "common/PhoneNumber.h"
#include "services/CatalogueService.h"
#include "shell/Workspace.h"
#include "widgets/DisplayText.h"
#include "widgets/TableLook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
enum ItemKind { ProducerItem, CatalogueItem };
}

CataloguesView::CataloguesView(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_tree(new QTreeWidget(this)),
      m_details(new QLabel(this)),
      m_products(new QTableView(this)),
      m_model(new ProductTableModel(this))
{
    m_tree->setObjectName(u"catalogueTree"_s);
    m_tree->setHeaderLabel(tr("Producers and catalogues"));
    m_tree->setRootIsDecorated(true);

    m_details->setObjectName(u"catalogueDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);

    m_products->setObjectName(u"productTable"_s);
    m_products->setModel(m_model);
    TableLook::apply(m_products);
    m_products->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    m_products->horizontalHeader()->setSectionResizeMode(ProductTableModel::Unit, QHeaderView::ResizeToContents);
    m_products->horizontalHeader()->setSectionResizeMode(ProductTableModel::Price, QHeaderView::ResizeToContents);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_products, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 720});

    auto *header = new QLabel(tr("Catalogues"), this);
    header->setObjectName(u"areaTitle"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CataloguesView::showSelection);
    connect(&m_workspace, &Workspace::opened, this, &CataloguesView::reload);
    connect(&m_workspace, &Workspace::dataChanged, this, &CataloguesView::reload);
    reload();
}

void CataloguesView::reload()
{
    m_tree->clear();
    m_model->setProducts({});
    if (!m_workspace.isOpen())
        return;
    CatalogueService catalogues(m_workspace.store());
    auto producers = catalogues.producers();
    if (!producers)
        return;
    QTreeWidgetItem *first = nullptr;
    for (const Producer &producer : *producers) {
        auto *producerItem = new QTreeWidgetItem(m_tree, {producer.name});
        producerItem->setData(0, IdRole, producer.id);
        producerItem->setData(0, KindRole, ProducerItem);
        auto ofProducer = catalogues.cataloguesOf(producer.id);
        for (const Catalogue &catalogue : ofProducer ? *ofProducer : QList<Catalogue>()) {
            auto *catalogueItem = new QTreeWidgetItem(producerItem, {catalogue.name});
            catalogueItem->setData(0, IdRole, catalogue.id);
            catalogueItem->setData(0, KindRole, CatalogueItem);
            if (!first)
                first = catalogueItem;
        }
        producerItem->setExpanded(true);
    }
    if (first)
        m_tree->setCurrentItem(first);
}

void CataloguesView::showSelection()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !m_workspace.isOpen()) {
        m_details->clear();
        m_model->setProducts({});
        return;
    }
    CatalogueService catalogues(m_workspace.store());
    QString producerId = item->data(0, IdRole).toString();
    QString catalogueId;
    if (item->data(0, KindRole).toInt() == CatalogueItem) {
        catalogueId = producerId;
        producerId = item->parent()->data(0, IdRole).toString();
    } else if (item->childCount() > 0) {
        catalogueId = item->child(0)->data(0, IdRole).toString();
    }

    auto producer = catalogues.producer(producerId);
    QString html;
    if (producer) {
        html = u"<b>"_s + producer->name.toHtmlEscaped() + u"</b>"_s;
        QStringList contact;
        if (!producer->contactName.isEmpty())
            contact.append(producer->contactName.toHtmlEscaped());
        if (!producer->phone.isEmpty())
            contact.append(PhoneNumber::display(producer->phone));
        if (!producer->email.isEmpty())
            contact.append(producer->email.toHtmlEscaped());
        if (!contact.isEmpty())
            html += u" — "_s + contact.join(u" · "_s);
        html += u"<br>"_s + (producer->vatRegistered ? tr("Prices include VAT.")
                                                      : tr("VAT-exempt: “TVA non applicable, art. 293 B du CGI”."));
    }
    if (auto catalogue = catalogues.catalogue(catalogueId)) {
        html += u"<br>"_s
            + tr("Orders open %1 before at %2 and close %3 before the distribution.")
                  .arg(tr("%n day(s)", nullptr, catalogue->rule.opensDaysBefore),
                       DisplayText::time(catalogue->rule.opensAtTime),
                       tr("%n hour(s)", nullptr, catalogue->rule.closesHoursBefore));
    }
    m_details->setText(html);
    auto products = catalogueId.isEmpty() ? Result<QList<Product>>(QList<Product>()) : catalogues.products(catalogueId);
    m_model->setProducts(products ? std::move(products).value() : QList<Product>());
}
