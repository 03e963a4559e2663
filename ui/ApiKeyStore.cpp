#include "ApiKeyStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeyStore, "revox.ui.keystore")

namespace revox {

namespace {
const QString kService = QStringLiteral("revox-desk");
const QString kAccount = QStringLiteral("api-key");
} // namespace

ApiKeyStore::ApiKeyStore(QObject *parent)
    : QObject(parent)
{
}

QString ApiKeyStore::privateFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/api-key");
}

QString ApiKeyStore::readPrivateFile() const
{
    QFile file(privateFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther)) {
        qCWarning(lcKeyStore) << "ignoring the key file: it is readable by others"
                              << privateFilePath();
        return QString();
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool ApiKeyStore::writePrivateFile(const QString &key, QString *error)
{
    const QString path = privateFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(key.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

void ApiKeyStore::load()
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(kAccount);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
            m_key = job->textData();
            m_source = Source::Keychain;
        } else {
            if (job->error() == QKeychain::NoBackendAvailable ||
                job->error() == QKeychain::OtherError || job->error() == QKeychain::AccessDenied) {
                m_keychainAvailable = false;
                m_keychainProblem = job->errorString();
                qCInfo(lcKeyStore) << "no keychain:" << job->errorString();
            }
            const QString fromFile = readPrivateFile();
            if (!fromFile.isEmpty()) {
                m_key = fromFile;
                m_source = Source::PrivateFile;
            }
        }
        emit loaded(m_key);
    });
    job->start();
}

void ApiKeyStore::save(const QString &key, bool allowFile)
{
    m_key = key;
    m_source = key.isEmpty() ? Source::None : Source::Session;
    if (key.isEmpty()) {
        forget();
        emit saved(false, tr("The API key was removed."));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(kAccount);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, allowFile] {
        if (job->error() == QKeychain::NoError) {
            m_source = Source::Keychain;
            QFile::remove(privateFilePath());
            emit saved(true, tr("The API key is stored in the system keychain."));
            return;
        }
        m_keychainAvailable = false;
        m_keychainProblem = job->errorString();
        if (allowFile) {
            QString error;
            if (writePrivateFile(key, &error)) {
                m_source = Source::PrivateFile;
                emit saved(true, tr("No keychain is available; the API key is stored in %1, "
                                    "readable only by you.")
                                     .arg(privateFilePath()));
            } else {
                emit saved(false, tr("No keychain is available and %1 could not be written "
                                     "(%2); the key is kept for this session only.")
                                      .arg(privateFilePath(), error));
            }
            return;
        }
        emit saved(false, tr("No keychain is available (%1); the key is kept for this session "
                             "only.")
                              .arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::forget()
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(kAccount);
    job->start();
    QFile::remove(privateFilePath());
    m_key.clear();
    m_source = Source::None;
}

} // namespace revox
