#include "DiscoveryOptions.h"

#include "config/ClusterConfig.h"

DiscoveryOptions DiscoveryOptions::fromConfig(const ClusterConfig &config)
{
    DiscoveryOptions options;
    options.exhibitorAdminPassword = config.exhibitorAdminPassword();
    if (config.storageBackend() == QLatin1String("zookeeper")) {
        options.backendZkHosts = config.zkHosts();
        options.backendZkPath = config.zkPath();
    }
    return options;
}
