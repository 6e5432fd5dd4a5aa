#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QTextDocument;
class QTextEdit;

namespace integreat::desktop {

/// Scrolls two texts together section by section: the sections start at the headings (h1–h6),
/// so that where one side shows the third heading and a bit below, the other side shows its
/// third heading and as far into that section. Either side leads.
class ScrollSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollSync)

public:
    explicit ScrollSync(QObject *parent = nullptr);
    ~ScrollSync() override;

    /// Follows `left` and `right` (either may be null: nothing is synchronized).
    void setPair(QTextEdit *left, QTextEdit *right);

    /// Where the sections of `document` start, in document coordinates: 0, then each heading.
    static QList<qreal> sectionStarts(const QTextDocument &document);
    /// The scroll value in the `to` text showing the same section and share of it as `value`
    /// in the `from` text.
    static int follow(const QList<qreal> &from, qreal fromHeight, int value, const QList<qreal> &to,
                      qreal toHeight, int toMaximum);

private:
    void sync(QTextEdit *from, QTextEdit *to);

    QPointer<QTextEdit> m_left;
    QPointer<QTextEdit> m_right;
    QList<QMetaObject::Connection> m_connections;
    bool m_syncing = false;
};

} // namespace integreat::desktop
