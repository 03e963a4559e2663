#pragma once

#include <QObject>
#include <QString>

namespace revox {

// Keeps the API key: in the system keychain (qtkeychain) when one exists, otherwise for
// this session only, or, when the user explicitly asks, in a file readable only by them.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Keychain, PrivateFile, Session };
    explicit ApiKeyStore(QObject *parent = nullptr);

    // Reads the key: keychain first, then the private file. Emits loaded() once.
    void load();
    // Stores key in the keychain; with allowFile, in the private file (0600) when no
    // keychain answers. Emits saved() once. The key stays available for the session.
    void save(const QString &key, bool allowFile);
    // Removes the key from the keychain and the file.
    void forget();

    QString key() const { return m_key; }
    Source source() const { return m_source; }
    // False once a keychain job reported that no keychain backend is available.
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }
    static QString privateFilePath();

signals:
    void loaded(const QString &key);
    void saved(bool persisted, const QString &message);

private:
    bool writePrivateFile(const QString &key, QString *error);
    QString readPrivateFile() const;

    QString m_key;
    Source m_source = Source::None;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
};

} // namespace revox
