#include "desktop/news/newslistmodel.h"

#include "desktop/events/eventitemdelegate.h"
#include "desktop/news/newshtml.h"
#include "desktop/presentation/datetext.h"

#include <QCoreApplication>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

constexpr qsizetype ExcerptLength = 200;

QString plainExcerpt(const QString &text)
{
    return text.simplified().left(ExcerptLength);
}

} // namespace

bool NewsListModel::isLocal(const model::NewsItem &item)
{
    return item.source.isEmpty() || item.source == u"local"_s;
}

void NewsListModel::setNews(const QList<model::NewsItem> &items, const QList<bool> &isNew,
                            const QLocale &locale)
{
    beginResetModel();
    m_items.clear();
    m_meta.clear();
    m_items.reserve(items.size());
    m_locale = locale;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const model::NewsItem &news = items.at(i);
        Item item{news.id, news.title, news.source, news.shownDate(), {}, {}, isNew.value(i)};
        // A local item is plain text: cut now. An external one is HTML: made plain text when
        // its row is first laid out.
        if (isLocal(news))
            item.excerpt = plainExcerpt(news.content);
        else
            item.html = news.content;
        m_items.append(std::move(item));
    }
    endResetModel();
}

QString NewsListModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : QString();
}

QString NewsListModel::titleAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).title : QString();
}

int NewsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

const QString &NewsListModel::excerptAt(int row) const
{
    Item &item = m_items[row];
    if (!item.html.isEmpty()) {
        item.excerpt = plainExcerpt(QTextDocumentFragment::fromHtml(item.html).toPlainText());
        item.html.clear();
    }
    return item.excerpt;
}

const QStringList &NewsListModel::metaAt(int row) const
{
    auto it = m_meta.constFind(row);
    if (it != m_meta.constEnd())
        return *it;
    const Item &item = m_items.at(row);
    QStringList meta;
    if (item.isNew) // the translation context of the view the words were first written in
        meta << QCoreApplication::translate("integreat::desktop::NewsView", "● New");
    meta << DateText::date(item.date.toLocalTime().date(), DateText::localeFor(m_locale.name()))
         << NewsHtml::sourceLabel(item.source);
    return *m_meta.insert(row, meta);
}

QVariant NewsListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return m_items.at(row).title;
    case IdRole:
        return m_items.at(row).id;
    case EventItemDelegate::DateRole:
        return metaAt(row).join(u" · "_s);
    case EventItemDelegate::MoreDatesRole:
        return excerptAt(row);
    case EventItemDelegate::HasMoreRole: // the row's height, without parsing an external item
        return !m_items.at(row).excerpt.isEmpty() || !m_items.at(row).html.isEmpty();
    case Qt::AccessibleTextRole:
        return QStringList{m_items.at(row).title, metaAt(row).join(u", "_s), excerptAt(row)}.join(
            u", "_s);
    default:
        return {};
    }
}

} // namespace integreat::desktop
