#include "desktop/common/theme.h"

#include "desktop/common/rtltextstyle.h"

#include <QApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
Theme &currentTheme()
{
    static Theme theme = Theme::make(false, 100);
    return theme;
}

QString css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}
} // namespace

Theme Theme::make(bool highContrast, int textScale)
{
    Theme t;
    t.highContrast = highContrast;
    t.textScale = textScale;
    if (highContrast) {
        t.window = QColor(0x00, 0x00, 0x00);
        t.surface = QColor(0x00, 0x00, 0x00);
        t.surfaceAlt = QColor(0x26, 0x26, 0x26);
        t.text = QColor(0xFF, 0xFF, 0xFF);
        t.textMuted = QColor(0xE6, 0xE6, 0xE6);
        t.border = QColor(0xFF, 0xFF, 0xFF);
        t.accent = QColor(0xFF, 0xE6, 0x00);
        t.accentText = QColor(0x00, 0x00, 0x00);
        t.brand = QColor(0xFF, 0xE6, 0x00);
        t.notice = QColor(0x1A, 0x1A, 0x1A);
        t.highlight = QColor(0xFF, 0xE6, 0x00);
    } else {
        t.window = QColor(0xF4, 0xF5, 0xF7);
        t.surface = QColor(0xFF, 0xFF, 0xFF);
        t.surfaceAlt = QColor(0xEE, 0xF1, 0xF4);
        t.text = QColor(0x1F, 0x29, 0x33);
        t.textMuted = QColor(0x4A, 0x55, 0x62);
        t.border = QColor(0xD9, 0xDE, 0xE4);
        t.accent = QColor(0x0A, 0x5E, 0x8C);
        t.accentText = QColor(0xFF, 0xFF, 0xFF);
        t.brand = QColor(0xFB, 0xDA, 0x16);
        t.notice = QColor(0xFF, 0xF6, 0xCC);
        t.highlight = QColor(0xFF, 0xE5, 0x8A);
    }
    return t;
}

QColor Theme::controlEdge() const
{
    // Fusion draws edges a shade darker than the window: invisible on black, 2.2:1 on light.
    return highContrast ? border : textMuted;
}

const Theme &Theme::current()
{
    return currentTheme();
}

qreal Theme::pointSize(FontRole role) const
{
    qreal base = 10.5;
    switch (role) {
    case FontRole::Body:
        base = 10.5;
        break;
    case FontRole::Small:
        base = 9.0;
        break;
    case FontRole::Button:
        base = 10.0;
        break;
    case FontRole::Heading:
        base = 13.0;
        break;
    case FontRole::Title:
        base = 19.0;
        break;
    case FontRole::RegionName:
        base = 15.0;
        break;
    }
    return base * textScale / 100.0;
}

QFont Theme::font(FontRole role) const
{
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize(role));
    font.setWeight(role == FontRole::Title || role == FontRole::RegionName ||
                           role == FontRole::Heading
                       ? QFont::DemiBold
                       : QFont::Normal);
    return font;
}

void Theme::apply(QApplication &app, const Theme &theme)
{
    currentTheme() = theme;
    QApplication::setStyle(new RtlTextStyle); // Fusion, right-to-left paragraphs repaired

    QPalette palette;
    palette.setColor(QPalette::Window, theme.window);
    palette.setColor(QPalette::WindowText, theme.text);
    palette.setColor(QPalette::Base, theme.surface);
    palette.setColor(QPalette::AlternateBase, theme.surfaceAlt);
    palette.setColor(QPalette::Text, theme.text);
    palette.setColor(QPalette::PlaceholderText, theme.textMuted);
    palette.setColor(QPalette::Button, theme.surface);
    palette.setColor(QPalette::ButtonText, theme.text);
    palette.setColor(QPalette::Highlight, theme.accent);
    palette.setColor(QPalette::HighlightedText, theme.accentText);
    palette.setColor(QPalette::Link, theme.accent);
    palette.setColor(QPalette::LinkVisited, theme.accent);
    palette.setColor(QPalette::ToolTipBase, theme.surface);
    palette.setColor(QPalette::ToolTipText, theme.text);
    palette.setColor(QPalette::Mid, theme.border);
    palette.setColor(QPalette::Disabled, QPalette::Text, theme.textMuted);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, theme.textMuted);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, theme.textMuted);
    QApplication::setPalette(palette);

    QFont font = QApplication::font();
    font.setPointSizeF(theme.pointSize(FontRole::Body));
    QApplication::setFont(font);
    app.setStyleSheet(theme.styleSheet());
}

QString Theme::styleSheet() const
{
    const int focusWidth = highContrast ? 3 : 2;
    QString sheet = uR"(
QWidget#HeaderBar { background: %surface%; border-bottom: 1px solid %border%; }
QWidget#ContentArea, QWidget#DashboardView, QScrollArea#DashboardScroll,
QWidget#DashboardCanvas, QWidget#SearchView { background: %window%; }
QWidget#NavigationBar { background: %window%; }
QTextBrowser#ContentBrowser { background: %surface%; border: %ffw%px solid transparent; padding: 0px; }
QTextBrowser#ContentBrowser:focus { border-color: %accent%; }
QListView#SearchResults { background: %window%; border: 1px solid transparent; padding: 2px; }
QListView#SearchResults:focus { border: %ffw%px solid %accent%; padding: 0px; }
QLineEdit#SearchField {
    background: %window%; border: 1px solid %border%; border-radius: 18px;
    padding: 6px 14px; min-height: 22px; color: %text%;
}
QLineEdit#SearchField:focus { border: %fw%px solid %accent%; background: %surface%; }
QToolButton { border: 1px solid transparent; border-radius: 8px; padding: 5px 8px;
              color: %text%; background: transparent; }
QToolButton:hover { background: %surfaceAlt%; }
QToolButton:pressed { background: %border%; }
QToolButton:focus { border: %fw%px solid %accent%; }
QToolButton:disabled { color: %muted%; }
QToolButton::menu-indicator { image: none; width: 0; }
QWidget#SectionBar QToolButton, QWidget#NewsFilter QToolButton { border-bottom: 3px solid transparent; border-radius: 0; }
QWidget#SectionBar QToolButton:checked, QWidget#NewsFilter QToolButton:checked { border-bottom: 3px solid %accent%; font-weight: 600; }
QPushButton { border: 1px solid %border%; border-radius: 8px; padding: 6px 14px;
              background: %surface%; color: %text%; }
QPushButton:hover { background: %surfaceAlt%; }
QPushButton:focus { border: %fw%px solid %accent%; }
QPushButton#PrimaryButton { background: %accent%; color: %accentText%; border-color: %accent%; }
QPushButton#PrimaryButton:focus { border: %fw%px solid %accentText%; }
QPushButton:disabled, QPushButton#PrimaryButton:disabled {
    background: %surfaceAlt%; color: %muted%; border: 1px dashed %border%; }
QWidget#NoticeBar { background: %notice%; border: 1px solid %border%; border-radius: 10px; }
QLabel#MutedLabel { color: %muted%; }
QLabel#OfflineBadge { color: %text%; background: %notice%; border-radius: 10px; padding: 2px 10px; }
QMenu { background: %surface%; border: 1px solid %border%; padding: 6px; menu-scrollable: 1; }
QMenu::item { padding: 6px 24px 6px 24px; border-radius: 6px; color: %text%; }
QMenu::item:selected { background: %accent%; color: %accentText%; }
QMenu::item:disabled { color: %muted%; }
QMenu::separator { height: 1px; background: %border%; margin: 4px 8px; }
QScrollArea { border: %ffw%px solid transparent; }
QScrollArea:focus { border-color: %accent%; }
QAbstractItemView, QTextEdit, QPlainTextEdit { border: 1px solid %edge%; padding: 2px; }
QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus { border: %ffw%px solid %accent%; padding: 0px; }
QLineEdit, QComboBox, QSpinBox { border: 1px solid %edge%; border-radius: 4px; padding: 3px 5px;
                                  background: %surface%; color: %text%; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: %ffw%px solid %accent%; padding: 1px 3px; }
QComboBox QAbstractItemView { color: %text%; background: %surface%;
                              selection-background-color: %accent%; selection-color: %accentText%; }
QCheckBox { color: %text%; spacing: 8px; border: %ffw%px solid transparent; border-radius: 4px; padding: 1px; }
QCheckBox:focus { border-color: %accent%; }
QCheckBox::indicator { width: 14px; height: 14px; border: 2px solid %edge%; border-radius: 4px;
                       background: %surface%; }
QCheckBox::indicator:checked { background: %accent%; border-color: %accent%; image: url(:/icons/%check%.svg); }
QCheckBox::indicator:disabled { border: 2px dashed %muted%; }
QCheckBox:disabled { color: %muted%; }
QSlider { border: %ffw%px solid transparent; border-radius: 4px; }
QSlider:focus { border-color: %accent%; }
QSlider::groove:horizontal { height: 6px; background: %surface%; border: 1px solid %edge%; border-radius: 4px; }
QSlider::sub-page:horizontal { background: %accent%; border-radius: 4px; }
QSlider::handle:horizontal { width: 16px; margin: -7px 0px; background: %accent%;
                             border: 2px solid %edge%; border-radius: 10px; }
QProgressBar { border: 1px solid %edge%; border-radius: 4px; background: %surface%; color: %text%;
               text-align: center; }
QProgressBar::chunk { background: %accent%; }
QToolButton#MapZoomButton { background: %surface%; color: %text%; border: 2px solid %edge%;
                            border-radius: 6px; padding: 0px; font-size: 18px; font-weight: bold; }
QToolButton#MapZoomButton:hover { background: %surfaceAlt%; }
QScrollBar:vertical { background: transparent; width: 12px; margin: 2px; }
QScrollBar::handle:vertical { background: %border%; border-radius: 4px; min-height: 32px; }
QScrollBar::handle:vertical:hover { background: %muted%; }
QScrollBar::add-line, QScrollBar::sub-line { height: 0; width: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }
)"_s;
    sheet.replace(u"%surfaceAlt%"_s, css(surfaceAlt))
        .replace(u"%surface%"_s, css(surface))
        .replace(u"%window%"_s, css(window))
        .replace(u"%border%"_s, css(border))
        .replace(u"%accentText%"_s, css(accentText))
        .replace(u"%accent%"_s, css(accent))
        .replace(u"%text%"_s, css(text))
        .replace(u"%muted%"_s, css(textMuted))
        .replace(u"%notice%"_s, css(notice))
        .replace(u"%fw%"_s, QString::number(focusWidth))
        // Fields, lists and check boxes: a 1 px edge that turns into a 3 px focus ring, so at
        // least 2 px change colour by ≥ 3:1 (WCAG 2.4.7 / 2.4.13).
        .replace(u"%ffw%"_s, QString::number(FieldFocusWidth))
        .replace(u"%edge%"_s, css(controlEdge()))
        .replace(u"%check%"_s, highContrast ? u"check-black"_s : u"check-white"_s);
    return sheet;
}

QString Theme::contentStyleSheet() const
{
    QString sheet = uR"(
body { color: %text%; }
h1 { font-size: %title%pt; font-weight: 600; margin-top: 4px; margin-bottom: 14px; }
h2 { font-size: %h2%pt; font-weight: 600; margin-top: 18px; margin-bottom: 8px; }
h3, h4, h5, h6 { font-size: %h3%pt; font-weight: 600; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 10px; line-height: 140%; }
li { margin-bottom: 4px; line-height: 140%; }
a { color: %accent%; text-decoration: underline; }
table.children { margin-top: 12px; }
td.childtitle { font-size: %h3%pt; font-weight: 600; }
td.childsub { color: %muted%; }
span.muted { color: %muted%; }
p.meta { color: %muted%; font-size: %small%pt; margin-bottom: 4px; }
p.sectionlabel { color: %muted%; font-size: %small%pt; font-weight: 600; margin-top: 18px; margin-bottom: 4px; }
span.match { background-color: %highlight%; }
)"_s;
    sheet.replace(u"%text%"_s, css(text))
        .replace(u"%accent%"_s, css(accent))
        .replace(u"%muted%"_s, css(textMuted))
        .replace(u"%highlight%"_s, css(highlight))
        .replace(u"%title%"_s, QString::number(pointSize(FontRole::Title), 'f', 1))
        .replace(u"%h2%"_s, QString::number(pointSize(FontRole::Heading) * 1.1, 'f', 1))
        .replace(u"%h3%"_s, QString::number(pointSize(FontRole::Heading), 'f', 1))
        .replace(u"%small%"_s, QString::number(pointSize(FontRole::Small), 'f', 1));
    return sheet;
}

} // namespace integreat::desktop
