#include "KeychainSecretStore.h"

#include "core/security/SecurityLogging.h"
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define HRDESK_KEYCHAIN_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <sodium.h>

#include <memory>

namespace hrdesk::security {

namespace {

#ifdef HRDESK_KEYCHAIN_OVER_DBUS
constexpr bool RetryWhileBackendStarts = true;
#else
constexpr bool RetryWhileBackendStarts = false;
#endif
constexpr int RetryDelayMs = 500;

void wait(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// QtKeychain hands the secret out in a QByteArray; wipe the shared buffer before the job and
// our copy release it, so the key does not linger in freed heap memory.
void wipeShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
}

const char *operationName(int operation)
{
    switch (operation) {
    case 0: return "read";
    case 1: return "write";
    default: return "remove";
    }
}

// On Linux QtKeychain reports a missing session bus or a missing Secret Service/KWallet as
// OtherError ("Could not connect"), not NoBackendAvailable. Callers must see those as "no keychain"
// so they offer a passphrase, so look at the bus ourselves.
bool secretServiceUnreachable()
{
#ifdef HRDESK_KEYCHAIN_OVER_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return true;
    const QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface)
        return true;
    const QStringList activatable = busInterface->activatableServiceNames().value();
    for (const char *name : {"org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5", "org.kde.kwalletd"}) {
        const QString service = QString::fromLatin1(name);
        if (busInterface->isServiceRegistered(service).value() || activatable.contains(service))
            return false;
    }
    return true;
#else
    return false;
#endif
}

} // namespace

SecretStoreResult KeychainSecretStore::read(const QString &service, const QString &account)
{
    return run(Operation::Read, service, account, nullptr);
}

SecretStoreResult KeychainSecretStore::write(const QString &service, const QString &account,
                                             const SecretBytes &secret)
{
    return run(Operation::Write, service, account, &secret);
}

SecretStoreResult KeychainSecretStore::remove(const QString &service, const QString &account)
{
    return run(Operation::Remove, service, account, nullptr);
}

SecretStoreResult KeychainSecretStore::run(Operation operation, const QString &service,
                                           const QString &account, const SecretBytes *secret)
{
    int rawError = QKeychain::NoError;
    SecretStoreResult result = runOnce(operation, service, account, secret, &rawError);
    const bool backendMaybeStarting = rawError == QKeychain::NoBackendAvailable
                                      || rawError == QKeychain::OtherError;
    if (RetryWhileBackendStarts && !m_backendAnswered && backendMaybeStarting) {
        qCInfo(lcSecurity) << "Keychain not answering yet (error" << rawError << "), retrying once";
        wait(RetryDelayMs);
        result = runOnce(operation, service, account, secret, &rawError);
    }
    if (rawError == QKeychain::NoError || rawError == QKeychain::EntryNotFound)
        m_backendAnswered = true;
    return result;
}

SecretStoreResult KeychainSecretStore::runOnce(Operation operation, const QString &service,
                                               const QString &account, const SecretBytes *secret,
                                               int *rawError)
{
    std::unique_ptr<QKeychain::Job> job;
    QKeychain::WritePasswordJob *writeJob = nullptr;
    QKeychain::ReadPasswordJob *readJob = nullptr;
    switch (operation) {
    case Operation::Read:
        job.reset(readJob = new QKeychain::ReadPasswordJob(service));
        break;
    case Operation::Write:
        job.reset(writeJob = new QKeychain::WritePasswordJob(service));
        // fromRawData: the job reads our secure buffer instead of a heap copy; the buffer
        // outlives the job because we wait for it below.
        writeJob->setBinaryData(QByteArray::fromRawData(reinterpret_cast<const char *>(secret->data()),
                                                        secret->size()));
        break;
    case Operation::Remove:
        job.reset(new QKeychain::DeletePasswordJob(service));
        break;
    }
    // We own the job (unique_ptr); an auto-deleting job would be freed under our feet.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(account);

    QEventLoop loop;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();

    *rawError = job->error();
    if (job->error() != QKeychain::NoError) {
        qCInfo(lcSecurity) << "Keychain" << operationName(static_cast<int>(operation)) << "of" << account
                           << "failed with error" << job->error() << job->errorString();
        return mapError(job->error(), job->errorString(), account);
    }
    SecretStoreResult result;
    if (readJob) {
        const QByteArray bytes = readJob->binaryData();
        result.data = SecretBytes::copyOf(bytes);
        wipeShared(bytes);
    }
    return result;
}

SecretStoreResult KeychainSecretStore::mapError(int error, const QString &detail,
                                                const QString &account) const
{
    SecretStoreResult result;
    switch (error) {
    case QKeychain::EntryNotFound:
        result.error = SecretStoreResult::Error::NotFound;
        result.message = tr("The system keychain has no entry for %1.").arg(account);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.error = SecretStoreResult::Error::NoBackend;
        result.message = tr("No system keychain is available (%1).").arg(detail);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.error = SecretStoreResult::Error::NoBackend;
        result.message = tr("Access to the system keychain was denied or it is locked (%1).").arg(detail);
        break;
    case QKeychain::OtherError:
        if (secretServiceUnreachable()) {
            result.error = SecretStoreResult::Error::NoBackend;
            result.message = tr("No system keychain is running (%1).").arg(detail);
            break;
        }
        [[fallthrough]];
    default:
        result.error = SecretStoreResult::Error::Other;
        result.message = tr("The system keychain reported an error: %1").arg(detail);
        break;
    }
    return result;
}

} // namespace hrdesk::security
