#include "IdSource.h"

namespace IdSources {

const QList<IdSource> &all()
{
    static const QList<IdSource> sources{IdSource::Journal, IdSource::MyIdFile, IdSource::Conf, IdSource::GetState,
                                         IdSource::Backend};
    return sources;
}

QString name(IdSource source)
{
    switch (source) {
    case IdSource::Journal:
        return QStringLiteral("journal");
    case IdSource::MyIdFile:
        return QStringLiteral("myid");
    case IdSource::Conf:
        return QStringLiteral("conf");
    case IdSource::GetState:
        return QStringLiteral("get-state");
    case IdSource::Backend:
        return QStringLiteral("backend");
    }
    return {};
}

QString jsonKey(IdSource source)
{
    return source == IdSource::GetState ? QStringLiteral("get_state") : name(source);
}

} // namespace IdSources
