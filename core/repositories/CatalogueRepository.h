#pragma once

#include "domain/Catalogue.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class CatalogueRepository : public Repository<CatalogueRepository, Catalogue> {
    Q_DECLARE_TR_FUNCTIONS(CatalogueRepository)

public:
    explicit CatalogueRepository(Store &store);

    Result<QList<Catalogue>> list() const;
    Result<QList<Catalogue>> listForProducer(const QString &producerId) const;

    static QVariantMap toRow(const Catalogue &record);
    static Catalogue fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
