#include "desktop/settings/settingsdialog.h"

#include "desktop/common/settings.h"
#include "desktop/common/theme.h"
#include "desktop/common/translations.h"
#include "desktop/common/wrapcheckbox.h"
#include "desktop/presentation/languages.h"
#include "desktop/settings/notificationspanel.h"
#include "desktop/settings/storagepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
QString languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.language() == QLocale::C ? code : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return languageListName(code, name);
}
} // namespace

SettingsDialog::SettingsDialog(store::Store &store, Settings &settings, const QString &dataDir,
                               QWidget *parent, PackImporter *importer)
    : QDialog(parent)
    , m_settings(settings)
    , m_uiLanguage(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_textSize(new QSlider(Qt::Horizontal, this))
    , m_textSizeValue(new QLabel(this))
    , m_highContrast(new QCheckBox(tr("High contrast"), this))
    , m_storage(new StoragePanel(store, dataDir, this, importer))
    , m_notifications(new NotificationsPanel(store, settings, this))
{
    setObjectName(u"SettingsDialog"_s);
    setWindowTitle(tr("Settings"));
    // The sections scroll; the Close button stays below them, on screen at any text size.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 12);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"SettingsScroll"_s);
    scroll->setAccessibleName(tr("Settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget(scroll);
    body->setObjectName(u"SettingsBody"_s);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 20, 24, 8);
    layout->setSpacing(18);

    // Language of the app (menus, buttons, messages); the content language is chosen in the
    // header for each page.
    m_uiLanguage->setAccessibleName(tr("Language of the app"));
    // Not as wide as its longest entry: the page never gets wider than the window.
    m_uiLanguage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_uiLanguage->setMinimumContentsLength(12);
    const QString system = Translations::systemLanguage();
    m_uiLanguage->addItem(tr("Like the system (%1)").arg(languageName(system)), QString());
    for (const QString &code : Translations::availableLanguages())
        m_uiLanguage->addItem(languageName(code), code);
    m_uiLanguage->setCurrentIndex(std::max(0, m_uiLanguage->findData(settings.uiLanguage())));
    m_languageNote->setObjectName(u"MutedLabel"_s);
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("Menus and messages use this language from the next start. The "
                               "language of the content is chosen above each page."));
    connect(m_uiLanguage, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setUiLanguage(m_uiLanguage->currentData().toString()); });
    auto *language = new QWidget(this);
    auto *languageLayout = new QVBoxLayout(language);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(m_uiLanguage);
    languageLayout->addWidget(m_languageNote);
    layout->addWidget(section(tr("Language of the app"), language));

    // Text size and contrast.
    m_textSize->setRange(Settings::MinTextScale / 25, Settings::MaxTextScale / 25);
    m_textSize->setPageStep(1);
    m_textSize->setTickPosition(QSlider::TicksBelow);
    m_textSize->setTickInterval(1);
    m_textSize->setValue(settings.textScale() / 25);
    m_textSize->setAccessibleName(tr("Text size"));
    const auto showSize = [this] {
        m_textSizeValue->setText(QLocale().toString(m_textSize->value() * 25) + u" %"_s);
        m_textSize->setAccessibleDescription(m_textSizeValue->text());
    };
    showSize();
    connect(m_textSize, &QSlider::valueChanged, this, [this, showSize](int value) {
        showSize();
        m_settings.setTextScale(value * 25);
        emit appearanceChanged();
    });
    m_highContrast->setChecked(settings.highContrast());
    connect(m_highContrast, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setHighContrast(on);
        emit appearanceChanged();
    });
    auto *look = new QWidget(this);
    auto *lookLayout = new QVBoxLayout(look);
    lookLayout->setContentsMargins(0, 0, 0, 0);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(new QLabel(tr("Text size"), look));
    sizeRow->addWidget(m_textSize, 1);
    m_textSizeValue->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(u"200 %"_s) + 8);
    sizeRow->addWidget(m_textSizeValue);
    lookLayout->addLayout(sizeRow);
    lookLayout->addWidget(m_highContrast);
    layout->addWidget(section(tr("Reading"), look));

    connect(m_notifications, &NotificationsPanel::changed, this,
            &SettingsDialog::notificationsChanged);
    layout->addWidget(section(tr("Notifications"), m_notifications));

    // Background updates of every saved town and language (BackgroundRefresher).
    auto *refresh = new QSpinBox(this);
    refresh->setObjectName(u"RefreshHours"_s);
    refresh->setRange(Settings::MinRefreshHours, Settings::MaxRefreshHours);
    refresh->setValue(settings.refreshHours());
    refresh->setSuffix(tr(" h"));
    refresh->setAccessibleName(tr("Update saved towns every"));
    connect(refresh, &QSpinBox::valueChanged, this, [this](int hours) {
        m_settings.setRefreshHours(hours);
        emit refreshIntervalChanged(m_settings.refreshHours());
    });
    auto *refreshRow = new QHBoxLayout;
    auto *refreshLabel = new QLabel(tr("Update saved towns every"), this);
    refreshLabel->setWordWrap(true);
    refreshRow->addWidget(refreshLabel, 1);
    refreshRow->addWidget(refresh);
    auto *shared = new WrapCheckBox(
        tr("This computer is shared (counseling): show End session in the window"), this);
    shared->setObjectName(u"SharedComputer"_s);
    shared->setChecked(settings.sharedComputer());
    connect(shared, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setSharedComputer(on); });
    layout->addWidget(section(tr("Shared computer"), sharedComputerBox(shared)));

    connect(m_storage, &StoragePanel::regionDeleted, this,
            [this](const QString &slug) { m_deleted.append(slug); });
    auto *saved = new QWidget(this);
    auto *savedLayout = new QVBoxLayout(saved);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    savedLayout->addLayout(refreshRow);
    savedLayout->addWidget(m_storage);
    layout->addWidget(section(tr("Saved content"), saved));
    layout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setContentsMargins(24, 0, 24, 0);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    outer->addWidget(buttons);
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    // As large as the sections want, but never larger than the screen it opens on.
    const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = shown ? shown->availableGeometry() : QRect(0, 0, 1280, 800);
    const auto *body = findChild<QWidget *>(u"SettingsBody"_s);
    const QSize wanted = body ? body->sizeHint() + QSize(32, 60) : sizeHint();
    const QSize fitted(std::min(std::max(wanted.width(), 520), available.width() * 9 / 10),
                       std::min(wanted.height(), available.height() * 9 / 10));
    setMinimumSize(std::min(360, fitted.width()), std::min(300, fitted.height()));
    resize(fitted);
    QDialog::showEvent(event);
}

QWidget *SettingsDialog::sharedComputerBox(QCheckBox *shared)
{
    // The automatic End session (IdleEnd): off by default, 5–60 minutes without use.
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(shared);
    auto *idleEnd = new WrapCheckBox(tr("End the session automatically when not in use"), box);
    idleEnd->setObjectName(u"IdleEnd"_s);
    auto *minutes = new QSpinBox(box);
    minutes->setObjectName(u"IdleEndMinutes"_s);
    minutes->setRange(Settings::MinIdleEndMinutes, Settings::MaxIdleEndMinutes);
    const int saved = m_settings.idleEndMinutes();
    idleEnd->setChecked(saved > 0);
    minutes->setValue(saved > 0 ? saved : Settings::DefaultIdleEndMinutes);
    auto update = [this, shared, idleEnd, minutes] {
        idleEnd->setEnabled(shared->isChecked());
        minutes->setEnabled(shared->isChecked() && idleEnd->isChecked());
        m_settings.setIdleEndMinutes(idleEnd->isChecked() ? minutes->value() : 0);
    };
    update();
    connect(shared, &QCheckBox::toggled, this, update);
    connect(idleEnd, &QCheckBox::toggled, this, update);
    connect(minutes, &QSpinBox::valueChanged, this, update);
    layout->addWidget(idleEnd);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(24, 0, 0, 0);
    // "[15] minutes without use": the number first, where a right-to-left row starts too.
    auto *after = new QLabel(tr("minutes without use"), box);
    after->setWordWrap(true);
    after->setBuddy(minutes);
    minutes->setAccessibleName(tr("Minutes without use before the session ends"));
    row->addWidget(minutes);
    row->addWidget(after, 1);
    layout->addLayout(row);
    auto *note = new QLabel(tr("Before it ends, a countdown asks whether someone is still there; "
                               "any key or mouse movement keeps the session. On a shared "
                               "computer the app also keeps no language, town, news read or "
                               "folder of a client."),
                            box);
    note->setObjectName(u"MutedLabel"_s);
    note->setWordWrap(true);
    layout->addWidget(note);
    return box;
}

QWidget *SettingsDialog::section(const QString &title, QWidget *content)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *heading = new QLabel(title, box);
    heading->setFont(Theme::current().font(Theme::FontRole::Heading));
    layout->addWidget(heading);
    layout->addWidget(content);
    return box;
}

} // namespace integreat::desktop
