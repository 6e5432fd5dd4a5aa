#include "desktop/firstrun/languagepage.h"

#include "core/content/bidi.h"
#include "desktop/common/theme.h"
#include "desktop/presentation/languages.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
const char *const CodeProperty = "languageCode";
}

LanguagePage::LanguagePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Which languages do you want to read?"), this))
    , m_intro(new QLabel(this))
    , m_notice(new QLabel(this))
{
    const Theme &theme = Theme::current();
    m_title->setFont(theme.font(Theme::FontRole::Title));
    m_title->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setStyleSheet(u"background: %1; color: %2; padding: 6px; border-radius: 4px"_s.arg(
        theme.notice.name(), theme.text.name()));
    m_notice->hide();

    auto *listHost = new QWidget(this);
    m_boxes = new QVBoxLayout(listHost);
    m_boxes->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(listHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Languages"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_notice);
    layout->addSpacing(8);
    layout->addWidget(scroll, 1);
}

QStringList LanguagePage::defaultLanguages(const model::Region &region, const QString &uiLanguage)
{
    QStringList offered;
    for (const model::Language &language : region.languages)
        offered << language.code;
    QStringList out;
    for (const QString &code : {uiLanguage, u"de"_s}) {
        if (offered.contains(code) && !out.contains(code))
            out << code;
    }
    if (out.isEmpty() && !offered.isEmpty())
        out << offered.constFirst();
    return out;
}

void LanguagePage::setRegion(const model::Region &region, const QStringList &preferred)
{
    m_intro->setText(tr("The local information of %1 is downloaded in the languages you choose, "
                        "so you can read it without internet. You can choose several and add "
                        "more later.")
                         .arg(region.name));
    qDeleteAll(m_checks);
    m_checks.clear();
    for (const model::Language &language : region.languages) {
        const QString name = language.nativeName.isEmpty() ? language.code : language.nativeName;
        auto *check = new QCheckBox(languageListName(language.code, language.nativeName));
        check->setProperty(CodeProperty, language.code);
        check->setChecked(preferred.contains(language.code));
        check->setAccessibleName(name);
        check->setAccessibleDescription(tr("Language code %1").arg(language.code));
        if (language.rightToLeft) {
            // The name reads right to left; the box keeps its place in the list.
            check->setText(
                content::bidi::isolated(check->text(), content::bidi::FirstStrongIsolate));
        }
        m_boxes->insertWidget(m_boxes->count() - 1, check);
        m_checks << check;
        connect(check, &QCheckBox::toggled, this, &LanguagePage::selectionChanged);
    }
    emit selectionChanged();
}

QStringList LanguagePage::languages() const
{
    QStringList out;
    for (const QCheckBox *check : m_checks) {
        if (check->isChecked())
            out << check->property(CodeProperty).toString();
    }
    return out;
}

void LanguagePage::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LanguagePage::focusFirst()
{
    if (!m_checks.isEmpty())
        m_checks.constFirst()->setFocus();
}

} // namespace integreat::desktop
