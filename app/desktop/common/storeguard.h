#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace integreat::store {
class StoreError;
}

namespace integreat::desktop {

/// The one place where the GUI's reads of the store meet a StoreError (a damaged page, a
/// full disk, a file taken away): every read started by a click, a link or a signal runs
/// through run(), so that no StoreError escapes into a Qt slot. The user gets one sentence
/// (in the shown section's notice bar, or where the screen shows its state); the technical
/// detail goes to the log.
class StoreGuard final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::StoreGuard)

public:
    using Show = std::function<void(const QString &text)>;

    StoreGuard() = delete;

    /// Runs `read`; on a StoreError logs it, hands text() to `show` and returns false.
    static bool run(const std::function<void()> &read, const Show &show);
    /// The same for an error caught elsewhere (a worker thread's read, StatusLoader): logs it
    /// and hands text() to `show`.
    static void report(const store::StoreError &error, const Show &show);
    /// "The saved content could not be read: …" (the error's own sentence).
    static QString text(const store::StoreError &error);
};

} // namespace integreat::desktop
