#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QButtonGroup;

namespace integreat::desktop {

class FlowLayout;

/// The sections of a region (Local information, Places, Events, News) as tabs under the
/// header. Only sections the region enables and the app has screens for are listed; with a
/// single section the bar hides, as in the official app. Tabs that do not fit in one row wrap
/// onto the next (FlowLayout).
class SectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionBar)

public:
    struct Section
    {
        QString id;
        QString title;
    };

    explicit SectionBar(QWidget *parent = nullptr);

    void setSections(const QList<Section> &sections, const QString &current);
    QStringList sectionIds() const;
    /// Marks `id` as the section shown (without emitting sectionChosen).
    void setCurrent(const QString &id);
    /// Changes the label of `id` (a count badge) and what screen readers say for it.
    void setTitle(const QString &id, const QString &title, const QString &accessibleName);
    QString title(const QString &id) const;

signals:
    void sectionChosen(const QString &id);

private:
    FlowLayout *m_layout;
    QButtonGroup *m_group;
    QList<Section> m_sections;
};

} // namespace integreat::desktop
