// The single-instance socket in one process: forwarding, the protocol's limits (garbage, an
// oversized or silent client), a socket left by a crashed instance, the socket's name; and
// where the first window goes.
#include "desktop/shell/singleinstance.h"
#include "desktop/shell/windowplacement.h"
#include "guifixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <future>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace integreat::desktop;
using integreat::testing::waitUntil;

namespace {
/// A short folder for sockets (a Unix socket path holds ~100 bytes).
QString shortTempPattern()
{
    return u"/tmp/ig-si-XXXXXX"_s;
}

/// Runs `work` on another thread (a client blocks; the server answers on this thread's event
/// loop) and returns its result once it is there.
template <typename T> T offThread(std::function<T()> work)
{
    std::future<T> result = std::async(std::launch::async, std::move(work));
    REQUIRE(waitUntil(
        [&] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
        20000));
    return result.get();
}

/// Sends raw bytes as a client and returns what the server answered before it closed.
QByteArray rawExchange(const QString &name, const QByteArray &bytes)
{
    return offThread<QByteArray>([name, bytes]() -> QByteArray {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(5000))
            return QByteArray("no connection");
        socket.write(bytes);
        socket.waitForBytesWritten(5000);
        QByteArray answer;
        while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        answer += socket.readAll();
        return answer;
    });
}

struct Folders
{
    QTemporaryDir runtime{shortTempPattern()};
    QTemporaryDir data;
};
} // namespace

TEST_CASE("A second start hands its link to the first and the first opens it")
{
    Folders f;
    REQUIRE(f.runtime.isValid());
    SingleInstance first(f.data.path(), f.runtime.path());
    REQUIRE(first.start({}) == SingleInstance::Role::Primary);
    REQUIRE(first.isListening());
    QSignalSpy requests(&first, &SingleInstance::activationRequested);

    const QString data = f.data.path();
    const QString runtime = f.runtime.path();
    const auto secondStart = [data, runtime](const QString &link) {
        return offThread<SingleInstance::Role>([data, runtime, link] {
            SingleInstance second(data, runtime);
            return second.start(link);
        });
    };
    CHECK(secondStart(u"musterstadt/de/willkommen"_s) == SingleInstance::Role::Forwarded);
    REQUIRE(waitUntil([&] { return requests.size() == 1; }));
    CHECK(requests.at(0).at(0).toString() == u"musterstadt/de/willkommen"_s);

    // No link: only come forward. Non-ASCII survives; a line break is percent-encoded.
    CHECK(secondStart({}) == SingleInstance::Role::Forwarded);
    CHECK(secondStart(u"https://integreat.app/augsburg/ar/مكتب"_s) ==
          SingleInstance::Role::Forwarded);
    CHECK(secondStart(u"augsburg/de/a\nb"_s) == SingleInstance::Role::Forwarded);
    REQUIRE(waitUntil([&] { return requests.size() == 4; }));
    CHECK(requests.at(1).at(0).toString().isEmpty());
    CHECK(requests.at(2).at(0).toString() == u"https://integreat.app/augsburg/ar/مكتب"_s);
    CHECK(requests.at(3).at(0).toString() == u"augsburg/de/a%0Ab"_s);
    CHECK(first.isListening());
}

TEST_CASE("The single-instance socket ignores garbage, oversized and silent clients")
{
    Folders f;
    SingleInstance server(f.data.path(), f.runtime.path());
    REQUIRE(server.start({}) == SingleInstance::Role::Primary);
    QSignalSpy requests(&server, &SingleInstance::activationRequested);
    const QString name = server.name();

    CHECK(rawExchange(name, "HELLO\n") == "ERR\n");
    CHECK(rawExchange(name, "OPEN \n") == "ERR\n");
    CHECK(rawExchange(name, "OPEN \xff\xfe\xfd\n") == "ERR\n");  // not UTF-8
    CHECK(rawExchange(name, "OPEN a\x01z\n") == "ERR\n");        // a control character
    CHECK(rawExchange(name, QByteArray(20000, 'a')) == "ERR\n"); // no line end within the cap
    CHECK(rawExchange(name, "OPEN " + QByteArray(SingleInstance::MaxMessageBytes, 'a') + "\n") ==
          "ERR\n");
    CHECK(requests.isEmpty());

    // The same link in two pieces is one request.
    const QByteArray split = offThread<QByteArray>([name] {
        QLocalSocket socket;
        socket.connectToServer(name);
        socket.waitForConnected(5000);
        socket.write("OPEN augsburg/");
        socket.waitForBytesWritten(5000);
        socket.write("de\n");
        socket.waitForBytesWritten(5000);
        while (!socket.canReadLine() && socket.waitForReadyRead(5000)) {
        }
        return socket.readLine();
    });
    CHECK(split == "OK\n");
    REQUIRE(waitUntil([&] { return requests.size() == 1; }));
    CHECK(requests.at(0).at(0).toString() == u"augsburg/de"_s);

    // A client that says nothing is dropped after the timeout; the server still answers others.
    QLocalSocket silent;
    silent.connectToServer(name);
    REQUIRE(waitUntil([&] { return silent.state() == QLocalSocket::ConnectedState; }));
    CHECK(waitUntil([&] { return silent.state() == QLocalSocket::UnconnectedState; },
                    SingleInstance::ClientTimeoutMs + 10000));
    CHECK(rawExchange(name, "RAISE\n") == "OK\n");
    REQUIRE(waitUntil([&] { return requests.size() == 2; }));

    // A link too long for one message is refused before anything is sent.
    const QString huge(SingleInstance::MaxMessageBytes, u'x');
    CHECK(SingleInstance::send(name, huge) == SingleInstance::Delivery::Rejected);
    CHECK(requests.size() == 2);
}

TEST_CASE("A socket left by a crashed instance is taken over")
{
    Folders f;
    const QString name = SingleInstance::serverName(f.data.path(), f.runtime.path());
    REQUIRE(name.startsWith(f.runtime.path()));
    // What a crash leaves: a bound socket file that nobody listens on.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(name);
    REQUIRE(size_t(path.size()) < sizeof(address.sun_path));
    std::copy(path.cbegin(), path.cend(), address.sun_path);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    ::close(fd);
    REQUIRE(QFile::exists(name));
    CHECK(SingleInstance::send(name, {}, 2000) == SingleInstance::Delivery::NoServer);

    SingleInstance next(f.data.path(), f.runtime.path());
    CHECK(next.start(u"augsburg/de"_s) == SingleInstance::Role::Primary);
    CHECK(next.isListening());
    CHECK(offThread<SingleInstance::Delivery>([name] { return SingleInstance::send(name, {}); }) ==
          SingleInstance::Delivery::Delivered);
}

TEST_CASE("Nobody listening means no server – the socket name follows user and folder")
{
    Folders f;
    CHECK(SingleInstance::send(SingleInstance::serverName(f.data.path(), f.runtime.path()),
                               u"x"_s) == SingleInstance::Delivery::NoServer);

    const QString name = SingleInstance::serverName(f.data.path(), f.runtime.path());
    CHECK(QFile::encodeName(name).size() <= 100);
    CHECK(SingleInstance::serverName(f.data.path() + u"/"_s, f.runtime.path()) == name);
    const QString link = f.runtime.filePath(u"data-link"_s);
    REQUIRE(QFile::link(f.data.path(), link));
    CHECK(SingleInstance::serverName(link, f.runtime.path()) == name);
    QTemporaryDir other;
    CHECK(SingleInstance::serverName(other.path(), f.runtime.path()) != name);

    // A runtime folder too deep for a socket address: a short name in the temp folder instead.
    const QString deep = f.runtime.filePath(QString(90, u'd'));
    REQUIRE(QDir().mkpath(deep));
    const QString fallback = SingleInstance::serverName(f.data.path(), deep);
    CHECK_FALSE(fallback.contains(u'/'));
    CHECK(fallback.startsWith(u"integreat-desktop-"_s));
    CHECK(name.endsWith(fallback));
}

TEST_CASE("Without a runtime folder the socket is in the temp folder, for this user only")
{
    Folders f;
    const QString deep = f.runtime.filePath(QString(90, u'd')); // too deep for a socket path
    REQUIRE(QDir().mkpath(deep));
    SingleInstance first(f.data.path(), deep);
    REQUIRE(first.start({}) == SingleInstance::Role::Primary);
    const QFileInfo socket(QDir::temp().filePath(first.name()));
    REQUIRE(socket.exists());
    CHECK(socket.permissions() & QFile::WriteOwner);
    CHECK_FALSE(socket.permissions() & (QFile::WriteGroup | QFile::WriteOther));

    QSignalSpy requests(&first, &SingleInstance::activationRequested);
    const QString data = f.data.path();
    CHECK(offThread<SingleInstance::Role>([data, deep] {
              SingleInstance second(data, deep);
              return second.start(u"augsburg/de"_s);
          }) == SingleInstance::Role::Forwarded);
    REQUIRE(waitUntil([&] { return requests.size() == 1; }));
}

TEST_CASE("The first window is about 1100×750 or 80 % of a smaller screen, centred")
{
    const QRect large = WindowPlacement::firstGeometry(QRect(0, 0, 1920, 1080));
    CHECK(large.size() == QSize(1100, 750));
    CHECK(large.center() == QRect(0, 0, 1920, 1080).center());

    const QRect laptop(0, 30, 1280, 770); // below a top panel
    const QRect onLaptop = WindowPlacement::firstGeometry(laptop);
    CHECK(onLaptop.size() == QSize(1024, 616));
    CHECK(onLaptop.center() == laptop.center());

    // Never below the window's minimum, never beyond the screen.
    CHECK(WindowPlacement::firstGeometry(QRect(0, 0, 1024, 600), QSize(720, 480)).size() ==
          QSize(819, 480));
    CHECK(WindowPlacement::firstGeometry(QRect(0, 0, 640, 480), QSize(720, 480)).size() ==
          QSize(640, 480));
}
