#pragma once

#include <QProxyStyle>

namespace integreat::desktop {

/// The app's style: Fusion, with one repair. Qt 6.4 draws a word-wrapped plain text (every
/// wrapping QLabel) in a right-to-left widget through qt_format_text, which moves
/// each line that ends in a space left by that space's width: Arabic, Farsi and Pashto
/// paragraphs had a ragged right edge (8 px at 200 % text). Such text is laid out here with
/// QTextLayout, whose own alignment puts every line at the edge; line breaks and line heights
/// are those of qt_format_text, so sizes computed for the text still fit. Everything else,
/// left-to-right text and text drawn with mnemonics (WrapCheckBox) or tabs, is drawn by Fusion.
class RtlTextStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RtlTextStyle)

public:
    RtlTextStyle();

    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
                      bool enabled, const QString &text,
                      QPalette::ColorRole textRole = QPalette::NoRole) const override;
};

} // namespace integreat::desktop
