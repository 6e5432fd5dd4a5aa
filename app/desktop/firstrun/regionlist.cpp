#include "desktop/firstrun/regionlist.h"

#include "core/content/regionfilter.h"
#include "desktop/common/theme.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

constexpr int MaxAliasesShown = 3; // like the official app

/// "A".."Z" from the name without prefix (accents dropped); "#" for anything else.
QString groupLetter(const model::Region &region)
{
    const QString name = content::normalizeRegionText(
        region.nameWithoutPrefix.isEmpty() ? region.name : region.nameWithoutPrefix);
    if (!name.isEmpty() && name.at(0).isLetter())
        return name.left(1).toUpper();
    return u"#"_s;
}

/// The aliases the query matched when the name itself did not match it.
QStringList matchedAliases(const model::Region &region, const QString &query)
{
    QStringList out;
    if (content::regionWords(query).isEmpty())
        return out;
    model::Region nameOnly = region;
    nameOnly.aliases.clear();
    if (content::regionMatches(nameOnly, query))
        return out;
    for (const model::RegionAlias &alias : region.aliases) {
        model::Region probe;
        probe.name = alias.name;
        if (content::regionMatches(probe, query) && out.size() < MaxAliasesShown)
            out << alias.name;
    }
    return out;
}

} // namespace

RegionList::RegionList(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setAccessibleName(tr("Regions"));
    setStyleSheet(u"QListWidget::item { padding: 5px 8px; }"_s);
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (item && !item->data(HeaderRole).toBool())
            emit regionActivated(item->data(SlugRole).toString());
    });
}

void RegionList::showRegions(const QList<model::Region> &matches,
                             const QList<model::Region> &nearby, const QString &query)
{
    const QString previous = currentSlug();
    clear();
    m_regionCount = 0;
    if (!nearby.isEmpty()) {
        addHeader(tr("Nearby"), tr("Regions near you"));
        for (const model::Region &region : nearby)
            addRegion(region, {});
    }
    QString letter;
    for (const model::Region &region : matches) {
        const QString group = groupLetter(region);
        if (group != letter) {
            letter = group;
            addHeader(letter, tr("Regions starting with %1").arg(letter));
        }
        addRegion(region, query);
    }
    if (!previous.isEmpty()) {
        for (int row = 0; row < count(); ++row) {
            if (item(row)->data(SlugRole).toString() == previous) {
                setCurrentRow(row);
                return;
            }
        }
    }
}

void RegionList::addHeader(const QString &text, const QString &accessibleText)
{
    const Theme &theme = Theme::current();
    auto *header = new QListWidgetItem(text, this);
    header->setFlags(Qt::ItemIsEnabled); // not selectable
    header->setData(HeaderRole, true);
    header->setData(Qt::AccessibleTextRole, accessibleText);
    header->setFont(theme.font(Theme::FontRole::Heading));
    header->setForeground(theme.textMuted);
    header->setBackground(theme.surfaceAlt);
}

void RegionList::addRegion(const model::Region &region, const QString &query)
{
    QString text = region.name;
    const QStringList aliases = matchedAliases(region, query);
    if (!aliases.isEmpty())
        text =
            tr("%1 (%2)", "region name (matching aliases)").arg(region.name, aliases.join(u", "_s));
    auto *row = new QListWidgetItem(text, this);
    row->setData(SlugRole, region.slug);
    row->setData(HeaderRole, false);
    if (!region.aliases.isEmpty()) {
        QStringList all;
        for (const model::RegionAlias &alias : region.aliases)
            all << alias.name;
        row->setToolTip(tr("Also for: %1").arg(all.join(u", "_s)));
    }
    ++m_regionCount;
}

bool RegionList::isHeaderRow(int row) const
{
    const QListWidgetItem *it = item(row);
    return it && it->data(HeaderRole).toBool();
}

QString RegionList::currentSlug() const
{
    const QListWidgetItem *it = currentItem();
    if (!it || it->data(HeaderRole).toBool() || !it->isSelected())
        return {};
    return it->data(SlugRole).toString();
}

bool RegionList::selectFirstRegion()
{
    for (int row = 0; row < count(); ++row) {
        if (!isHeaderRow(row)) {
            setCurrentRow(row);
            scrollToTop();
            return true;
        }
    }
    return false;
}

QModelIndex RegionList::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    QModelIndex next = QListWidget::moveCursor(action, modifiers);
    const bool down = action == MoveDown || action == MoveNext || action == MovePageDown ||
                      action == MoveEnd || action == MoveRight;
    int row = next.row();
    while (row >= 0 && row < count() && isHeaderRow(row))
        row += down ? 1 : -1;
    if (row < 0 || row >= count()) {
        // Past a header at either end: stay where we are.
        return currentIndex().isValid() && !isHeaderRow(currentIndex().row()) ? currentIndex()
                                                                              : QModelIndex();
    }
    return model()->index(row, 0);
}

void RegionList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString slug = currentSlug();
        if (!slug.isEmpty()) {
            emit regionActivated(slug);
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier) {
        int first = 0;
        while (first < count() && isHeaderRow(first))
            ++first;
        if (currentRow() <= first) {
            emit leftAtTop();
            event->accept();
            return;
        }
    }
    QListWidget::keyPressEvent(event);
}

} // namespace integreat::desktop
