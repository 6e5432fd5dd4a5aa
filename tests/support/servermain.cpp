// integreat-testserver [--corpus DIR] [--port N] [--chat REGION...]: serves the API corpus (and
// accepts feedback POSTs) on 127.0.0.1 for manual trials, prints its base URL
// (http://127.0.0.1:PORT) on stdout and serves until it is interrupted (Ctrl+C / SIGTERM end it;
// the sockets close with the process). --chat adds the chat API for a region, with answers played
// by the server (chatdemo.h).

#include "chatdemo.h"
#include "corpus.h"
#include "feedbackservice.h"
#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"integreat-testserver"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serves the Integreat API corpus (manifest.tsv + expected-outputs/) over HTTP/1.1 "
        u"on 127.0.0.1 and prints its base URL."_s);
    parser.addHelpOption();
    const QCommandLineOption corpusOption(
        u"corpus"_s, u"The corpus directory (default: $INTEGREAT_API_CORPUS or ../shared)."_s,
        u"dir"_s);
    const QCommandLineOption portOption(u"port"_s, u"The port (default: any free port)."_s, u"n"_s,
                                        u"0"_s);
    const QCommandLineOption chatOption(
        u"chat"_s,
        u"Serve the chat (\"Ask Integreat\") for this region, marked is_chat_enabled in the "
        u"region lists; the server answers each question after 2 s (automatic) and 6 s "
        u"(counselor). Repeat it or separate regions with commas. GET /test/chat/fail/429?times=3 "
        u"makes the next chat requests fail with that status."_s,
        u"region"_s);
    parser.addOption(corpusOption);
    parser.addOption(portOption);
    parser.addOption(chatOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "integreat-testserver: --port must be a number from 0 to 65535\n");
        return 2;
    }
    const QString corpus =
        parser.isSet(corpusOption) ? parser.value(corpusOption) : integreat::testing::corpusDir();
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "integreat-testserver: no corpus found; pass --corpus DIR or set "
                             "INTEGREAT_API_CORPUS\n");
        return 2;
    }

    // The feedback API accepts and records POSTs (api.md §3.11); declared before the server,
    // which calls it.
    integreat::testing::FeedbackService feedback;
    integreat::testing::TestServer server;
    feedback.install(server);
    if (server.loadCorpus(corpus) == 0) {
        std::fprintf(stderr, "integreat-testserver: no routes in %s/manifest.tsv\n",
                     qUtf8Printable(corpus));
        return 1;
    }
    integreat::testing::ChatDemo chat;
    QStringList chatRegions;
    for (const QString &value : parser.values(chatOption))
        chatRegions += value.split(u',', Qt::SkipEmptyParts);
    if (!chatRegions.isEmpty()) {
        const QStringList unknown = chat.install(server, corpus, chatRegions);
        if (!unknown.isEmpty()) {
            std::fprintf(stderr, "integreat-testserver: --chat: no region %s in the corpus\n",
                         qUtf8Printable(unknown.join(u", "_s)));
            return 2;
        }
    }
    if (!server.start(quint16(port))) {
        std::fprintf(stderr, "integreat-testserver: cannot listen on 127.0.0.1:%u: %s\n", port,
                     qUtf8Printable(server.errorString()));
        return 1;
    }
    std::printf("%s\n", server.baseUrl().toEncoded().constData());
    std::fflush(stdout);
    return app.exec();
}
