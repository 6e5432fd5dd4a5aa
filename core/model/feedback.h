#pragma once

#include "core/model/contentkey.h"

#include <QString>
#include <optional>

namespace integreat::model {

/// Feedback on one item of a town, as the CMS's feedback API takes it (api.md §3.11): a thumb
/// up or down and/or a comment about a page, event, place, the imprint or a search. It holds no
/// contact data: the app never asks for any.
struct Feedback
{
    /// What the feedback is about; kindName() is the last part of the endpoint's path.
    enum class Kind
    {
        Page,    ///< "page" with the page's slug
        Event,   ///< "event" with the event's slug
        Place,   ///< "poi" with the place's slug
        Imprint, ///< "imprint-page"
        Search,  ///< "search" with the query searched for
    };
    enum class Rating
    {
        None,
        Up,
        Down,
    };

    ContentKey key;
    Kind kind = Kind::Page;
    QString slug;  ///< Page, Event, Place: the item's slug (the last part of its path)
    QString query; ///< Search: what was searched for
    Rating rating = Rating::None;
    QString comment;

    /// A rating or a comment, and what the kind needs (a slug or a query).
    bool isComplete() const
    {
        if (!key.isValid() || (rating == Rating::None && comment.trimmed().isEmpty()))
            return false;
        switch (kind) {
        case Kind::Page:
        case Kind::Event:
        case Kind::Place:
            return !slug.isEmpty();
        case Kind::Search:
            return !query.trimmed().isEmpty();
        case Kind::Imprint:
            return true;
        }
        return false;
    }

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Page:
            return QStringLiteral("page");
        case Kind::Event:
            return QStringLiteral("event");
        case Kind::Place:
            return QStringLiteral("poi");
        case Kind::Imprint:
            return QStringLiteral("imprint-page");
        case Kind::Search:
            return QStringLiteral("search");
        }
        return {};
    }
    static std::optional<Kind> kindFromName(const QString &name)
    {
        for (Kind kind : {Kind::Page, Kind::Event, Kind::Place, Kind::Imprint, Kind::Search}) {
            if (kindName(kind) == name)
                return kind;
        }
        return std::nullopt;
    }
    /// "up", "down" or "" (none).
    static QString ratingName(Rating rating)
    {
        return rating == Rating::Up     ? QStringLiteral("up")
               : rating == Rating::Down ? QStringLiteral("down")
                                        : QString();
    }
    static Rating ratingFromName(const QString &name)
    {
        return name == QLatin1String("up")     ? Rating::Up
               : name == QLatin1String("down") ? Rating::Down
                                               : Rating::None;
    }
    /// The slug of an item's path: its last part ("/augsburg/de/willkommen/anmeldung/" ->
    /// "anmeldung").
    static QString slugOfPath(const QString &path)
    {
        QStringView view(path);
        while (view.endsWith(u'/'))
            view.chop(1);
        return view.mid(view.lastIndexOf(u'/') + 1).toString();
    }
};

} // namespace integreat::model
