#include "SettingsDialog.h"

#include "AccessibleNames.h"
#include "ApiKeyStore.h"
#include "RevoxClient.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace revox {

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_initial(values)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    AccessibleNames::install();
    auto *layout = new QVBoxLayout(this);

    auto *apiBox = new QGroupBox(tr("Revox API"), this);
    auto *apiForm = new QFormLayout(apiBox);
    apiForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_key = new QLineEdit(values.apiKey, apiBox);
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste your API key (leave empty for demo data)"));
    m_key->setMinimumWidth(340);
    QAction *reveal = m_key->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                       QLineEdit::TrailingPosition);
    reveal->setToolTip(tr("Show or hide the key"));
    connect(reveal, &QAction::triggered, this, [this] {
        m_key->setEchoMode(m_key->echoMode() == QLineEdit::Password ? QLineEdit::Normal
                                                                    : QLineEdit::Password);
    });
    auto *keyBox = new QWidget(apiBox);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->setSpacing(4);
    keyLayout->addWidget(m_key);
    auto *keyLabel = new QLabel(tr("API &key"), apiBox);
    keyLabel->setBuddy(m_key);
    apiForm->addRow(keyLabel, keyBox);

    m_keyNote = new QLabel(keyBox);
    m_keyNote->setWordWrap(true);
    m_keyNote->setTextFormat(Qt::PlainText);
    m_keyNote->setForegroundRole(QPalette::PlaceholderText);
    QString note;
    if (values.apiKeyFromEnvironment) {
        note = tr("The key currently comes from the REVOX_API_KEY environment variable, which "
                  "takes precedence over a stored key.");
    } else if (values.keychainAvailable) {
        note = tr("The key is stored in the system keychain.");
    } else {
        note = tr("No system keychain is available here, so the key is kept for this session "
                  "only, unless you choose to store it in a file readable only by you.");
    }
    m_keyNote->setText(note);
    keyLayout->addWidget(m_keyNote);

    m_allowFile = new QCheckBox(tr("Store the key in a private file (readable only by me) when "
                                   "no keychain is available"),
                                keyBox);
    m_allowFile->setObjectName(QStringLiteral("allowFileCheck"));
    m_allowFile->setChecked(values.allowPrivateFile);
    m_allowFile->setToolTip(ApiKeyStore::privateFilePath());
    keyLayout->addWidget(m_allowFile);

    m_baseUrl = new QLineEdit(values.baseUrl.toString(), apiBox);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://www.getrevox.com/api"));
    apiForm->addRow(tr("&Base URL"), m_baseUrl);
    m_urlProblem = new QLabel(apiBox);
    m_urlProblem->setTextFormat(Qt::PlainText);
    m_urlProblem->setWordWrap(true);
    QPalette warn = m_urlProblem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xd0, 0x47, 0x3f));
    m_urlProblem->setPalette(warn);
    apiForm->addRow(QString(), m_urlProblem);

    m_refresh = new QSpinBox(apiBox);
    m_refresh->setRange(1, 3600);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setValue(values.refreshSeconds);
    apiForm->addRow(tr("&Refresh every"), m_refresh);
    m_timeout = new QSpinBox(apiBox);
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(values.timeoutSeconds);
    m_timeout->setToolTip(tr("The longest wait for an answer or its next bytes. A whole answer "
                             "gets this long again for each MB it carries; a server slower "
                             "than that is given up on and asked again."));
    apiForm->addRow(tr("&Network timeout"), m_timeout);
    layout->addWidget(apiBox);

    auto *looksBox = new QGroupBox(tr("Appearance"), this);
    auto *looksForm = new QFormLayout(looksBox);
    m_theme = new QComboBox(looksBox);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), Theme::toString(Theme::Choice::System));
    m_theme->addItem(tr("Light"), Theme::toString(Theme::Choice::Light));
    m_theme->addItem(tr("Dark"), Theme::toString(Theme::Choice::Dark));
    m_theme->addItem(tr("High contrast"), Theme::toString(Theme::Choice::HighContrast));
    m_theme->setCurrentIndex(m_theme->findData(Theme::toString(values.theme)));
    looksForm->addRow(tr("&Theme"), m_theme);
    m_language = new QComboBox(looksBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), Language::toString(Language::Choice::System));
    m_language->addItem(QStringLiteral("English"), Language::toString(Language::Choice::English));
    m_language->addItem(QStringLiteral("Français"), Language::toString(Language::Choice::French));
    m_language->setCurrentIndex(m_language->findData(Language::toString(values.language)));
    m_language->setToolTip(tr("Takes effect the next time Revox Desk starts"));
    auto *languageNote = new QLabel(tr("Takes effect the next time Revox Desk starts."), looksBox);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto *languageBox = new QWidget(looksBox);
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->setSpacing(2);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(languageNote);
    auto *languageLabel = new QLabel(tr("&Language"), looksBox);
    languageLabel->setBuddy(m_language);
    looksForm->addRow(languageLabel, languageBox);
    layout->addWidget(looksBox);

    auto *notifyBox = new QGroupBox(tr("Desktop notifications"), this);
    auto *notifyLayout = new QVBoxLayout(notifyBox);
    m_notifyFinished = new QCheckBox(tr("When a campaign &finishes"), notifyBox);
    m_notifyFinished->setObjectName(QStringLiteral("notifyFinished"));
    m_notifyFinished->setChecked(values.notifyFinished);
    m_notifyPaused = new QCheckBox(tr("When a campaign is &paused"), notifyBox);
    m_notifyPaused->setObjectName(QStringLiteral("notifyPaused"));
    m_notifyPaused->setChecked(values.notifyPaused);
    m_notifyFailing = new QCheckBox(tr("When calls or the API are f&ailing"), notifyBox);
    m_notifyFailing->setObjectName(QStringLiteral("notifyFailing"));
    m_notifyFailing->setChecked(values.notifyFailing);
    for (QCheckBox *box : {m_notifyFinished, m_notifyPaused, m_notifyFailing}) {
        notifyLayout->addWidget(box);
    }
    auto *failingNote = new QLabel(tr("Failing: at least half of a campaign's last 20 call "
                                      "outcomes are failures, or 3 refreshes in a row got an "
                                      "error from the Revox API."),
                                   notifyBox);
    failingNote->setWordWrap(true);
    failingNote->setForegroundRole(QPalette::PlaceholderText);
    m_notifyFailing->setToolTip(failingNote->text());
    notifyLayout->addWidget(failingNote);
    layout->addWidget(notifyBox);

    auto *cacheBox = new QGroupBox(tr("Local cache"), this);
    auto *cacheLayout = new QHBoxLayout(cacheBox);
    m_cacheSize = new QLabel(tr("No local cache is kept for demo data."), cacheBox);
    m_cacheSize->setObjectName(QStringLiteral("cacheSize"));
    m_cacheSize->setWordWrap(true);
    m_clearCache = new QPushButton(tr("&Clear cache"), cacheBox);
    m_clearCache->setObjectName(QStringLiteral("clearCache"));
    m_clearCache->setEnabled(false);
    m_clearCache->setToolTip(tr("Deletes the campaigns and rows saved on this computer, for "
                                "every account. They are downloaded again when needed."));
    cacheLayout->addWidget(m_cacheSize, 1);
    cacheLayout->addWidget(m_clearCache);
    connect(m_clearCache, &QPushButton::clicked, this, [this] {
        m_clearCache->setEnabled(false);
        emit clearCacheRequested();
    });
    layout->addWidget(cacheBox);

    // Line the two groups' fields up on one edge.
    int labelWidth = 0;
    for (QFormLayout *form : {apiForm, looksForm}) {
        for (int r = 0; r < form->rowCount(); ++r) {
            if (QLayoutItem *item = form->itemAt(r, QFormLayout::LabelRole);
                item && item->widget()) {
                labelWidth = qMax(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QFormLayout *form : {apiForm, looksForm}) {
        for (int r = 0; r < form->rowCount(); ++r) {
            if (QLayoutItem *item = form->itemAt(r, QFormLayout::LabelRole);
                item && item->widget()) {
                item->widget()->setMinimumWidth(labelWidth);
            }
        }
    }
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
}

void SettingsDialog::setCacheSize(qint64 accountBytes, qint64 allBytes)
{
    const QLocale locale;
    const QString account = locale.formattedDataSize(accountBytes, 1);
    m_cacheSize->setText(
        allBytes > accountBytes
            ? tr("The campaigns and rows last seen, kept on this computer so that the app opens "
                 "at once and works offline: %1 for this account, %2 in all.")
                  .arg(account, locale.formattedDataSize(allBytes, 1))
            : tr("The campaigns and rows last seen, kept on this computer so that the app opens "
                 "at once and works offline: %1.")
                  .arg(account));
    m_clearCache->setEnabled(allBytes > 0);
}

QString SettingsDialog::baseUrlProblem() const
{
    const QString text = m_baseUrl->text().trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return tr("This is not a valid URL.");
    }
    if (const auto problem = RevoxClient::checkBaseUrl(url)) {
        return *problem;
    }
    return QString();
}

void SettingsDialog::validate()
{
    const QString problem = baseUrlProblem();
    m_urlProblem->setText(problem);
    m_urlProblem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v = m_initial;
    v.apiKey = m_key->text().trimmed();
    v.allowPrivateFile = m_allowFile->isChecked();
    v.baseUrl = QUrl(m_baseUrl->text().trimmed());
    v.refreshSeconds = m_refresh->value();
    v.timeoutSeconds = m_timeout->value();
    v.theme = Theme::fromString(m_theme->currentData().toString());
    v.language = Language::fromString(m_language->currentData().toString());
    v.notifyFinished = m_notifyFinished->isChecked();
    v.notifyPaused = m_notifyPaused->isChecked();
    v.notifyFailing = m_notifyFailing->isChecked();
    return v;
}

bool SettingsDialog::apiKeyChanged() const
{
    return m_key->text().trimmed() != m_initial.apiKey;
}

} // namespace revox
