#pragma once

#include "textgen.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace integreat::bench {

/// Size of the synthetic region. The defaults are "metropolis".
struct MetropolisSize
{
    int languages = 10; ///< de, en, ar, fa, uk, ru, tr, fr, ps, ku (first N)
    int pagesPerLanguage = 2500;
    int pageBytes = 4000; ///< HTML per page, roughly
    int events = 400;
    int places = 1500;
    int categories = 12;
    int images = 1000;
    int imageBytes = 50 * 1024;
    int news = 200;

    MetropolisSize scaled(double factor) const;
};

/// A synthetic large region in the exact API v3 shapes, generated deterministically by our own
/// code: the routes a loopback server answers (API path + query -> JSON body) and the images.
class Metropolis final
{
public:
    static constexpr char16_t Slug[] = u"metropolis";

    /// `server` is where the loopback server runs: media URLs in the content point there.
    Metropolis(const QUrl &server, const MetropolisSize &size = {});

    const MetropolisSize &size() const { return m_size; }
    QStringList languageCodes() const { return m_languages; }
    /// API routes: "/api/v3/…/" (+ query) -> JSON.
    const QHash<QString, QByteArray> &jsonRoutes() const { return m_json; }
    /// Image routes: "/media/metropolis/img-N.png" -> bytes (each served with an ETag).
    const QHash<QString, QByteArray> &imageRoutes() const { return m_images; }
    qint64 jsonBytes() const;
    qint64 imageBytes() const;

    /// Changes `fraction` of the pages of every language (title, content, last_updated) and
    /// returns the pages routes with their new bodies plus how many pages changed in all.
    QHash<QString, QByteArray> changePages(double fraction, int *changed) const;

    /// Fixed search queries in Latin, Arabic and Cyrillic script, as (language, query).
    QList<QPair<QString, QString>> queries() const;

private:
    void generateRegions();
    void generatePages(int languageIndex);
    void generateEvents(int languageIndex);
    void generatePlaces(int languageIndex);
    void generateNews(int languageIndex);

    QString media(const QString &name) const;
    TextGenerator &text(int languageIndex);

    QUrl m_server;
    MetropolisSize m_size;
    QList<TextGenerator> m_text;
    QStringList m_languages;
    QHash<QString, QByteArray> m_json;
    QHash<QString, QByteArray> m_images;
};

} // namespace integreat::bench
