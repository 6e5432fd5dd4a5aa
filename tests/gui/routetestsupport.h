#pragma once

namespace integreat::testing {

struct GuiFixture;

/// Adds one local news item (local-7, "Sprechstunde im Rathaus") to augsburg/de, keeping the
/// synced pages, events and places.
void storeLocalNews(GuiFixture &f);
/// Adds `count` upcoming one-hour events (a long list) to augsburg/de, keeping the rest.
void storeManyEvents(GuiFixture &f, int count);

} // namespace integreat::testing

#include "desktop/presentation/location.h"

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<integreat::desktop::Location>
{
    static std::string convert(const integreat::desktop::Location &location)
    {
        return location.toString().toStdString();
    }
};
} // namespace Catch
