#pragma once

#include "domain/Producer.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class ProducerRepository : public Repository<ProducerRepository, Producer> {
    Q_DECLARE_TR_FUNCTIONS(ProducerRepository)

public:
    explicit ProducerRepository(Store &store);

    Result<QList<Producer>> list(bool includeArchived = false) const;

    static QVariantMap toRow(const Producer &record);
    static Producer fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
