#include "desktop/places/placefiltersdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCollator>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

PlaceFiltersDialog::PlaceFiltersDialog(const QList<model::PlaceCategory> &categories,
                                       const geo::PlaceFilter &current, Counter counter,
                                       QWidget *parent)
    : QDialog(parent)
    , m_text(current.text)
    , m_counter(std::move(counter))
    , m_categories(new QButtonGroup(this))
    , m_openNow(new QCheckBox(tr("Only places open now"), this))
    , m_barrierFree(new QCheckBox(tr("Only barrier-free places"), this))
    , m_show(new QPushButton(this))
{
    setObjectName(u"PlaceFilters"_s);
    setWindowTitle(tr("Filter places"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Category"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    QList<model::PlaceCategory> sorted = categories;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.name, b.name) < 0; });
    auto *grid = new QGridLayout;
    m_categories->setExclusive(false); // exclusive by hand: a second click deselects
    for (int i = 0; i < sorted.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setText(sorted.at(i).name);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(32);
        if (!sorted.at(i).color.isEmpty())
            button->setStyleSheet(
                u"QToolButton:checked { border: 2px solid %1; font-weight: bold; }"_s.arg(
                    sorted.at(i).color));
        m_categories->addButton(button, sorted.at(i).id);
        grid->addWidget(button, i / 2, i % 2);
        button->setChecked(current.categoryId == sorted.at(i).id);
    }
    connect(m_categories, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            chooseCategory(id);
        updateCount();
    });
    layout->addLayout(grid);
    layout->addSpacing(8);
    m_openNow->setChecked(current.openNow);
    m_barrierFree->setChecked(current.barrierFree);
    layout->addWidget(m_openNow);
    layout->addWidget(m_barrierFree);
    connect(m_openNow, &QCheckBox::toggled, this, &PlaceFiltersDialog::updateCount);
    connect(m_barrierFree, &QCheckBox::toggled, this, &PlaceFiltersDialog::updateCount);

    auto *buttons = new QDialogButtonBox(this);
    auto *reset = buttons->addButton(tr("Reset filters"), QDialogButtonBox::ResetRole);
    buttons->addButton(m_show, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_show->setDefault(true);
    connect(reset, &QPushButton::clicked, this, [this] {
        chooseCategory(-1);
        m_openNow->setChecked(false);
        m_barrierFree->setChecked(false);
        updateCount();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateCount();
}

void PlaceFiltersDialog::chooseCategory(int id)
{
    const QSignalBlocker blocker(m_categories);
    for (QAbstractButton *button : m_categories->buttons())
        button->setChecked(m_categories->id(button) == id);
    updateCount();
}

geo::PlaceFilter PlaceFiltersDialog::filter() const
{
    geo::PlaceFilter f;
    f.text = m_text;
    for (QAbstractButton *button : m_categories->buttons()) {
        if (button->isChecked())
            f.categoryId = m_categories->id(button);
    }
    f.openNow = m_openNow->isChecked();
    f.barrierFree = m_barrierFree->isChecked();
    return f;
}

void PlaceFiltersDialog::updateCount()
{
    const int count = m_counter ? m_counter(filter()) : 0;
    m_show->setText(tr("Show %n place(s)", nullptr, count));
    m_show->setEnabled(count > 0);
}

} // namespace integreat::desktop
