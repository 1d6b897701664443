// Hubbridge: a thin entry point. Commands run on the core library alone; without a command the
// front-desk window opens.
#include "main/cli.h"

#include <QCoreApplication>
#include <QStringList>

#ifdef HUBBRIDGE_WITH_GUI
#include "ui/gui.h"
#endif

int main(int argc, char **argv)
{
    Cli::setApplicationInfo();
#ifdef HUBBRIDGE_WITH_GUI
    if (!Cli::wantsCommand(argc, argv)) {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        return Gui::run(argc, argv, Cli::dataDirFromArguments(arguments));
    }
#endif
    QCoreApplication app(argc, argv);
    return Cli::run(app);
}
