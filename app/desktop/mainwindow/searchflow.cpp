#include "desktop/mainwindow/searchflow.h"

#include "desktop/pages/navigator.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/search/searchview.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace integreat::desktop {

SearchFlow::SearchFlow(Navigator &navigator, const store::Store &store, QLineEdit &field,
                       SearchView &results, QObject *parent)
    : QObject(parent)
    , m_navigator(navigator)
    , m_store(store)
    , m_field(field)
    , m_results(results)
{
    connect(&m_field, &QLineEdit::textEdited, this, &SearchFlow::edited);
    m_field.installEventFilter(this);
}

bool SearchFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_field || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Escape && !m_field.text().isEmpty()) {
        m_field.clear();
        edited({});
        return true;
    }
    if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) &&
        m_navigator.current().kind == Location::Kind::Search) {
        m_results.focusResults();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void SearchFlow::edited(const QString &text)
{
    const Location current = m_navigator.current();
    if (!current.isValid())
        return;
    if (text.trimmed().isEmpty()) {
        if (current.kind == Location::Kind::Search)
            leave();
        return;
    }
    const Location search = Location::search(current.region, current.language, text);
    if (current.kind == Location::Kind::Search)
        m_navigator.replace(search);
    else
        m_navigator.open(search);
}

void SearchFlow::leave()
{
    // Where the search began: the entry before the search entries (typing replaces, a language
    // switch adds one).
    const Location current = m_navigator.current();
    int index = m_navigator.index() - 1;
    while (index >= 0 && m_navigator.at(index).kind == Location::Kind::Search)
        --index;
    Location origin = index >= 0 ? m_navigator.at(index) : Location{};
    if (origin.region != current.region)
        origin = Location::dashboard(current.region, current.language);
    if (origin.language == current.language && index == m_navigator.index() - 1) {
        m_navigator.back();
        return;
    }
    if (origin.language != current.language) {
        // The same place in the language shown now: a page's translation, else its list or
        // the start page. The language stays as it is.
        const PageLookup lookup(m_store);
        const auto page = origin.kind == Location::Kind::Page
                              ? lookup.find(origin.region, origin.language, origin.path)
                              : std::nullopt;
        const QString path = page ? page->availableLanguages.value(current.language) : QString();
        const auto translated =
            path.isEmpty() ? std::nullopt : lookup.find(origin.region, current.language, path);
        origin = translated ? Location::page(origin.region, current.language, translated->path)
                            : origin.inLanguage(current.language);
        if (origin.kind == Location::Kind::Page && origin.path.isEmpty())
            origin = Location::dashboard(current.region, current.language);
    }
    m_navigator.replace(origin);
}

} // namespace integreat::desktop
