#include "measure.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace integreat::bench {

namespace {
// VmHWM of a running process: the peak RSS of its own address space since exec.
qint64 highWaterMarkKb(pid_t pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

Measured runMeasured(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    Measured result;
    int inPipe[2], outPipe[2], errPipe[2];
    if (pipe(inPipe) != 0 || pipe(outPipe) != 0 || pipe(errPipe) != 0)
        return result;

    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    // posix_spawn (vfork-like) rather than fork: a forked child would start with the
    // benchmark's own pages resident, and its peak RSS would count them.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);
    for (int fd : {inPipe[0], inPipe[1], outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
        posix_spawn_file_actions_addclose(&actions, fd);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        for (int fd : {inPipe[0], inPipe[1], outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
            close(fd);
        return result;
    }
    close(inPipe[0]);
    close(outPipe[1]);
    close(errPipe[1]);
    signal(SIGPIPE, SIG_IGN);

    qsizetype written = 0;
    int inFd = inPipe[1];
    if (input.isEmpty()) {
        close(inFd);
        inFd = -1;
    } else {
        fcntl(inFd, F_SETFL, O_NONBLOCK);
    }
    bool outOpen = true, errOpen = true;
    char buffer[65536];
    while (outOpen || errOpen) {
        std::vector<pollfd> fds;
        if (outOpen)
            fds.push_back({outPipe[0], POLLIN, 0});
        if (errOpen)
            fds.push_back({errPipe[0], POLLIN, 0});
        if (inFd >= 0)
            fds.push_back({inFd, POLLOUT, 0});
        if (poll(fds.data(), fds.size(), 20) < 0 && errno != EINTR)
            break;
        result.maxRssKb = std::max(result.maxRssKb, highWaterMarkKb(pid));
        for (const pollfd &p : fds) {
            if (p.fd == inFd && (p.revents & (POLLOUT | POLLERR | POLLHUP))) {
                const ssize_t n =
                    write(inFd, input.constData() + written, size_t(input.size() - written));
                if (n > 0)
                    written += n;
                if (n < 0 || written >= input.size()) {
                    close(inFd);
                    inFd = -1;
                }
            } else if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = read(p.fd, buffer, sizeof buffer);
                if (n <= 0) {
                    (p.fd == outPipe[0] ? outOpen : errOpen) = false;
                } else {
                    (p.fd == outPipe[0] ? result.out : result.err).append(buffer, n);
                }
            }
        }
    }
    if (inFd >= 0)
        close(inFd);
    close(outPipe[0]);
    close(errPipe[0]);

    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    result.wallMs = double(clock.nsecsElapsed()) / 1e6;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    // Not usage.ru_maxrss: Linux carries the spawning process's RSS over exec into it.
    return result;
}

QString machineDescription()
{
    QString model;
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return u"%1, %2 cores"_s.arg(model.isEmpty() ? u"unknown CPU"_s : model)
        .arg(QThread::idealThreadCount());
}

} // namespace integreat::bench
