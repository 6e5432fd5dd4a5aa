#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;

namespace integreat::desktop {

/// The region, prominent in the header ("Stadt" small, "Augsburg" large), with a Change menu:
/// the other regions saved on this computer and "Find another town…".
class RegionButton final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionButton)

public:
    struct Entry
    {
        QString slug;
        QString name;
    };

    explicit RegionButton(QWidget *parent = nullptr);

    void setRegion(const QString &prefix, const QString &name);
    void setOtherRegions(const QList<Entry> &regions);
    /// Little room in the header: no prefix line above the name.
    void setTight(bool tight);
    /// Whether "Find another town…" is offered (the first-run flow is available).
    void setCanFindRegions(bool can)
    {
        m_canFind = can;
        rebuildMenu();
    }
    QString name() const;
    QToolButton *changeButton() const { return m_change; }

signals:
    void regionChosen(const QString &slug);
    void findRegionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildMenu();

    QLabel *m_prefix;
    QLabel *m_name;
    bool m_tight = false;
    QToolButton *m_change;
    QList<Entry> m_others;
    bool m_canFind = false;
};

} // namespace integreat::desktop
