#include "tasktypes.h"

#include "mapping.h"

#include <QCoreApplication>

namespace {
// The English names of Mapping::catalogue(), listed for lupdate (context "TaskType"). A name the
// core adds or changes without an entry here is shown in English.
[[maybe_unused]] const char *const kNames[] = {
    QT_TRANSLATE_NOOP("TaskType", "Change bed sheets"),
    QT_TRANSLATE_NOOP("TaskType", "Request cleaning"),
    QT_TRANSLATE_NOOP("TaskType", "Serve towels"),
    QT_TRANSLATE_NOOP("TaskType", "Check minibar"),
    QT_TRANSLATE_NOOP("TaskType", "Serve pillows"),
    QT_TRANSLATE_NOOP("TaskType", "Serve amenities"),
    QT_TRANSLATE_NOOP("TaskType", "Install baby cot"),
    QT_TRANSLATE_NOOP("TaskType", "Install extra bed"),
    QT_TRANSLATE_NOOP("TaskType", "Deep cleaning"),
    QT_TRANSLATE_NOOP("TaskType", "Taps purge"),
    QT_TRANSLATE_NOOP("TaskType", "Turndown service"),
    QT_TRANSLATE_NOOP("TaskType", "Other task"),
    QT_TRANSLATE_NOOP("TaskType", "Zip beds"),
    QT_TRANSLATE_NOOP("TaskType", "Separate beds"),
    QT_TRANSLATE_NOOP("TaskType", "Room service tray"),
    QT_TRANSLATE_NOOP("TaskType", "Check"),
    QT_TRANSLATE_NOOP("TaskType", "Review"),
    QT_TRANSLATE_NOOP("TaskType", "Ventilate"),
    QT_TRANSLATE_NOOP("TaskType", "Minibar restocking"),
    QT_TRANSLATE_NOOP("TaskType", "Bellboy"),
    QT_TRANSLATE_NOOP("TaskType", "Luggage"),
    QT_TRANSLATE_NOOP("TaskType", "Ice bucket"),
    QT_TRANSLATE_NOOP("TaskType", "Laundry"),
    QT_TRANSLATE_NOOP("TaskType", "Valet"),
    QT_TRANSLATE_NOOP("TaskType", "Security"),
};
} // namespace

QString TaskTypes::name(int id)
{
    const QString english = Mapping::taskTypeName(id);
    if (english.isEmpty())
        return {};
    return QCoreApplication::translate("TaskType", english.toUtf8().constData());
}
