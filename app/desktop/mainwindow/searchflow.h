#pragma once

#include <QString>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class Navigator;

/// Search as you type in the header's field, in the history: the first letter opens a search
/// entry, further typing replaces it, clearing the field returns to where the search began in
/// the content language shown now, without a second history step.
class SearchFlow final
{
public:
    SearchFlow(Navigator &navigator, const store::Store &store);

    /// The field's text changed by the user.
    void edited(const QString &text);

private:
    void leave();

    Navigator &m_navigator;
    const store::Store &m_store;
};

} // namespace integreat::desktop
