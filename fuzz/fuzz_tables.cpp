// bytes → the CSV table readers (treaty status, territories, reported contamination) through
// GDAL's CSV driver and their validation. What must hold: a table is refused with a message or
// read, never a crash; a read treaty table answers status questions on any date.
#include <QCoreApplication>
#include <QDate>

#include <cpl_conv.h>
#include <gdal.h>

#include "fuzzcommon.h"
#include "treaty/briefing.h"
#include "treaty/contamination.h"
#include "treaty/territories.h"
#include "treaty/treatystatus.h"
#include "treaty/treatytable.h"

using namespace mineatlas;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    GDALAllRegister();
    CPLSetConfigOption("CPL_LOG", "/dev/null");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral("csv"));
    if (auto table = treaty::TreatyTable::load(path)) {
        for (const treaty::TreatyRecord& r : table.value()->records())
            for (const QDate d : {QDate(1997, 12, 3), QDate(1999, 3, 1), QDate(2026, 2, 20)})
                (void)treaty::statusAt(r, d);
        (void)treaty::eventDates(*table.value());
    }
    (void)treaty::TerritoryTable::load(path);
    (void)treaty::ContaminationTable::load(path);
    return 0;
}
