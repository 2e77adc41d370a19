#include "StaticConfigYaml.h"
