// File write failures are named in words (issue 11: no "Unknown error").
#include "core/sync/writefailure.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cerrno>

using namespace integreat;
using namespace Qt::StringLiterals;

TEST_CASE("writeFailure names a full disk, a missing permission and a read-only file system")
{
    CHECK(sync::writeFailure(u"/data/x.partial"_s, ENOSPC) == u"the disk is full (/data)"_s);
    CHECK(sync::writeFailure(u"/data/x.partial"_s, EDQUOT) == u"the disk is full (/data)"_s);
    CHECK(sync::writeFailure(u"/data/x.partial"_s, EACCES) == u"no permission to write in /data"_s);
    CHECK(sync::writeFailure(u"/data/x.partial"_s, EROFS).contains(u"read-only"_s));
    CHECK_FALSE(sync::writeFailure(u"/data/x"_s, EIO).contains(u"Unknown"_s));
}

TEST_CASE("writeFailure after a real write to a full device says the disk is full")
{
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        WARN("SKIPPED: no /dev/full");
        return;
    }
    errno = 0;
    CHECK(full.write(QByteArray(4096, 'x')) != 4096);
    CHECK(sync::writeFailure(full.fileName(), errno).startsWith(u"the disk is full"_s));
}

TEST_CASE("writeFailure without an errno looks at the folder")
{
    QTemporaryDir dir;
    const QString text = sync::writeFailure(dir.filePath(u"x"_s), 0);
    CHECK_FALSE(text.isEmpty());
    CHECK_FALSE(text.contains(u"Unknown"_s));
}
