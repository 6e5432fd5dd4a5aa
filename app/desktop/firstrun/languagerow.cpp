#include "desktop/firstrun/languagerow.h"

#include "desktop/common/theme.h"
#include "desktop/presentation/languages.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
/// A red that keeps 4.5:1 on the theme's surface (light or high contrast).
QColor failureColor()
{
    return Theme::current().highContrast ? QColor(0xFF, 0x9E, 0x9E) : QColor(0xB0, 0x1E, 0x1E);
}
} // namespace

LanguageRow::LanguageRow(const model::Language &language, QWidget *parent)
    : QWidget(parent)
    , m_code(language.code)
    , m_name(language.nativeName.isEmpty() ? language.code : language.nativeName)
    , m_nameLabel(new QLabel(languageListName(language.code, language.nativeName), this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    m_nameLabel->setFont(Theme::current().font(Theme::FontRole::Heading));
    m_nameLabel->setMinimumWidth(120);
    alignName();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setAutoDefault(false);
    m_retry->setAccessibleName(tr("Retry %1").arg(m_name));
    m_retry->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_nameLabel, 0, Qt::AlignTop);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryClicked(m_code); });
    setWaiting();
}

void LanguageRow::alignName()
{
    // Every name keeps to the start of its column, whatever its script (QLabel would align a
    // plain Arabic text to the right in a left-to-right layout on its own).
    m_nameLabel->setAlignment((isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) |
                              Qt::AlignAbsolute | Qt::AlignTop);
}

void LanguageRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        alignName();
    QWidget::changeEvent(event);
}

void LanguageRow::setStatus(const QString &text, const QColor &color)
{
    m_status->setText(text);
    m_status->setStyleSheet(color.isValid() ? u"color: %1"_s.arg(color.name()) : QString());
    setAccessibleName(u"%1: %2"_s.arg(m_name, text));
}

void LanguageRow::setWaiting()
{
    m_state = State::Waiting;
    m_error.clear();
    m_retry->hide();
    setStatus(tr("Waiting"), Theme::current().textMuted);
}

void LanguageRow::setRunning(const QString &what)
{
    m_state = State::Running;
    m_error.clear();
    m_retry->hide();
    setStatus(what, {});
}

void LanguageRow::setFinished()
{
    if (m_state == State::Running)
        setStatus(tr("Finished"), Theme::current().textMuted);
}

void LanguageRow::setDone(const sync::LanguageOutcome &outcome)
{
    m_state = State::Done;
    m_error.clear();
    m_retry->hide();
    Q_UNUSED(outcome);
    setStatus(tr("✓ Ready to read offline"), {});
}

void LanguageRow::setFailed(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    m_retry->show();
    setStatus(tr("Not downloaded: %1").arg(error), failureColor());
}

} // namespace integreat::desktop
