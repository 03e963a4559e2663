#include "FilterBar.h"

#include "ApiEnums.h"
#include "FlowLayout.h"
#include "HumanText.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace revox {

namespace {

// Where rows stand, in reading order: each row is in exactly one chip but "all", so the
// chips add up to the rows. Answered rows are split by result.
const char *const kChipOrder[] = {
    "all", "not_called", "in_progress",          "human",       "voicemail",
    "IVR", "unknown",    "ios-screening-filter", "not_reached", "skipped"};

QString chipToolTip(const QString &key)
{
    if (key == QLatin1String("all"))
        return FilterBar::tr("Every row");
    if (key == QLatin1String("not_called"))
        return FilterBar::tr("Rows not called yet");
    if (key == QLatin1String("in_progress"))
        return FilterBar::tr("Rows whose call is in progress");
    if (key == QLatin1String("not_reached"))
        return FilterBar::tr("Rows called without reaching anyone (see the dial error)");
    if (key == QLatin1String("skipped"))
        return FilterBar::tr("Rows skipped or cancelled before any call");
    return FilterBar::tr("Answered rows whose last answered call was: %1")
        .arg(HumanText::resultName(key));
}

QStringList callStatusWires()
{
    QStringList out;
    for (CallStatus s :
         {CallStatus::Initializing, CallStatus::QueuedForCalling, CallStatus::Calling,
          CallStatus::Scheduled, CallStatus::Completed, CallStatus::Cancelled, CallStatus::Errored,
          CallStatus::PostProcessing, CallStatus::NotLaunched, CallStatus::Paused}) {
        out << toWire(s);
    }
    return out;
}

QStringList dialErrorWires()
{
    QStringList out;
    for (DialError e : {DialError::NumberNonAttributed, DialError::TooManyCalls, DialError::Busy,
                        DialError::TemporarilyUnavailable, DialError::NoAnswer,
                        DialError::NoInternationalPermission, DialError::PreconditionFailed,
                        DialError::NonClassifiedError}) {
        out << toWire(e);
    }
    return out;
}

const QString kChipStyle = QStringLiteral(
    "QToolButton { border: 1px solid palette(mid); border-radius: 11px; padding: 2px 7px; }"
    "QToolButton:hover { border-color: palette(highlight); }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }"
    // The keyboard focus must show: a ring in the text colour, the size unchanged.
    "QToolButton:focus { border: 2px solid palette(text); padding: 1px 6px; }");

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 8, 4);
    outer->setSpacing(6);

    auto *chipsBox = new QWidget(this);
    auto *chipsRow = new FlowLayout(chipsBox, 4);
    m_chipGroup = new QButtonGroup(this);
    m_chipGroup->setExclusive(true);
    chipsBox->setAccessibleName(tr("Where the rows stand"));
    for (const char *key : kChipOrder) {
        const QString wire = QString::fromLatin1(key);
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip-") + wire);
        chip->setCheckable(true);
        chip->setStyleSheet(kChipStyle);
        chip->setToolTip(chipToolTip(wire));
        m_chipGroup->addButton(chip);
        m_chips.insert(wire, chip);
        chipsRow->addWidget(chip);
        connect(chip, &QToolButton::toggled, this, [this, wire](bool on) {
            if (on && !m_updating && m_state.result != wire) {
                m_state.result = wire;
                emitChange();
            }
        });
    }
    m_rowCount = new QLabel(this);
    m_rowCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rowCount->setObjectName(QStringLiteral("rowCountLabel"));
    QFont bold = m_rowCount->font();
    bold.setWeight(QFont::DemiBold);
    m_rowCount->setFont(bold);
    outer->addWidget(chipsBox);
    // The structured-output conditions in force, each removable (set from the outcomes).
    m_outputTags = new QWidget(this);
    m_outputTags->setObjectName(QStringLiteral("outputConditions"));
    m_outputTags->setAccessibleName(tr("Structured-output filters"));
    new FlowLayout(m_outputTags, 4);
    m_outputTags->hide();
    outer->addWidget(m_outputTags);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search rows (Ctrl+F)"));
    m_search->setToolTip(
        tr("Searches phone numbers, input data, ids and transcripts. Esc clears."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search rows"));
    QAction *searchIcon = m_search->addAction(
        style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    searchIcon->setText(tr("Search"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_updating) {
            m_debounce->stop();
            m_debounce->start(0); // clearing applies at once
        }
    });
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_state.text != m_search->text()) {
            m_state.text = m_search->text();
            m_state.textSearchesTranscripts = true;
            emitChange();
        }
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);

    m_statusButton = new QToolButton(this);
    m_statusButton->setObjectName(QStringLiteral("statusFilterButton"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Room for the menu arrow after the text (the style draws it over the last letter).
    m_statusButton->setStyleSheet(
        QStringLiteral("QToolButton { padding-right: 16px; }"
                       "QToolButton::menu-indicator { subcontrol-origin: padding;"
                       " subcontrol-position: center right; right: 4px; }"));
    m_statusButton->setToolTip(tr("Show only rows with these call statuses"));
    m_statusMenu = new QMenu(m_statusButton);
    m_statusMenu->setAccessibleName(tr("Call statuses"));
    QStringList statuses = callStatusWires();
    statuses << QStringLiteral("none");
    for (const QString &wire : std::as_const(statuses)) {
        QAction *a = m_statusMenu->addAction(
            wire == QLatin1String("none") ? tr("No call yet") : HumanText::statusName(wire));
        a->setCheckable(true);
        a->setData(wire);
        connect(a, &QAction::toggled, this, [this] {
            if (m_updating) {
                return;
            }
            QStringList selected;
            for (QAction *act : m_statusMenu->actions()) {
                if (act->isCheckable() && act->isChecked()) {
                    selected << act->data().toString();
                }
            }
            m_state.callStatuses = selected;
            updateStatusButton();
            emitChange();
        });
    }
    m_statusMenu->addSeparator();
    m_statusMenu->addAction(tr("Any status"), this, [this] {
        m_updating = true;
        for (QAction *act : m_statusMenu->actions()) {
            act->setChecked(false);
        }
        m_updating = false;
        if (!m_state.callStatuses.isEmpty()) {
            m_state.callStatuses.clear();
            updateStatusButton();
            emitChange();
        }
    });
    m_statusButton->setMenu(m_statusMenu);
    m_statusMenu->installEventFilter(this); // keeps the menu open while ticking statuses

    m_dialError = new QComboBox(this);
    m_dialError->setObjectName(QStringLiteral("dialErrorCombo"));
    m_dialError->setAccessibleName(tr("Dial error"));
    m_dialError->addItem(tr("Any dial error"), QString());
    for (const QString &wire : dialErrorWires()) {
        m_dialError->addItem(HumanText::statusName(wire), wire);
    }
    m_dialError->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dialError->setMinimumContentsLength(14);
    connect(m_dialError, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString wire = m_dialError->itemData(index).toString();
        if (!m_updating && wire != m_state.dialError) {
            m_state.dialError = wire;
            emitChange();
        }
    });

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every row again"));
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearFilters);

    // The search box gives way first: longer words (French) must not cut the others.
    for (QWidget *w : {static_cast<QWidget *>(m_statusButton), static_cast<QWidget *>(m_clear)}) {
        w->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    }
    row->addWidget(m_search, 1);
    row->addWidget(m_statusButton);
    row->addWidget(m_dialError);
    row->addWidget(m_clear);
    row->addSpacing(8);
    row->addWidget(m_rowCount);
    outer->addLayout(row);

    setState(RowsFilterState{});
    setRowCounts(0, 0);
}

void FilterBar::setState(const RowsFilterState &state)
{
    m_updating = true;
    m_state = state;
    if (m_state.result.isEmpty()) {
        m_state.result = QStringLiteral("all");
    }
    if (QToolButton *c = m_chips.value(m_state.result)) {
        c->setChecked(true);
    } else if (QToolButton *all = m_chips.value(QStringLiteral("all"))) {
        m_state.result = QStringLiteral("all"); // a value no chip shows (an older setting)
        all->setChecked(true);
    }
    for (QAction *a : m_statusMenu->actions()) {
        if (a->isCheckable()) {
            a->setChecked(m_state.callStatuses.contains(a->data().toString()));
        }
    }
    const int dial = m_dialError->findData(m_state.dialError);
    m_dialError->setCurrentIndex(dial >= 0 ? dial : 0);
    if (m_search->text() != m_state.text) {
        m_search->setText(m_state.text);
    }
    m_debounce->stop();
    m_updating = false;
    rebuildOutputTags();
    updateChipTexts();
    updateStatusButton();
    m_clear->setEnabled(!(m_state.result == QLatin1String("all") &&
                          m_state.callStatuses.isEmpty() && m_state.dialError.isEmpty() &&
                          m_state.text.isEmpty()));
}

void FilterBar::setCounts(const QHash<QString, int> &results, const QHash<QString, int> &statuses)
{
    m_resultCounts = results;
    m_statusCounts = statuses;
    updateChipTexts();
    updateStatusButton();
}

void FilterBar::setRowCounts(int shown, int total)
{
    const QLocale locale;
    m_rowCount->setText(tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(total)));
}

QString FilterBar::rowCountText() const
{
    return m_rowCount->text();
}

int FilterBar::chipCount(const QString &result) const
{
    return m_resultCounts.contains(result) ? m_resultCounts.value(result) : -1;
}

void FilterBar::updateChipTexts()
{
    const QLocale locale;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const QString name = HumanText::resultName(it.key());
        if (m_resultCounts.contains(it.key())) {
            const int count = m_resultCounts.value(it.key());
            it.value()->setText(QStringLiteral("%1  %2").arg(name, locale.toString(count)));
            it.value()->setAccessibleName(tr("%1, %Ln row(s)", nullptr, count).arg(name));
        } else {
            it.value()->setText(name);
            it.value()->setAccessibleName(name);
        }
    }
}

void FilterBar::updateStatusButton()
{
    for (QAction *a : m_statusMenu->actions()) {
        if (!a->isCheckable()) {
            continue;
        }
        const QString wire = a->data().toString();
        const QString name =
            wire == QLatin1String("none") ? tr("No call yet") : HumanText::statusName(wire);
        a->setText(m_statusCounts.contains(wire)
                       ? QStringLiteral("%1  (%2)")
                             .arg(name, QLocale().toString(m_statusCounts.value(wire)))
                       : name);
    }
    if (m_state.callStatuses.isEmpty()) {
        m_statusButton->setText(tr("Any status"));
    } else if (m_state.callStatuses.size() == 1) {
        m_statusButton->setText(
            tr("Status: %1").arg(HumanText::statusName(m_state.callStatuses.first())));
    } else {
        m_statusButton->setText(tr("%n statuses", nullptr, int(m_state.callStatuses.size())));
    }
}

void FilterBar::toggleOutputCondition(const OutputCondition &condition)
{
    const bool present = m_state.outputs.contains(condition);
    m_state.outputs.removeIf(
        [&condition](const OutputCondition &c) { return c.field == condition.field; });
    if (!present)
        m_state.outputs.append(condition);
    rebuildOutputTags();
    emitChange();
}

void FilterBar::rebuildOutputTags()
{
    QLayout *flow = m_outputTags->layout();
    while (QLayoutItem *item = flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const OutputCondition &condition : std::as_const(m_state.outputs)) {
        auto *tag = new QToolButton(m_outputTags);
        tag->setStyleSheet(kChipStyle);
        tag->setText(HumanText::outputCondition(condition) + QStringLiteral("  ✕"));
        tag->setToolTip(tr("Remove this filter"));
        tag->setAccessibleName(
            tr("Remove the filter %1").arg(HumanText::outputCondition(condition)));
        connect(tag, &QToolButton::clicked, this,
                [this, condition] { toggleOutputCondition(condition); });
        flow->addWidget(tag);
    }
    m_outputTags->setVisible(!m_state.outputs.isEmpty());
}

void FilterBar::emitChange()
{
    m_clear->setEnabled(!(m_state.result == QLatin1String("all") &&
                          m_state.callStatuses.isEmpty() && m_state.dialError.isEmpty() &&
                          m_state.text.isEmpty() && m_state.outputs.isEmpty()));
    emit filterChanged(m_state);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_statusMenu && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QAction *action = m_statusMenu->actionAt(mouse->position().toPoint());
        if (action && action->isCheckable()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearFilters()
{
    RowsFilterState cleared;
    cleared.sortColumn = m_state.sortColumn;
    cleared.sortDescending = m_state.sortDescending;
    cleared.textSearchesTranscripts = true;
    setState(cleared);
    emitChange();
}

} // namespace revox
