#include "ClusterProber.h"

#include "MasterLink.h"

#include <memory>

ClusterProber::ClusterProber(const QList<MasterLink *> &links, QObject *parent)
    : QObject(parent)
    , m_links(links)
{
}

void ClusterProber::poll(const Request &request, Callback callback)
{
    struct Poll
    {
        QList<MasterPoll> probes;
        int outstanding = 0;
        Callback callback;
    };
    auto poll = std::make_shared<Poll>();
    poll->callback = std::move(callback);
    for (MasterLink *link : m_links) {
        MasterPoll probe;
        probe.master = link->name();
        poll->probes << probe;
    }
    // The counter starts at one so that answers arriving synchronously cannot finish the poll
    // before every request is out.
    poll->outstanding = 1;
    auto done = [this, poll] {
        if (--poll->outstanding == 0) {
            const ClusterSnapshot snapshot(poll->probes);
            emit polled(snapshot);
            poll->callback(snapshot);
        }
    };
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        MasterLink *link = m_links.at(i);
        // A master whose SSH is down: its ZooKeeper through another master's connection.
        MasterLink *via = link;
        if (!link->isConnected()) {
            for (MasterLink *other : std::as_const(m_links)) {
                if (other->isConnected()) {
                    via = other;
                    break;
                }
            }
        }
        // Through its own connection: where its ZooKeeper listens for it; through another: its address.
        const QString host = via == link ? QString() : link->name();
        ++poll->outstanding;
        via->fourLetter("srvr", [poll, i, done](const FourLetterWordReply &reply) {
            poll->probes[i].srvr = reply;
            done();
        }, request.timeoutMs, host);
        if (request.conf || request.confOn.contains(link->name())) {
            ++poll->outstanding;
            via->fourLetter("conf", [poll, i, done](const FourLetterWordReply &reply) {
                poll->probes[i].conf = reply;
                done();
            }, request.timeoutMs, host);
        }
        if (request.mntr) {
            ++poll->outstanding;
            via->fourLetter("mntr", [poll, i, done](const FourLetterWordReply &reply) {
                poll->probes[i].mntr = reply;
                done();
            }, request.timeoutMs, host);
        }
        if (request.unitOn.contains(link->name())) {
            ++poll->outstanding;
            link->run({QStringLiteral("systemctl"), QStringLiteral("is-active"), request.unit}, false,
                      [poll, i, done](const CommandResult &result) {
                          poll->probes[i].unitState = QString::fromUtf8(result.stdoutData).trimmed();
                          if (result.error.isError())
                              poll->probes[i].unitState = result.error.message;
                          poll->probes[i].unitActive = result.succeeded();
                          done();
                      },
                      true, request.timeoutMs * 2);
        }
    }
    done();
}
