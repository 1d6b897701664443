// Hubbridge: a thin entry point. Commands run on the core library alone; without a command the
// front-desk window opens.
#include "cli.h"

#include <QCoreApplication>

#ifdef HUBBRIDGE_WITH_GUI
#include "gui.h"
#endif

int main(int argc, char **argv)
{
    Cli::setApplicationInfo();
#ifdef HUBBRIDGE_WITH_GUI
    if (!Cli::wantsCommand(argc, argv))
        return Gui::run(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    return Cli::run(app);
}
