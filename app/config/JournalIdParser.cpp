#include "JournalIdParser.h"
