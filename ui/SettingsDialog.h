#pragma once

#include "CampaignEvent.h"
#include "Language.h"
#include "Theme.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace revox {

// Edits the API key, base URL, refresh interval, network timeout and theme; validates before
// accepting.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString apiKey;
        bool apiKeyFromEnvironment = false;
        bool keychainAvailable = true;
        QString keychainProblem;
        bool allowPrivateFile = false;
        QUrl baseUrl;
        int refreshSeconds = 5;
        int timeoutSeconds = 60;
        Theme::Choice theme = Theme::Choice::System;
        Language::Choice language = Language::Choice::System;
        bool notifyFinished = true;
        bool notifyPaused = true;
        bool notifyFailing = true;
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);

    Values values() const;
    // Shows the local cache's size (bytes for this account, and in all); without a call
    // the dialog says the app keeps no cache (demo data, or it could not open one).
    void setCacheSize(qint64 accountBytes, qint64 allBytes);

signals:
    // The user asked to delete the local cache (every account's).
    void clearCacheRequested();

public:
    bool apiKeyChanged() const;
    // Why the base URL field cannot be used; empty when it is fine.
    QString baseUrlProblem() const;

private:
    void validate();

    Values m_initial;
    QLineEdit *m_key;
    QCheckBox *m_allowFile;
    QLabel *m_keyNote;
    QLineEdit *m_baseUrl;
    QLabel *m_urlProblem;
    QSpinBox *m_refresh;
    QSpinBox *m_timeout;
    QComboBox *m_theme;
    QComboBox *m_language;
    QCheckBox *m_notifyFinished;
    QCheckBox *m_notifyPaused;
    QCheckBox *m_notifyFailing;
    QLabel *m_cacheSize;
    QPushButton *m_clearCache;
    QDialogButtonBox *m_buttons;
};

} // namespace revox
