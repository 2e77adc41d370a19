#pragma once

#include <QString>

// Keyboard-interactive login: which prompts get the login password. Only a prompt that asks for
// the password: a one-time code, a new password or anything else is never answered with it (the
// password would go where it does not belong, and each wrong answer counts as a failed login).
namespace KbdInteractivePrompt {

bool asksForPassword(const QString &prompt, bool echo);

} // namespace KbdInteractivePrompt
