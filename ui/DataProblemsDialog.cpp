#include "DataProblemsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace revox {

DataProblemsDialog::DataProblemsDialog(const ParseProblemLog &problems, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Problems in the server's answers"));
    setObjectName(QStringLiteral("dataProblemsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The server sent values this app could not read, or pages of rows that did not add "
           "up. Everything that arrived is shown; a value that could not be read is shown as "
           "empty or unknown. Each problem is listed once."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QTreeWidget(this);
    list->setAccessibleName(tr("Problems"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Problem"), tr("Times"), tr("First seen at")});
    for (const ParseProblemLog::Entry &e : problems.entries()) {
        auto *item =
            new QTreeWidgetItem(list, {e.kind, QLocale().toString(e.count), e.examplePath});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [text = asText(problems)] { QApplication::clipboard()->setText(text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

QString DataProblemsDialog::asText(const ParseProblemLog &problems)
{
    QStringList lines;
    for (const ParseProblemLog::Entry &e : problems.entries())
        lines.append(
            tr("%1 (%n times, first at %2)", nullptr, int(std::min<qint64>(e.count, INT_MAX)))
                .arg(e.kind, e.examplePath));
    return lines.join(QLatin1Char('\n'));
}

} // namespace revox
