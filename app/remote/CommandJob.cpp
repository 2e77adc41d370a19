#include "CommandJob.h"

void CommandJob::deliverResult(const CommandResult &result)
{
    m_result = result;
    finishWith(result.error);
}
