#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace revox {

// A non-blocking strip above the content: the API is unreachable or the key was refused,
// the data shown is the last good copy, and how old it is.
class StatusBanner : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Warning, Error, Info };
    explicit StatusBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = QString());
    QString text() const;

signals:
    void actionTriggered();
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTextColor();

    QLabel *m_text = nullptr;
    QPushButton *m_action;
    Kind m_kind = Kind::Warning;
};

} // namespace revox
