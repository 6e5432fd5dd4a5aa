#pragma once

#include <QList>
#include <QString>
#include <QToolButton>

namespace integreat::desktop {

/// The content language menu in the header: the region's languages by their own names
/// (العربية, Deutsch…), the current one checked, those not downloaded yet marked.
class LanguageButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageButton)

public:
    struct Entry
    {
        QString code;
        QString nativeName;
        bool stored = false;
    };

    explicit LanguageButton(QWidget *parent = nullptr);

    void setLanguages(const QList<Entry> &languages, const QString &current);
    QString current() const { return m_current; }
    QList<Entry> languages() const { return m_languages; }

signals:
    void languageChosen(const QString &code);

private:
    QList<Entry> m_languages;
    QString m_current;
};

} // namespace integreat::desktop
