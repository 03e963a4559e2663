#include "RevoxClient.h"

#include <QProcessEnvironment>

namespace revox {

ClientConfig ClientConfig::fromEnvironment()
{
    ClientConfig config;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString key = env.value(QStringLiteral("REVOX_API_KEY")).trimmed();
    if (!key.isEmpty())
        config.apiKey = key;
    const QString base = env.value(QStringLiteral("REVOX_BASE_URL")).trimmed();
    if (!base.isEmpty())
        config.baseUrl = QUrl(base, QUrl::StrictMode);
    return config;
}

} // namespace revox
