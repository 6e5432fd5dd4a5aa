#pragma once

namespace integreat::desktop::a11y {

/// Registers the app's own accessible interfaces with Qt (QAccessible::installFactory): the
/// content browser's document structure and the section tabs as page tabs. Safe to call
/// more than once.
void installAccessibility();

} // namespace integreat::desktop::a11y
