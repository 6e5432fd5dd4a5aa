#pragma once

#include <QObject>
#include <QString>

class QLineEdit;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class Navigator;
class SearchView;

/// Search as you type in the header's field, in the history: the first letter opens a search
/// entry, further typing replaces it, clearing the field (or Escape) returns to where the
/// search began in the content language shown now, without a second history step. Down and
/// Return move into the results.
class SearchFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchFlow)

public:
    SearchFlow(Navigator &navigator, const store::Store &store, QLineEdit &field,
               SearchView &results, QObject *parent = nullptr);

    /// The field's text changed by the user.
    void edited(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void leave();

    Navigator &m_navigator;
    const store::Store &m_store;
    QLineEdit &m_field;
    SearchView &m_results;
};

} // namespace integreat::desktop
