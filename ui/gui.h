#pragma once

namespace Gui {
// Creates the QApplication, opens the front-desk window and runs the event loop.
int run(int argc, char **argv);
} // namespace Gui
