#include "syncrun.h"

#include "measure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace integreat::bench {

SyncFigures runSync(const QStringList &global, const QStringList &extra, const QString &cli)
{
    SyncFigures f;
    const Measured m = runMeasured(
        cli.isEmpty() ? QStringLiteral(INTEGREAT_CLI) : cli,
        global + QStringList{u"sync"_s, u"--region"_s, u"metropolis"_s, u"--json"_s} + extra);
    f.wallMs = m.wallMs;
    f.rssKb = m.maxRssKb;
    const QJsonObject root = QJsonDocument::fromJson(m.out).object();
    f.ok = m.exitCode == 0;
    if (!f.ok)
        f.error = QString::fromUtf8(m.err).trimmed().section(u'\n', -1);
    for (const QJsonValue &v : root.value(u"languages"_s).toArray()) {
        f.rowsWritten += v.toObject().value(u"rows_written"_s).toInteger();
        f.changed += v.toObject().value(u"changed"_s).toInt();
    }
    const QJsonObject resources = root.value(u"resources"_s).toObject();
    f.resourceBytes = resources.value(u"bytes"_s).toInteger();
    return f;
}

} // namespace integreat::bench
