#include "DiscoveryOptions.h"

#include "config/ClusterConfig.h"

DiscoveryOptions DiscoveryOptions::fromConfig(const ClusterConfig &config)
{
    DiscoveryOptions options;
    options.exhibitorAdminPassword = config.exhibitorAdminPassword();
    options.backend = BackendSpecSource::fromConfig(config);
    return options;
}
