#pragma once

// Page ids in the order the wizard shows them. QWizard's default nextId() goes to the next
// higher id, so the gaps leave room for the pages later issues add without renumbering:
// Connect (20) and Discover (30) before Preview; Preflight (50), Confirm (60), Run (70) and
// Finish (80) after it.
namespace WizardPageId {
enum Id : int {
    Import = 10,
    Preview = 40,
};
}
