#pragma once

#include <QString>

namespace hrdesk::staff {

// Metadata of a file kept inside the database (the bytes are in document_content).
struct StoredDocument
{
    QString id;
    QString ownerType; // 'employee' | 'labour_contract' | 'customer' | 'sales_contract'
    QString ownerId;
    QString category;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    qint64 version = 0;
    QString updatedAt;
};

} // namespace hrdesk::staff
