#pragma once

#include "core/model/region.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace integreat::desktop {

/// First-run page 2: which content languages to keep. One check box per language of the
/// region, labelled with its native name (right-to-left names set right to left); several may
/// be chosen.
class LanguagePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePage)

public:
    explicit LanguagePage(QWidget *parent = nullptr);

    /// Lists the region's languages; `preferred` are checked (those the region offers).
    void setRegion(const model::Region &region, const QStringList &preferred);
    /// Checked codes, in the region's order.
    QStringList languages() const;
    /// A line above the list ("Cancelled …"); empty hides it.
    void setNotice(const QString &text);
    void focusFirst();

    /// The default choice: the UI language and German, when the region offers them (else its
    /// first language).
    static QStringList defaultLanguages(const model::Region &region, const QString &uiLanguage);

signals:
    void selectionChanged();

private:
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_notice;
    QVBoxLayout *m_boxes;
    QList<QCheckBox *> m_checks;
};

} // namespace integreat::desktop
