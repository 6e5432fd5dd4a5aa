#include "desktop/session/sessionwiper.h"

#include "desktop/common/filedialogs.h"
#include "desktop/presentation/pathtext.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace integreat::session {

SessionWiper::SessionWiper(QObject *parent)
    : QObject(parent)
{
}

SessionWiper::~SessionWiper() = default;

void SessionWiper::addHook(const QString &name, std::function<void()> hook)
{
    m_hooks.append({name, std::move(hook)});
}

void SessionWiper::addTempFile(const QString &path)
{
    if (!m_tempFiles.contains(path))
        m_tempFiles << path;
}

void SessionWiper::noteCopiedText(const QString &text)
{
    if (!text.isEmpty() && !m_copiedTexts.contains(text))
        m_copiedTexts << text;
}

QStringList SessionWiper::wipe()
{
    QStringList problems;
    for (const auto &[name, hook] : std::as_const(m_hooks))
        hook();

    // QFileDialog keeps its recent folders in QtProject.conf.
    if (!desktop::FileDialogs::forgetHistory())
        problems << tr("The file dialogs' history could not be cleared (%1).")
                        .arg(desktop::FileDialogs::historyFile());

    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        if (m_copiedTexts.contains(clipboard->text()))
            clipboard->clear();
    }
    m_copiedTexts.clear();

    QStringList kept;
    for (const QString &path : std::as_const(m_tempFiles)) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            problems << tr("Could not delete %1.").arg(desktop::shownPath(path));
            kept << path;
        }
    }
    m_tempFiles = kept;
    return problems;
}

} // namespace integreat::session
