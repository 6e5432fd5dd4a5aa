#pragma once

#include <QString>

namespace integreat::desktop {

/// A file or folder path (or a file name) as a sentence of the UI shows it: with the system's
/// separators, as one left-to-right isolate (content::bidi::isolated, LRI … PDI). A path is
/// left-to-right text: without the isolate an Arabic or Farsi sentence moves its leading "/"
/// to the other end ("tmp/data/" for "/tmp/data"). In left-to-right text the isolate changes
/// nothing on screen.
QString shownPath(const QString &path);

} // namespace integreat::desktop
