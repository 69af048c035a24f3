<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Animation</name>
    <message>
        <source>density, low → high</source>
        <translation>щільність, від низької до високої</translation>
    </message>
    <message>
        <source>density of %1, low → high</source>
        <translation>щільність %1, від низької до високої</translation>
    </message>
    <message>
        <source>Mine Ban Treaty status</source>
        <translation>Статус Конвенції про заборону мін</translation>
    </message>
    <message>
        <source>outline: %1</source>
        <translation>контур: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the frame (disk full or no permission?)</source>
        <translation>%1: не вдалося записати кадр (диск заповнений або немає дозволу?)</translation>
    </message>
    <message>
        <source>%1: cannot start ffmpeg (%2)</source>
        <translation>%1: не вдалося запустити ffmpeg (%2)</translation>
    </message>
    <message>
        <source>%1: ffmpeg failed: %2</source>
        <translation>%1: помилка ffmpeg: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>%1: cannot move the finished video into place</source>
        <translation>%1: не вдалося перемістити готове відео на місце</translation>
    </message>
    <message>
        <source>%1: ffmpeg stopped: %2</source>
        <translation>%1: ffmpeg зупинився: %2</translation>
    </message>
    <message>
        <source>%1: an animation is written as .gif, .mp4 or .webm, or as PNG frames into a folder (a name ending in &quot;/&quot;)</source>
        <translation>%1: анімацію записують як .gif, .mp4 чи .webm або як кадри PNG у теку (назва, що закінчується на «/»)</translation>
    </message>
    <message>
        <source>MP4 and WebM are encoded by ffmpeg, which is not installed (on Debian: sudo apt install ffmpeg). GIF and PNG frames need nothing else.</source>
        <translation>MP4 і WebM кодує ffmpeg, який не встановлено (у Debian: sudo apt install ffmpeg). Для GIF і кадрів PNG нічого більше не потрібно.</translation>
    </message>
    <message>
        <source>%1: %2 recorded by this date</source>
        <translation>%1: %2 зафіксовано на цю дату</translation>
    </message>
    <message>
        <source>%1: %2 at this date</source>
        <translation>%1: %2 на цю дату</translation>
    </message>
    <message>
        <source>the animation has no dates</source>
        <translation>анімація не має дат</translation>
    </message>
    <message>
        <source>no visible layer to animate</source>
        <translation>немає видимого шару для анімації</translation>
    </message>
    <message>
        <source>no visible layer changes with the date: give a layer its date fields (Layer ▸ Dates and time…) or show a country layer coloured by treaty status</source>
        <translation>жоден видимий шар не змінюється з датою: задайте шару поля дат (Шар ▸ Дати й час…) або покажіть шар країн, розфарбований за статусом договору</translation>
    </message>
    <message>
        <source>%1: the animation has no dates</source>
        <translation>%1: анімація не має дат</translation>
    </message>
    <message>
        <source>%1: frame size must be 1 to 8192 pixels each way</source>
        <translation>%1: розмір кадру має бути від 1 до 8192 пікселів у кожному напрямку</translation>
    </message>
    <message>
        <source>%1: the map could not be drawn</source>
        <translation>%1: не вдалося намалювати карту</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the frames</source>
        <translation>%1: не вдалося створити теку для кадрів</translation>
    </message>
    <message>
        <source>Animation export failed: %1</source>
        <translation>Не вдалося експортувати анімацію: %1</translation>
    </message>
    <message>
        <source>Animation export failed</source>
        <translation>Не вдалося експортувати анімацію</translation>
    </message>
</context>
<context>
    <name>AreaHistory</name>
    <message>
        <source>Select a hazard area first</source>
        <translation>Спершу виберіть небезпечну ділянку</translation>
    </message>
    <message>
        <source>%1: no area with GUID %2</source>
        <translation>%1: немає ділянки з GUID %2</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>контур</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>час невідомий</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомий</translation>
    </message>
    <message>
        <source>Version %1 by %2, %3</source>
        <translation>Версія %1, автор: %2, %3</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (поточна)</translation>
    </message>
    <message>
        <source> (then deleted by %1)</source>
        <translation> (згодом видалено користувачем %1)</translation>
    </message>
    <message>
        <source>: changed %1</source>
        <translation>: змінено %1</translation>
    </message>
    <message>
        <source>: first recorded</source>
        <translation>: перший запис</translation>
    </message>
    <message>
        <source>Not applied: %1&apos;s version (from version %2), discarded %3 when taking theirs</source>
        <translation>Не застосовано: версія %1 (на основі версії %2), відхилена %3 під час вибору їхньої</translation>
    </message>
    <message>
        <source>; differed in %1</source>
        <translation>; відрізнялася в: %1</translation>
    </message>
</context>
<context>
    <name>Basemap</name>
    <message>
        <source>GDAL cannot open the service description</source>
        <translation>GDAL не може відкрити опис сервісу</translation>
    </message>
    <message>
        <source>no tile could be read</source>
        <translation>не вдалося прочитати жодного тайла</translation>
    </message>
    <message>
        <source>%1: cannot read the GetCapabilities document at %2: %3</source>
        <translation>%1: не вдалося прочитати документ GetCapabilities за адресою %2: %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>немає відповіді</translation>
    </message>
    <message>
        <source>%1: %2 is not a WMTS GetCapabilities document</source>
        <translation>%1: %2 не є документом WMTS GetCapabilities</translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation>%1: не вдалося записати %2</translation>
    </message>
    <message>
        <source>%1: GDAL cannot read the WMTS service at %2: %3</source>
        <translation>%1: GDAL не може прочитати сервіс WMTS за адресою %2: %3</translation>
    </message>
    <message>
        <source>no usable layer</source>
        <translation>немає придатного шару</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: не вдалося записати %2: %3</translation>
    </message>
    <message>
        <source>GDAL&apos;s WMTS driver failed</source>
        <translation>помилка драйвера WMTS у GDAL</translation>
    </message>
    <message>
        <source>%1: cannot read back %2</source>
        <translation>%1: не вдалося прочитати назад %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://)</source>
        <translation>«%1» не є вебадресою (http:// або https://)</translation>
    </message>
    <message>
        <source>“%1” has no %2: a tile address needs {z}, {x} and {y}</source>
        <translation>«%1» не містить %2: адреса тайлів потребує {z}, {x} і {y}</translation>
    </message>
    <message>
        <source>The basemap needs a name</source>
        <translation>Базовій карті потрібна назва</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: не вдалося створити теку %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address (http:// or https://)</source>
        <translation>%1: «%2» не є вебадресою (http:// або https://)</translation>
    </message>
    <message>
        <source>%1: cannot reach the tile server %2 (no network, or the address is wrong). GDAL: %3</source>
        <translation>%1: не вдалося з&apos;єднатися із сервером тайлів %2 (немає мережі або адреса неправильна). GDAL: %3</translation>
    </message>
    <message>
        <source>%1: the tile server %2 did not give a tile. GDAL: %3</source>
        <translation>%1: сервер тайлів %2 не надав тайла. GDAL: %3</translation>
    </message>
    <message>
        <source>There is no area to download</source>
        <translation>Немає ділянки для завантаження</translation>
    </message>
    <message>
        <source>The lowest zoom (%1) must not be above the highest (%2)</source>
        <translation>Найменший масштаб (%1) не може бути більшим за найбільший (%2)</translation>
    </message>
    <message>
        <source>%1 has tiles down to zoom %2 only</source>
        <translation>%1 має тайли лише до масштабу %2</translation>
    </message>
    <message>
        <source>%1&apos;s tile usage policy forbids bulk downloads (%2): MineAtlas downloads at most %3 tiles, down to zoom %4, from it. This area needs %5 tiles: choose a smaller area or fewer zoom levels, or use a tile provider that allows offline use.</source>
        <translation>Політика використання тайлів %1 забороняє масове завантаження (%2): MineAtlas завантажує з нього щонайбільше %3 тайлів, до масштабу %4. Для цієї ділянки потрібно %5 тайлів: виберіть меншу ділянку чи менше рівнів масштабу або скористайтеся постачальником тайлів, що дозволяє офлайн-використання.</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL не може його відкрити</translation>
    </message>
    <message>
        <source>%1: only Web Mercator (EPSG:3857) basemaps can be downloaded for offline use</source>
        <translation>%1: для офлайн-використання можна завантажувати лише базові карти у Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <source>%1: the area holds no tiles</source>
        <translation>%1: ділянка не містить тайлів</translation>
    </message>
    <message>
        <source>%1: download canceled</source>
        <translation>%1: завантаження скасовано</translation>
    </message>
    <message>
        <source>the tiles could not be downloaded</source>
        <translation>не вдалося завантажити тайли</translation>
    </message>
    <message>
        <source>the lower zoom levels could not be built</source>
        <translation>не вдалося побудувати нижчі рівні масштабу</translation>
    </message>
    <message>
        <source>the file written cannot be read back</source>
        <translation>записаний файл не вдається прочитати назад</translation>
    </message>
    <message>
        <source>the file written has no tiles table</source>
        <translation>записаний файл не має таблиці тайлів</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Uncertain: %1 or %2</source>
        <translation>Невизначено: %1 або %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
    <message>
        <source>range</source>
        <translation>проміжок</translation>
    </message>
    <message>
        <source>Ottawa Convention status as of %1

</source>
        <translation>Статус Оттавської конвенції на %1

</translation>
    </message>
    <message>
        <source>| Country | ISO3 | Status | Since | Notes |
|---|---|---|---|---|
</source>
        <translation>| Країна | ISO3 | Статус | З дати | Примітки |
|---|---|---|---|---|
</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>keep my version of %1</source>
        <translation>залишити мою версію ділянки %1</translation>
    </message>
    <message>
        <source>%1: one side deleted the area; choose keep mine or take theirs</source>
        <translation>%1: одна зі сторін видалила ділянку; виберіть: залишити моє або взяти їхнє</translation>
    </message>
    <message>
        <source>merge versions of %1</source>
        <translation>об&apos;єднати версії ділянки %1</translation>
    </message>
</context>
<context>
    <name>Contamination</name>
    <message>
        <source>massive (&gt; 100 km²)</source>
        <translation>дуже велике (&gt; 100 км²)</translation>
    </message>
    <message>
        <source>large (20–100 km²)</source>
        <translation>велике (20–100 км²)</translation>
    </message>
    <message>
        <source>medium (5–20 km²)</source>
        <translation>середнє (5–20 км²)</translation>
    </message>
    <message>
        <source>small (&lt; 5 km²)</source>
        <translation>мале (&lt; 5 км²)</translation>
    </message>
    <message>
        <source>contaminated, extent not reported</source>
        <translation>забруднено, площу не повідомлено</translation>
    </message>
    <message>
        <source>Landmine Monitor</source>
        <translation>Landmine Monitor</translation>
    </message>
    <message>
        <source>Landmine Monitor %1</source>
        <translation>Landmine Monitor %1</translation>
    </message>
    <message>
        <source>Landmine Monitor, figures from the %1–%2 editions</source>
        <translation>Landmine Monitor, дані з видань %1–%2</translation>
    </message>
    <message>
        <source>no contamination reported</source>
        <translation>забруднення не повідомлено</translation>
    </message>
</context>
<context>
    <name>CountryMatcher</name>
    <message>
        <source>ISO alpha-3</source>
        <translation>ISO alpha-3</translation>
    </message>
    <message>
        <source>ISO numeric</source>
        <translation>ISO числовий</translation>
    </message>
    <message>
        <source>The layer has no field &quot;%1&quot;</source>
        <translation>Шар не має поля «%1»</translation>
    </message>
    <message>
        <source>No field of this layer matches the treaty table&apos;s country codes or names for at least half of its %1 features or %2 states; choose the join field by hand</source>
        <translation>Жодне поле цього шару не збігається з кодами чи назвами країн у таблиці договору принаймні для половини його %1 об&apos;єктів або %2 держав; виберіть поле з&apos;єднання вручну</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>об&apos;єкт %1</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>PROJ cannot read the CRS %1</source>
        <translation>PROJ не може прочитати систему координат %1</translation>
    </message>
    <message>
        <source>PROJ found no transformation from %1 to %2: %3</source>
        <translation>PROJ не знайшов перетворення з %1 у %2: %3</translation>
    </message>
    <message>
        <source>PROJ cannot normalise the axis order of %1</source>
        <translation>PROJ не може нормалізувати порядок осей %1</translation>
    </message>
    <message>
        <source>No CRS given</source>
        <translation>Систему координат не вказано</translation>
    </message>
    <message>
        <source>Unknown CRS &quot;%1&quot;: %2</source>
        <translation>Невідома система координат «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 2D geographic or projected CRS</source>
        <translation>«%1» не є двовимірною географічною чи проєкційною системою координат</translation>
    </message>
    <message>
        <source>No map CRS</source>
        <translation>Немає системи координат карти</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1: not a CSV table</source>
        <translation>%1: не є таблицею CSV</translation>
    </message>
    <message>
        <source>%1: missing column(s): %2</source>
        <translation>%1: бракує стовпців: %2</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>GeoJSON (*.geojson);;KML for Google Earth (*.kml);;Shapefile (*.shp);;GeoPackage (*.gpkg)</source>
        <translation>GeoJSON (*.geojson);;KML для Google Earth (*.kml);;Shapefile (*.shp);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>%1: choose .geojson, .kml, .shp or .gpkg</source>
        <translation>%1: виберіть .geojson, .kml, .shp або .gpkg</translation>
    </message>
    <message>
        <source>%1: no layer %2</source>
        <translation>%1: немає шару %2</translation>
    </message>
    <message>
        <source>GDAL could not write it</source>
        <translation>GDAL не зміг його записати</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL не може його відкрити</translation>
    </message>
    <message>
        <source>feature %1%2</source>
        <translation>об&apos;єкт %1%2</translation>
    </message>
    <message>
        <source> (id %1)</source>
        <translation> (ідентифікатор %1)</translation>
    </message>
    <message>
        <source>%1: not a polygon</source>
        <translation>%1: не полігон</translation>
    </message>
    <message>
        <source>%1: %2 vertices cannot be converted to WGS 84</source>
        <translation>%1: %2 вершин не вдається перетворити у WGS 84</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>імпортовано з %1</translation>
    </message>
    <message>
        <source>%1: reading stopped after %2 features: %3</source>
        <translation>%1: читання зупинилося після %2 об&apos;єктів: %3</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export failed: %1</source>
        <translation>Помилка експорту: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>%1 (month only)</source>
        <translation>%1 (лише місяць)</translation>
    </message>
    <message>
        <source>%1 (year only)</source>
        <translation>%1 (лише рік)</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>між %1 і %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
    <message>
        <source>range</source>
        <translation>проміжок</translation>
    </message>
</context>
<context>
    <name>Geodesy</name>
    <message>
        <source>%1 m² · %2 ha · %3 km² (ellipsoidal, WGS 84)</source>
        <translation>%1 м² · %2 га · %3 км² (на еліпсоїді WGS 84)</translation>
    </message>
</context>
<context>
    <name>Georeferencer</name>
    <message>
        <source>%1: unexpected error: %2</source>
        <translation>%1: неочікувана помилка: %2</translation>
    </message>
    <message>
        <source>%1: unexpected error</source>
        <translation>%1: неочікувана помилка</translation>
    </message>
    <message>
        <source>Georeferencing failed: %1</source>
        <translation>Не вдалося прив&apos;язати: %1</translation>
    </message>
    <message>
        <source>Georeferencing failed</source>
        <translation>Не вдалося прив&apos;язати</translation>
    </message>
    <message>
        <source>Control point %1 (%2) is outside what %3 can show</source>
        <translation>Контрольна точка %1 (%2) лежить поза межами того, що може показати %3</translation>
    </message>
    <message>
        <source>%1 cannot be fitted to these points (GDAL: %2); spread them over the scan</source>
        <translation>%1 не вдається підігнати до цих точок (GDAL: %2); розподіліть їх по скану</translation>
    </message>
    <message>
        <source>no solution</source>
        <translation>немає розв&apos;язку</translation>
    </message>
    <message>
        <source>The control points lie (almost) on one line on the scan: add points away from that line, around the area to be placed</source>
        <translation>Контрольні точки на скані лежать (майже) на одній лінії: додайте точки подалі від цієї лінії, навколо ділянки, яку треба розмістити</translation>
    </message>
    <message>
        <source>The control points&apos; map coordinates lie (almost) on one line: check the coordinates, and add points away from that line</source>
        <translation>Координати контрольних точок на карті лежать (майже) на одній лінії: перевірте координати й додайте точки подалі від цієї лінії</translation>
    </message>
    <message>
        <source>Polynomial 1 (affine)</source>
        <translation>Поліном 1 (афінне)</translation>
    </message>
    <message>
        <source>Polynomial 2</source>
        <translation>Поліном 2</translation>
    </message>
    <message>
        <source>Polynomial 3</source>
        <translation>Поліном 3</translation>
    </message>
    <message>
        <source>Thin-plate spline</source>
        <translation>Тонкопластинний сплайн</translation>
    </message>
    <message>
        <source>Control point %1 cannot be sent through the fitted %2</source>
        <translation>Контрольну точку %1 не вдається перетворити підігнаним %2</translation>
    </message>
    <message>
        <source>%1: the georeferenced copy cannot replace the scan itself; choose another file name</source>
        <translation>%1: прив&apos;язана копія не може замінити сам скан; виберіть іншу назву файлу</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL не може його відкрити</translation>
    </message>
    <message>
        <source>%1: no raster bands</source>
        <translation>%1: немає растрових каналів</translation>
    </message>
    <message>
        <source>cannot copy it</source>
        <translation>не вдається скопіювати</translation>
    </message>
    <message>
        <source>GDAL does not know the CRS %1</source>
        <translation>GDAL не знає системи координат %1</translation>
    </message>
    <message>
        <source>cannot set the control points</source>
        <translation>не вдається задати контрольні точки</translation>
    </message>
    <message>
        <source>bad warp options</source>
        <translation>неправильні параметри трансформування</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>GDAL could not write it</source>
        <translation>GDAL не зміг його записати</translation>
    </message>
    <message>
        <source>%1 georeferenced by MineAtlas from %2 control points (%3)</source>
        <translation>%1, прив&apos;язано в MineAtlas за %2 контрольними точками (%3)</translation>
    </message>
    <message>
        <source>%1: reading band %2 failed: %3</source>
        <translation>%1: не вдалося прочитати канал %2: %3</translation>
    </message>
    <message>
        <source>%1 needs at least %2 control points with map coordinates; there is %3</source>
        <translation>%1 потребує щонайменше %2 контрольних точок із координатами на карті; наразі є %3</translation>
    </message>
    <message>
        <source>%1 needs at least %2 control points with map coordinates; there are %3</source>
        <translation>%1 потребує щонайменше %2 контрольних точок із координатами на карті; наразі є %3</translation>
    </message>
</context>
<context>
    <name>GifWriter</name>
    <message>
        <source>%1: writing the GIF failed (%2)</source>
        <translation>%1: не вдалося записати GIF (%2)</translation>
    </message>
    <message>
        <source>%1: a GIF is 1 to 65,535 pixels on each side</source>
        <translation>%1: GIF має від 1 до 65 535 пікселів з кожного боку</translation>
    </message>
    <message>
        <source>%1: cannot write it here (%2)</source>
        <translation>%1: тут неможливо записати (%2)</translation>
    </message>
    <message>
        <source>%1: out of memory for the palette</source>
        <translation>%1: бракує пам&apos;яті для палітри</translation>
    </message>
    <message>
        <source>%1: the GIF is already closed</source>
        <translation>%1: GIF уже закрито</translation>
    </message>
    <message>
        <source>%1: frame %2 is %3 × %4 px, the GIF %5 × %6</source>
        <translation>%1: кадр %2 має %3 × %4 пкс, а GIF — %5 × %6</translation>
    </message>
    <message>
        <source>%1: no frame to write</source>
        <translation>%1: немає кадру для запису</translation>
    </message>
    <message>
        <source>%1: cannot replace the file (is the folder read-only?)</source>
        <translation>%1: не вдається замінити файл (тека лише для читання?)</translation>
    </message>
</context>
<context>
    <name>HazardArea</name>
    <message>
        <source>local id</source>
        <translation>локальний ідентифікатор</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>повідомив</translation>
    </message>
    <message>
        <source>date of information</source>
        <translation>дата інформації</translation>
    </message>
</context>
<context>
    <name>HazardStore</name>
    <message>
        <source>GDAL gave no reason</source>
        <translation>GDAL не вказав причини</translation>
    </message>
    <message>
        <source>%1: cannot add a hazard layer: %2</source>
        <translation>%1: не вдається додати шар небезпечних ділянок: %2</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL не має драйвера GeoPackage</translation>
    </message>
    <message>
        <source>cannot create the hazard layer</source>
        <translation>не вдається створити шар небезпечних ділянок</translation>
    </message>
    <message>
        <source>cannot create layer %1</source>
        <translation>не вдається створити шар %1</translation>
    </message>
    <message>
        <source>cannot create field %1</source>
        <translation>не вдається створити поле %1</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: файл не знайдено</translation>
    </message>
    <message>
        <source>%1: cannot edit it: %2. Open a copy you can write to.</source>
        <translation>%1: редагування неможливе: %2. Відкрийте копію, у яку можна записувати.</translation>
    </message>
    <message>
        <source>%1: cannot open it as a GeoPackage: %2</source>
        <translation>%1: не вдається відкрити як GeoPackage: %2</translation>
    </message>
    <message>
        <source>%1: no layer named &quot;%2&quot;</source>
        <translation>%1: немає шару з назвою «%2»</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; is not a hazard layer; missing field(s): %3</source>
        <translation>%1: шар «%2» не є шаром небезпечних ділянок; бракує полів: %3</translation>
    </message>
    <message>
        <source>%1: %2 GUID(s) are used by more than one area, so edits could reach the wrong one: %3. Give each area its own GUID (or remove the copies) before editing.</source>
        <translation>%1: %2 GUID використовуються більш ніж однією ділянкою, тож зміни можуть потрапити не туди: %3. Перед редагуванням надайте кожній ділянці власний GUID (або вилучіть копії).</translation>
    </message>
    <message>
        <source>cannot give GUIDs to %1 areas</source>
        <translation>не вдається надати GUID %1 ділянкам</translation>
    </message>
    <message>
        <source>%1: reading hazard areas failed: %2</source>
        <translation>%1: не вдалося прочитати небезпечні ділянки: %2</translation>
    </message>
    <message>
        <source>%1: %2 areas have the GUID %3</source>
        <translation>%1: %2 ділянок мають GUID %3</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>не вдається почати транзакцію</translation>
    </message>
    <message>
        <source>%1: several areas have the GUID %2; nothing was changed</source>
        <translation>%1: кілька ділянок мають GUID %2; нічого не змінено</translation>
    </message>
    <message>
        <source>%1: the area %2 is no longer in the file</source>
        <translation>%1: ділянки %2 більше немає у файлі</translation>
    </message>
    <message>
        <source>the area was not deleted</source>
        <translation>ділянку не видалено</translation>
    </message>
    <message>
        <source>the geometry cannot be stored</source>
        <translation>геометрію неможливо зберегти</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>зміну не збережено</translation>
    </message>
    <message>
        <source>%1: an area with GUID %2 is already in the file</source>
        <translation>%1: ділянка з GUID %2 уже є у файлі</translation>
    </message>
    <message>
        <source>the area was not saved</source>
        <translation>ділянку не збережено</translation>
    </message>
    <message>
        <source>the change was not saved (commit failed)</source>
        <translation>зміну не збережено (не вдалося підтвердити)</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>сервер не вказав причини</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>%1: the database has no PostGIS extension; an administrator must run CREATE EXTENSION postgis in it first</source>
        <translation>%1: у базі даних немає розширення PostGIS; спершу адміністратор має виконати в ній CREATE EXTENSION postgis</translation>
    </message>
    <message>
        <source>%1: the workspace already has hazard areas (%2)</source>
        <translation>%1: у робочому просторі вже є небезпечні ділянки (%2)</translation>
    </message>
    <message>
        <source>%1: the database has no PostGIS extension; an administrator must run CREATE EXTENSION postgis in it before MineAtlas can keep hazard areas there</source>
        <translation>%1: у базі даних немає розширення PostGIS; адміністратор має виконати в ній CREATE EXTENSION postgis, перш ніж MineAtlas зможе зберігати там небезпечні ділянки</translation>
    </message>
    <message>
        <source>%1: the workspace has no hazard tables (%2) yet; create them to start</source>
        <translation>%1: у робочому просторі ще немає таблиць небезпечних ділянок (%2); створіть їх, щоб почати</translation>
    </message>
    <message>
        <source>cannot lock the area for saving (another program may be writing)</source>
        <translation>не вдається заблокувати ділянку для збереження (можливо, у неї саме записує інша програма)</translation>
    </message>
    <message>
        <source>%1: the connection was lost; open the layer again</source>
        <translation>%1: з&apos;єднання втрачено; відкрийте шар знову</translation>
    </message>
    <message>
        <source> (now version %1 by %2)</source>
        <translation> (тепер версія %1, автор змін: %2)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>хтось інший</translation>
    </message>
    <message>
        <source> (deleted by someone else)</source>
        <translation> (видалено кимось іншим)</translation>
    </message>
    <message>
        <source>%1: not saved, %2 area(s) changed by someone else since you read them: %3. Nothing was overwritten; choose keep mine, take theirs or merge.</source>
        <translation>%1: не збережено — відколи ви прочитали ділянки, хтось інший змінив їх (%2): %3. Нічого не перезаписано; виберіть: залишити моє, взяти їхнє або об&apos;єднати.</translation>
    </message>
    <message>
        <source>%1: cannot read the history of %2: %3</source>
        <translation>%1: не вдається прочитати історію %2: %3</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>сервер не відповів</translation>
    </message>
    <message>
        <source>%1: the connection was lost; it is tried again on the next save</source>
        <translation>%1: з&apos;єднання втрачено; спробу буде повторено під час наступного збереження</translation>
    </message>
    <message>
        <source>%1: cannot keep your discarded version of %2 in the history: %3</source>
        <translation>%1: не вдалося зберегти вашу відхилену версію %2 в історії: %3</translation>
    </message>
    <message>
        <source>the history table is missing</source>
        <translation>таблиця історії відсутня</translation>
    </message>
    <message>
        <source>the outline cannot be written</source>
        <translation>контур не вдається записати</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>не вдалося почати транзакцію</translation>
    </message>
    <message>
        <source>the row was not written</source>
        <translation>рядок не записано</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>%1: the feature has no id in its file</source>
        <translation>%1: об&apos;єкт не має ідентифікатора у своєму файлі</translation>
    </message>
    <message>
        <source>cannot read it again</source>
        <translation>не вдається прочитати його знову</translation>
    </message>
    <message>
        <source>%1: feature %2 is no longer in the file</source>
        <translation>%1: об&apos;єкта %2 більше немає у файлі</translation>
    </message>
    <message>
        <source>%1: feature %2 has vertices PROJ cannot convert to WGS 84</source>
        <translation>%1: об&apos;єкт %2 має вершини, які PROJ не може перетворити у WGS 84</translation>
    </message>
    <message>
        <source>measuring failed</source>
        <translation>не вдалося виміряти</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <source>cannot start the migration to hazard schema version 2</source>
        <translation>не вдається почати перехід на схему небезпечних ділянок версії 2</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 2: %1</source>
        <translation>не вдається перейти на схему небезпечних ділянок версії 2: %1</translation>
    </message>
    <message>
        <source>cannot add recorded_date</source>
        <translation>не вдається додати recorded_date</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не вдається створити %1</translation>
    </message>
    <message>
        <source>cannot create %1.%2</source>
        <translation>не вдається створити %1.%2</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 2: the commit failed</source>
        <translation>не вдається перейти на схему небезпечних ділянок версії 2: підтвердження не вдалося</translation>
    </message>
    <message>
        <source>%1: cannot open it as a GeoPackage</source>
        <translation>%1: не вдається відкрити як GeoPackage</translation>
    </message>
    <message>
        <source>%1: no layer named &quot;%2&quot;</source>
        <translation>%1: немає шару з назвою «%2»</translation>
    </message>
    <message>
        <source>Land released</source>
        <translation>Звільнена земля</translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Джерело: %2</translation>
    </message>
    <message>
        <source> (layer %1)</source>
        <translation> (шар %1)</translation>
    </message>
    <message>
        <source>
CRS of the file: %1</source>
        <translation>
Система координат файлу: %1</translation>
    </message>
    <message>
        <source>
%1 features, %2 vertices</source>
        <translation>
%1 об&apos;єктів, %2 вершин</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Countries in the frame: treaty status on %1</source>
        <translation>Країни в кадрі: статус договору на %1</translation>
    </message>
    <message>
        <source>Since (precision)</source>
        <translation>З дати (точність)</translation>
    </message>
    <message>
        <source>AP mines (LM)</source>
        <translation>ППМ (LM)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… і ще %1</translation>
    </message>
    <message>
        <source>No treaty map is shown.</source>
        <translation>Карту статусу договору не показано.</translation>
    </message>
    <message>
        <source>Hazard areas in the frame: %1</source>
        <translation>Небезпечні ділянки в кадрі: %1</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Шар: %1</translation>
    </message>
    <message>
        <source>Total %1; remaining %2</source>
        <translation>Усього %1; залишилося %2</translation>
    </message>
    <message>
        <source>Areas measured on the WGS 84 ellipsoid; remaining area as recorded.%1</source>
        <translation>Площі виміряно на еліпсоїді WGS 84; залишок площі — як зафіксовано.%1</translation>
    </message>
    <message>
        <source> %1 with required fields empty.</source>
        <translation> %1 з порожніми обов&apos;язковими полями.</translation>
    </message>
    <message>
        <source>Areas measured on the WGS 84 ellipsoid; remaining area as recorded.</source>
        <translation>Площі виміряно на еліпсоїді WGS 84; залишок площі — як зафіксовано.</translation>
    </message>
    <message>
        <source>%1, %2: %3 areas, %4 km², %5 km² remaining</source>
        <translation>%1, %2: %3 ділянок, %4 км², залишилося %5 км²</translation>
    </message>
    <message>
        <source>Remaining hazard area over time (km²)</source>
        <translation>Залишок небезпечної площі в часі (км²)</translation>
    </message>
    <message>
        <source>Treaty status as of %1</source>
        <translation>Статус договору на %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Станом на %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
</context>
<context>
    <name>LayoutTemplate</name>
    <message>
        <source>layout template</source>
        <translation>шаблон макета</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: не JSON (%2 на байті %3)</translation>
    </message>
    <message>
        <source>%1: not a MineAtlas layout template (&quot;kind&quot; must be &quot;%2&quot;)</source>
        <translation>%1: не шаблон макета MineAtlas («kind» має бути «%2»)</translation>
    </message>
    <message>
        <source>%1: template version %2 is not one this MineAtlas reads (%3)</source>
        <translation>%1: цю версію шаблону (%2) MineAtlas не читає (%3)</translation>
    </message>
    <message>
        <source>must be &quot;map&quot; or &quot;brief&quot;</source>
        <translation>має бути «map» або «brief»</translation>
    </message>
    <message>
        <source>must be A4, A3 or Letter</source>
        <translation>має бути A4, A3 або Letter</translation>
    </message>
    <message>
        <source>must be &quot;landscape&quot; or &quot;portrait&quot;</source>
        <translation>має бути «landscape» або «portrait»</translation>
    </message>
    <message>
        <source>must be between 0 and 50</source>
        <translation>має бути від 0 до 50</translation>
    </message>
    <message>
        <source>must be between 36 and 600</source>
        <translation>має бути від 36 до 600</translation>
    </message>
    <message>
        <source>must be &quot;right&quot; or &quot;bottom&quot;</source>
        <translation>має бути «right» або «bottom»</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: не збережено: %2</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Mine Ban Treaty status</source>
        <translation>Статус Конвенції про заборону мін</translation>
    </message>
    <message>
        <source>%1 States Parties worldwide (by deposit)</source>
        <translation>%1 держав-учасниць у світі (за здачею документів)</translation>
    </message>
    <message>
        <source>%1–%2 States Parties worldwide (by deposit)</source>
        <translation>%1–%2 держав-учасниць у світі (за здачею документів)</translation>
    </message>
    <message>
        <source>%1 points in the frame</source>
        <translation>%1 точок у кадрі</translation>
    </message>
    <message>
        <source>density, low → high</source>
        <translation>щільність, від низької до високої</translation>
    </message>
    <message>
        <source>density of %1, low → high</source>
        <translation>щільність %1, від низької до високої</translation>
    </message>
    <message>
        <source>other values</source>
        <translation>інші значення</translation>
    </message>
    <message>
        <source>outline: %1</source>
        <translation>контур: %1</translation>
    </message>
    <message>
        <source>incomplete: required fields empty</source>
        <translation>неповні: обов&apos;язкові поля порожні</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>Nothing to export: the map has no extent yet (open a layer)</source>
        <translation>Нічого експортувати: карта ще не має охоплення (відкрийте шар)</translation>
    </message>
    <message>
        <source>%1 km² (%2)</source>
        <translation>%1 км² (%2)</translation>
    </message>
    <message>
        <source>%1, extent not reported</source>
        <translation>%1, площу не повідомлено</translation>
    </message>
    <message>
        <source>extent not reported</source>
        <translation>площу не повідомлено</translation>
    </message>
    <message>
        <source>populated place</source>
        <translation>населений пункт</translation>
    </message>
    <message>
        <source>State Party, claims suspension</source>
        <translation>Держава-учасниця (призупинення)</translation>
    </message>
    <message>
        <source>No treaty status</source>
        <translation>Немає статусу договору</translation>
    </message>
</context>
<context>
    <name>Magnetic</name>
    <message>
        <source>cannot read the magnetic model %1 in %2: %3</source>
        <translation>не вдається прочитати магнітну модель %1 у %2: %3</translation>
    </message>
    <message>
        <source>the magnetic model %1 in %2 does not say which years it covers</source>
        <translation>магнітна модель %1 у %2 не вказує, які роки вона охоплює</translation>
    </message>
    <message>
        <source>no magnetic model given</source>
        <translation>магнітну модель не вказано</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the magnetic model: %1</source>
        <translation>не вдається створити тимчасову теку для магнітної моделі: %1</translation>
    </message>
    <message>
        <source>the built-in magnetic model file %1 is missing</source>
        <translation>бракує вбудованого файлу магнітної моделі %1</translation>
    </message>
    <message>
        <source>no date for the magnetic declination</source>
        <translation>немає дати для магнітного схилення</translation>
    </message>
    <message>
        <source>%1 is outside the World Magnetic Model (%2 to %3): no magnetic declination</source>
        <translation>%1 поза межами Світової магнітної моделі (від %2 до %3): магнітного схилення немає</translation>
    </message>
</context>
<context>
    <name>MapLayer</name>
    <message>
        <source>%1: source and licence not stated in the file</source>
        <translation>%1: джерело й ліцензію у файлі не вказано</translation>
    </message>
    <message>
        <source>%1 by %2: %3 m² (%4 ha), ellipsoidal</source>
        <translation>%1 на %2: %3 м² (%4 га), на еліпсоїді</translation>
    </message>
</context>
<context>
    <name>OfflineSync</name>
    <message>
        <source>cannot create the offline bookkeeping tables</source>
        <translation>не вдається створити службові таблиці офлайн-копії</translation>
    </message>
    <message>
        <source>cannot record the workspace</source>
        <translation>не вдається записати відомості про робочий простір</translation>
    </message>
    <message>
        <source>it is not an offline copy of a team workspace (no %1 table)</source>
        <translation>це не офлайн-копія робочого простору команди (немає таблиці %1)</translation>
    </message>
    <message>
        <source>it does not say which workspace it came from</source>
        <translation>у файлі не вказано, з якого робочого простору він походить</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>хтось інший</translation>
    </message>
    <message>
        <source>%1: cannot reach the workspace it came from: %2</source>
        <translation>%1: не вдається з&apos;єднатися з робочим простором, з якого походить копія: %2</translation>
    </message>
    <message>
        <source>%1: the area was updated but its versions were not recorded</source>
        <translation>%1: ділянку оновлено, але її версії не записано</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>вивантажено</translation>
    </message>
    <message>
        <source>added to the workspace</source>
        <translation>додано до робочого простору</translation>
    </message>
    <message>
        <source>deleted in the workspace</source>
        <translation>видалено в робочому просторі</translation>
    </message>
    <message>
        <source>refreshed from the workspace</source>
        <translation>оновлено з робочого простору</translation>
    </message>
    <message>
        <source>removed offline</source>
        <translation>вилучено з офлайн-копії</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>у конфлікті</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>залишено моє</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>взято їхнє</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не вдалося</translation>
    </message>
    <message>
        <source>cancelled before the end</source>
        <translation>скасовано до завершення</translation>
    </message>
    <message>
        <source>no areas</source>
        <translation>немає ділянок</translation>
    </message>
    <message>
        <source>%1: the file already exists; choose a new name for the offline copy</source>
        <translation>%1: файл уже існує; виберіть нову назву для офлайн-копії</translation>
    </message>
    <message>
        <source>%1: cancelled; no offline copy was made</source>
        <translation>%1: скасовано; офлайн-копію не створено</translation>
    </message>
    <message>
        <source>%1: cannot record the workspace versions of the areas</source>
        <translation>%1: не вдається записати версії ділянок у робочому просторі</translation>
    </message>
    <message>
        <source>%1: cannot record the workspace versions of the areas (commit failed)</source>
        <translation>%1: не вдається записати версії ділянок у робочому просторі (не вдалося підтвердити)</translation>
    </message>
    <message>
        <source>changed in the workspace during the sync; both versions kept</source>
        <translation>змінено в робочому просторі під час синхронізації; обидві версії збережено</translation>
    </message>
    <message>
        <source>added offline, but the workspace already has an area with this GUID</source>
        <translation>додано офлайн, але в робочому просторі вже є ділянка з цим GUID</translation>
    </message>
    <message>
        <source>version %1 in the workspace</source>
        <translation>версія %1 у робочому просторі</translation>
    </message>
    <message>
        <source>; its versions were not recorded offline (the next sync will ask)</source>
        <translation>; її версії не записано в офлайн-копію (наступна синхронізація запитає)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версія %1</translation>
    </message>
    <message>
        <source>deleted offline and in the workspace</source>
        <translation>видалено офлайн і в робочому просторі</translation>
    </message>
    <message>
        <source>deleted offline, but changed in the workspace by %1 (now version %2)</source>
        <translation>видалено офлайн, але змінено в робочому просторі (автор змін: %1, тепер версія %2)</translation>
    </message>
    <message>
        <source>changed offline, but deleted in the workspace</source>
        <translation>змінено офлайн, але видалено в робочому просторі</translation>
    </message>
    <message>
        <source>changed offline and in the workspace by %1 (version %2 → %3); both versions kept</source>
        <translation>змінено офлайн і в робочому просторі (автор змін: %1, версія %2 → %3); обидві версії збережено</translation>
    </message>
    <message>
        <source>was version %1</source>
        <translation>була версія %1</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>версія %1 → %2</translation>
    </message>
    <message>
        <source>version %1 → %2 by %3</source>
        <translation>версія %1 → %2, автор змін: %3</translation>
    </message>
    <message>
        <source>A sync conflict is settled by keeping yours or taking theirs; merge fields in the form after taking theirs.</source>
        <translation>Конфлікт синхронізації розв&apos;язують, залишивши ваше або взявши їхнє; щоб об&apos;єднати поля, візьміть їхнє, а потім змініть поля у формі.</translation>
    </message>
    <message>
        <source>the offline copy now holds version %1</source>
        <translation>офлайн-копія тепер містить версію %1</translation>
    </message>
    <message>
        <source>removed offline, as in the workspace</source>
        <translation>вилучено з офлайн-копії, як і в робочому просторі</translation>
    </message>
    <message>
        <source>saved as version %1 over %2</source>
        <translation>збережено як версію %1 поверх %2</translation>
    </message>
    <message>
        <source>a deleted area</source>
        <translation>видаленої ділянки</translation>
    </message>
    <message>
        <source>%1: cannot write the sync report: %2</source>
        <translation>%1: не вдається записати звіт про синхронізацію: %2</translation>
    </message>
    <message>
        <source>; the offline version is kept in the area&apos;s history as not applied</source>
        <translation>; офлайн-версію збережено в історії ділянки як незастосовану</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>%1: choose .pdf, .svg or .png</source>
        <translation>%1: виберіть .pdf, .svg або .png</translation>
    </message>
    <message>
        <source>cannot write it here</source>
        <translation>тут неможливо записати</translation>
    </message>
    <message>
        <source>%1: a %2 × %3 px page does not fit in memory; choose a lower resolution</source>
        <translation>%1: сторінка %2 × %3 пкс не вміщується в пам&apos;ять; виберіть меншу роздільність</translation>
    </message>
    <message>
        <source>%1: export canceled; nothing was written</source>
        <translation>%1: експорт скасовано; нічого не записано</translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation>помилка запису</translation>
    </message>
    <message>
        <source>%1: cannot replace the file (is it open elsewhere, or the folder read-only?)</source>
        <translation>%1: не вдається замінити файл (він відкритий деінде або тека лише для читання?)</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: зображення порожнє</translation>
    </message>
    <message>
        <source>%1: compressing the image failed</source>
        <translation>%1: не вдалося стиснути зображення</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1; and %2 more</source>
        <translation>%1; і ще %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%1 is %2.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%1 — %2.</translation>
    </message>
    <message>
        <source> &lt;b&gt;As of %1: no treaty status.&lt;/b&gt;</source>
        <translation> &lt;b&gt;Станом на %1: статусу договору немає.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt; (row %1 of the territories table):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Джерела&lt;/b&gt; (рядок %1 таблиці територій):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (not in the vocabulary: kept as it is)</source>
        <translation>%1 (немає у словнику: залишено як є)</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Anti-personnel mine contamination&lt;/h4&gt;&lt;p&gt;</source>
        <translation>&lt;h4&gt;Забруднення протипіхотними мінами&lt;/h4&gt;&lt;p&gt;</translation>
    </message>
    <message>
        <source>Extent not reported</source>
        <translation>Площу не повідомлено</translation>
    </message>
    <message>
        <source>; class: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>; клас: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Article 5 clearance deadline: %1 (originally %2; extensions: %3)</source>
        <translation>&lt;br&gt;Кінцевий термін очищення за статтею 5: %1 (спочатку %2; продовження: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
</context>
<context>
    <name>Raster</name>
    <message>
        <source>its control points cannot place it</source>
        <translation>його контрольні точки не дають змоги його розмістити</translation>
    </message>
    <message>
        <source>%1: the raster lies outside what %2 can show</source>
        <translation>%1: растр лежить поза межами того, що може показати %2</translation>
    </message>
    <message>
        <source>%1: the raster has no georeferencing (no geotransform); it cannot be placed on the map</source>
        <translation>%1: растр не має геоприв&apos;язки (немає геотрансформації); його неможливо розмістити на карті</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL не може його відкрити</translation>
    </message>
</context>
<context>
    <name>RemainingTime</name>
    <message>
        <source>about %1 s left</source>
        <translation>залишилося близько %1 с</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>залишилося близько %1 хв</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL не може його відкрити</translation>
    </message>
    <message>
        <source>cannot copy it</source>
        <translation>не вдається скопіювати</translation>
    </message>
    <message>
        <source>%1: no raster bands</source>
        <translation>%1: немає растрових каналів</translation>
    </message>
    <message>
        <source>cannot warp the raster</source>
        <translation>не вдається трансформувати растр</translation>
    </message>
    <message>
        <source>%1: reading band %2 failed: %3</source>
        <translation>%1: не вдалося прочитати канал %2: %3</translation>
    </message>
    <message>
        <source>%1: the tile server cannot be reached, so the basemap is offline: it shows the tiles kept on this computer (places not visited before stay blank)</source>
        <translation>%1: сервер тайлів недоступний, тому базова карта працює офлайн: вона показує тайли, збережені на цьому комп&apos;ютері (місця, які раніше не переглядали, залишаються порожніми)</translation>
    </message>
    <message>
        <source>%1: part of the raster could not be decoded (GDAL: %2); what is drawn there (empty or black) is not the data</source>
        <translation>%1: частину растра не вдалося декодувати (GDAL: %2); те, що там намальовано (порожнє чи чорне), — не дані</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>Не вдалося намалювати: %1</translation>
    </message>
    <message>
        <source>Rendering failed (unknown error)</source>
        <translation>Не вдалося намалювати (невідома помилка)</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>cannot make the folder %1 for a copy of the sample data</source>
        <translation>не вдається створити теку %1 для копії демонстраційних даних</translation>
    </message>
    <message>
        <source>cannot copy the sample file %1 to %2</source>
        <translation>не вдається скопіювати демонстраційний файл %1 до %2</translation>
    </message>
    <message>
        <source>no sample data in %1</source>
        <translation>немає демонстраційних даних у %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>place</source>
        <translation>населений пункт</translation>
    </message>
    <message>
        <source>hazard area</source>
        <translation>небезпечна ділянка</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 мешканців</translation>
    </message>
</context>
<context>
    <name>SurveyPoint</name>
    <message>
        <source>could not read &quot;%1&quot; as lat/lon, DMS, UTM, MGRS or bearing/distance</source>
        <translation>не вдалося прочитати «%1» як широту/довготу, DMS, UTM, MGRS чи азимут/відстань</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot; as bearing/distance (write e.g. &quot;B 045.5 D 120&quot;: degrees from true north, metres; &quot;B 045.5 M D 120&quot; from magnetic north)</source>
        <translation>не вдалося прочитати «%1» як азимут/відстань (пишіть, напр., «B 045.5 D 120»: градуси від істинної півночі, метри; «B 045.5 M D 120» — від магнітної півночі)</translation>
    </message>
    <message>
        <source>bearing %1° in &quot;%2&quot; is outside 0 to 360°</source>
        <translation>азимут %1° у «%2» поза межами від 0 до 360°</translation>
    </message>
    <message>
        <source>distance %1 m in &quot;%2&quot; is negative</source>
        <translation>відстань %1 м у «%2» від&apos;ємна</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bearing and distance but there is no previous point to measure from</source>
        <translation>«%1» — це азимут і відстань, але немає попередньої точки, від якої вимірювати</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a magnetic bearing but no magnetic model is loaded to turn it into a true one</source>
        <translation>«%1» — це магнітний азимут, але не завантажено магнітної моделі, щоб перетворити його на істинний</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a magnetic bearing, but %2; give the date the bearings were taken, or true bearings</source>
        <translation>«%1» — це магнітний азимут, але %2; вкажіть дату вимірювання азимутів або наведіть істинні азимути</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a magnetic bearing, but there is no magnetic north at %2</source>
        <translation>«%1» — це магнітний азимут, але в %2 немає магнітної півночі</translation>
    </message>
    <message>
        <source>magnetic bearing</source>
        <translation>магнітний азимут</translation>
    </message>
    <message>
        <source>magnetic %1° + declination %2 (%3, %4) = true %5°</source>
        <translation>магнітний %1° + схилення %2 (%3, %4) = істинний %5°</translation>
    </message>
    <message>
        <source>bad UTM zone %1 in &quot;%2&quot; (zones are 1 to 60)</source>
        <translation>неправильна зона UTM %1 у «%2» (зони від 1 до 60)</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot; as MGRS: %2</source>
        <translation>не вдалося прочитати «%1» як MGRS: %2</translation>
    </message>
    <message>
        <source>none (outside UTM)</source>
        <translation>немає (поза UTM)</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot; as UTM: %2</source>
        <translation>не вдалося прочитати «%1» як UTM: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is neither a UTM latitude band (C to X, without I and O) nor a hemisphere (N or S)</source>
        <translation>«%1» у «%2» не є ні широтною смугою UTM (від C до X, без I та O), ні півкулею (N або S)</translation>
    </message>
    <message>
        <source>band %1 in &quot;%2&quot; does not match the northing: that point lies at %3°, in band %4</source>
        <translation>смуга %1 у «%2» не відповідає північній координаті: ця точка лежить на %3°, у смузі %4</translation>
    </message>
    <message>
        <source>write decimals with a point: 50.4501, 30.5234</source>
        <translation>пишіть десяткові дроби з крапкою: 50.4501, 30.5234</translation>
    </message>
    <message>
        <source>latitude %1° in &quot;%2&quot; is outside -90 to 90 (write latitude first, then longitude)</source>
        <translation>широта %1° у «%2» поза межами від -90 до 90 (пишіть спершу широту, потім довготу)</translation>
    </message>
    <message>
        <source>longitude %1° in &quot;%2&quot; is outside -180 to 180</source>
        <translation>довгота %1° у «%2» поза межами від -180 до 180</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot; as lat/lon: %2</source>
        <translation>не вдалося прочитати «%1» як широту/довготу: %2</translation>
    </message>
    <message>
        <source>No point given: the text is empty</source>
        <translation>Точку не вказано: текст порожній</translation>
    </message>
</context>
<context>
    <name>TeamWorkspace</name>
    <message>
        <source>(default database)</source>
        <translation>(типова база даних)</translation>
    </message>
    <message>
        <source>%1: the server refused the user name or password (%2). Check them, or the entry in ~/.pgpass or the service file.</source>
        <translation>%1: сервер відхилив ім&apos;я користувача або пароль (%2). Перевірте їх або запис у ~/.pgpass чи у файлі сервісів.</translation>
    </message>
    <message>
        <source>%1: there is no such database on the server (%2).</source>
        <translation>%1: на сервері немає такої бази даних (%2).</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached (%2). Check the host and port, the network, and that PostgreSQL is running.</source>
        <translation>%1: сервер недоступний (%2). Перевірте хост і порт, мережу та чи запущено PostgreSQL.</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace: %2</source>
        <translation>%1: не вдається відкрити робочий простір: %2</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 3 from version %1</source>
        <translation>не вдається перейти на схему небезпечних ділянок версії 3 з версії %1</translation>
    </message>
    <message>
        <source>cannot start the migration to hazard schema version 3</source>
        <translation>не вдається почати перехід на схему небезпечних ділянок версії 3</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 3: %1%2</source>
        <translation>не вдається перейти на схему небезпечних ділянок версії 3: %1%2</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>не вдається додати %1</translation>
    </message>
    <message>
        <source>cannot number the existing rows</source>
        <translation>не вдається пронумерувати наявні рядки</translation>
    </message>
    <message>
        <source>cannot create the history table</source>
        <translation>не вдається створити таблицю історії</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 3: the commit failed</source>
        <translation>не вдається перейти на схему небезпечних ділянок версії 3: підтвердження не вдалося</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локальний</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>служба %1</translation>
    </message>
</context>
<context>
    <name>Temporal</name>
    <message>
        <source>step &quot;%1&quot;: MineAtlas steps whole days; use P1D, P7D, P1M or P1Y</source>
        <translation>крок «%1»: MineAtlas рахує кроки цілими днями; використовуйте P1D, P7D, P1M або P1Y</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is not an ISO 8601 duration such as P1D, P7D, P1M or P1Y</source>
        <translation>крок «%1» не є тривалістю ISO 8601, як-от P1D, P7D, P1M чи P1Y</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is too large</source>
        <translation>крок «%1» завеликий</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is zero: the animation would never move</source>
        <translation>крок «%1» нульовий: анімація ніколи не зрушить</translation>
    </message>
    <message>
        <source>the animation needs a valid first and last date</source>
        <translation>анімації потрібні правильні перша й остання дати</translation>
    </message>
    <message>
        <source>the animation ends (%1) before it starts (%2)</source>
        <translation>анімація закінчується (%1) раніше, ніж починається (%2)</translation>
    </message>
    <message>
        <source>the animation step is zero</source>
        <translation>крок анімації нульовий</translation>
    </message>
    <message>
        <source>%1 to %2 by %3 is more than %4 frames; choose a longer step</source>
        <translation>від %1 до %2 з кроком %3 — це понад %4 кадрів; виберіть довший крок</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>part of %1, so %1&apos;s treaty status</source>
        <translation>частина %1, тож має статус договору %1</translation>
    </message>
    <message>
        <source>a dependency of %1; the Convention was extended to it on %2, so %1&apos;s treaty status from then</source>
        <translation>залежна територія %1; дію Конвенції поширено на неї %2, тож відтоді має статус договору %1</translation>
    </message>
    <message>
        <source>a dependency of %1; the Convention does not extend to it</source>
        <translation>залежна територія %1; дія Конвенції на неї не поширюється</translation>
    </message>
    <message>
        <source>a dependency of %1; the depositary records no application of the Convention to it</source>
        <translation>залежна територія %1; депозитарій не фіксує застосування Конвенції до неї</translation>
    </message>
</context>
<context>
    <name>TileCache</name>
    <message>
        <source>%1 is not a MineAtlas tile cache (no CACHEDIR.TAG): nothing was removed</source>
        <translation>%1 не є кешем тайлів MineAtlas (немає CACHEDIR.TAG): нічого не вилучено</translation>
    </message>
    <message>
        <source>%1: %2 file(s) could not be removed: %3</source>
        <translation>%1: не вдалося вилучити %2 файлів: %3</translation>
    </message>
</context>
<context>
    <name>TreatyStatus</name>
    <message>
        <source>Treaty not yet open</source>
        <translation>Договір ще не відкрито</translation>
    </message>
    <message>
        <source>Never joined</source>
        <translation>Ніколи не приєднувалася</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Держава, що підписала</translation>
    </message>
    <message>
        <source>Joined, not yet in force</source>
        <translation>Приєдналася, ще не набув чинності</translation>
    </message>
    <message>
        <source>State Party</source>
        <translation>Держава-учасниця</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Оголошено про вихід</translation>
    </message>
    <message>
        <source>Withdrawal pending</source>
        <translation>Вихід очікується</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Вийшла</translation>
    </message>
    <message>
        <source>Uncertain (date unknown)</source>
        <translation>Невизначено (дата невідома)</translation>
    </message>
    <message>
        <source>Not yet a state</source>
        <translation>Ще не держава</translation>
    </message>
    <message>
        <source>suspension claimed</source>
        <translation>заявлено про призупинення</translation>
    </message>
    <message>
        <source>withdrawal announced (no instrument deposited)</source>
        <translation>оголошено про вихід (документ не здано)</translation>
    </message>
    <message>
        <source>date uncertain</source>
        <translation>дата невизначена</translation>
    </message>
    <message>
        <source>entry into force computed (Art. 17)</source>
        <translation>набуття чинності обчислено (ст. 17)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Vertices %1 and %2 are the same point</source>
        <translation>Вершини %1 і %2 — та сама точка</translation>
    </message>
    <message>
        <source>An area needs at least 3 distinct vertices (it has %1)</source>
        <translation>Ділянці потрібно щонайменше 3 різні вершини (наразі %1)</translation>
    </message>
    <message>
        <source>Edges %1–%2 and %3–%4 cross</source>
        <translation>Ребра %1–%2 і %3–%4 перетинаються</translation>
    </message>
    <message>
        <source>Vertices %1 and %2 are %3 km apart (more than %4 km): check for a typing error, or add intermediate points</source>
        <translation>Вершини %1 і %2 віддалені на %3 км (понад %4 км): перевірте, чи немає помилки введення, або додайте проміжні точки</translation>
    </message>
    <message>
        <source>The area has no geometry</source>
        <translation>Ділянка не має геометрії</translation>
    </message>
    <message>
        <source>Overlaps open area %1</source>
        <translation>Перекривається з відкритою ділянкою %1</translation>
    </message>
</context>
<context>
    <name>VectorLoader</name>
    <message>
        <source>%1: %2 feature(s) have coordinates that are not numbers (NaN or infinity); they are not drawn</source>
        <translation>%1: %2 об&apos;єктів мають координати, що не є числами (NaN або нескінченність); їх не показано</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) have coordinates outside the valid range of longitude/latitude (latitude beyond ±90° or longitude beyond ±540°); they are not drawn</source>
        <translation>%1: %2 об&apos;єктів мають координати поза допустимими межами довготи/широти (широта понад ±90° або довгота понад ±540°); їх не показано</translation>
    </message>
    <message>
        <source>. With x and y swapped every one of them would be valid: the file probably stores latitude before longitude</source>
        <translation>. Якби поміняти x і y місцями, усі вони були б правильні: файл, імовірно, зберігає широту перед довготою</translation>
    </message>
    <message>
        <source>%1: %2 polygon feature(s) have a ring of fewer than three distinct points (no area)</source>
        <translation>%1: %2 полігональних об&apos;єктів мають кільце з менш ніж трьох різних точок (без площі)</translation>
    </message>
    <message>
        <source>a symbolic link that leads nowhere (a loop, or its target is gone): %1</source>
        <translation>символьне посилання, що нікуди не веде (цикл, або ціль зникла): %1</translation>
    </message>
    <message>
        <source>file not found (%1)</source>
        <translation>файл не знайдено (%1)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>це тека, а не файл</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>файл порожній (0 байтів)</translation>
    </message>
    <message>
        <source>the shapefile&apos;s attribute table (%1.dbf) is missing</source>
        <translation>бракує таблиці атрибутів shapefile (%1.dbf)</translation>
    </message>
    <message>
        <source>the shapefile&apos;s index (%1.shx) is missing; GDAL can rebuild it (ogr2ogr --config SHAPE_RESTORE_SHX YES)</source>
        <translation>бракує індексу shapefile (%1.shx); GDAL може відновити його (ogr2ogr --config SHAPE_RESTORE_SHX YES)</translation>
    </message>
    <message>
        <source>longitude (x)</source>
        <translation>довготу (x)</translation>
    </message>
    <message>
        <source>latitude (y)</source>
        <translation>широту (y)</translation>
    </message>
    <message>
        <source>%1: %2 columns could hold the %3: %4; the points are placed by the last, &quot;%5&quot;. Rename the others if that is not the one meant.</source>
        <translation>%1: %2 стовпців можуть містити %3: %4; точки розміщено за останнім, «%5». Перейменуйте інші, якщо мався на увазі не він.</translation>
    </message>
    <message>
        <source>file not found (it was removed while being opened): %1</source>
        <translation>файл не знайдено (його вилучили під час відкриття): %1</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL не може його відкрити</translation>
    </message>
    <message>
        <source>GDAL (%1 driver) found neither layers nor raster bands</source>
        <translation>GDAL (драйвер %1) не знайшов ні шарів, ні растрових каналів</translation>
    </message>
    <message>
        <source>no vector layer in this file</source>
        <translation>у цьому файлі немає векторного шару</translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;</source>
        <translation>немає шару з назвою «%1»</translation>
    </message>
    <message>
        <source>%1: GDAL could not read the coordinate reference system in %2 (%3); assumed WGS 84 longitude/latitude. Check that it lines up with other layers.</source>
        <translation>%1: GDAL не зміг прочитати систему координат у %2 (%3); прийнято довготу/широту WGS 84. Перевірте, чи шар збігається з іншими.</translation>
    </message>
    <message>
        <source>WGS 84 (assumed)</source>
        <translation>WGS 84 (прийнято)</translation>
    </message>
    <message>
        <source>%1: no coordinate reference system in the file; assumed WGS 84 longitude/latitude. Check that it lines up with other layers.</source>
        <translation>%1: у файлі немає системи координат; прийнято довготу/широту WGS 84. Перевірте, чи шар збігається з іншими.</translation>
    </message>
    <message>
        <source>%1: PROJ knows no datum transformation from the file&apos;s coordinate reference system (%2) to WGS 84, only an approximate one that ignores the datum shift; positions may be off by as much as that shift (often 100 m or more). Check that it lines up with other layers.</source>
        <translation>%1: PROJ не знає перетворення датуму із системи координат файлу (%2) у WGS 84, лише наближене, що ігнорує зсув датуму; положення можуть відхилятися на величину цього зсуву (часто 100 м і більше). Перевірте, чи шар збігається з іншими.</translation>
    </message>
    <message>
        <source>opening it would need about %1 MB of memory, and %2 MB are available; open a smaller extract (ogr2ogr -spat) or close other programs</source>
        <translation>для відкриття потрібно близько %1 МБ пам&apos;яті, а доступно %2 МБ; відкрийте менший фрагмент (ogr2ogr -spat) або закрийте інші програми</translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation>завантаження скасовано</translation>
    </message>
    <message>
        <source>reading features failed after %1 of them: %2</source>
        <translation>не вдалося прочитати об&apos;єкти після %1 з них: %2</translation>
    </message>
    <message>
        <source>%1: GDAL reported %2 error(s) reading features (last: %3); the %4 feature(s) it could read are shown</source>
        <translation>%1: GDAL повідомив про %2 помилок під час читання об&apos;єктів (остання: %3); показано %4 об&apos;єктів, які вдалося прочитати</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) have an empty geometry: their arcs point to nothing GDAL could build (an arc index past the file&apos;s arcs, or rings of no points)</source>
        <translation>%1: %2 об&apos;єктів мають порожню геометрію: їхні дуги вказують на ніщо, з чого GDAL міг би щось побудувати (індекс дуги поза межами дуг файлу або кільця без точок)</translation>
    </message>
    <message>
        <source>%1: %2 attribute value(s) are not valid UTF-8 text; the characters that could not be read show as �. Save the file as UTF-8 (or give a shapefile its .cpg) to see them</source>
        <translation>%1: %2 значень атрибутів не є правильним текстом UTF-8; символи, які не вдалося прочитати, показано як �. Збережіть файл у UTF-8 (або додайте до shapefile файл .cpg), щоб побачити їх</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) have no geometry; they are kept but not drawn</source>
        <translation>%1: %2 об&apos;єктів не мають геометрії; їх збережено, але не показано</translation>
    </message>
    <message>
        <source>%1: %2 vertices lie outside what %3 can show and were dropped</source>
        <translation>%1: %2 вершин лежать поза межами того, що може показати %3, і їх відкинуто</translation>
    </message>
    <message>
        <source>All supported files (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.kmz *.fgb *.gml *.csv *.tif *.tiff *.mbtiles *.vrt *.png *.jpg *.jpeg *.gif *.bmp *.jp2);;GeoPackage (*.gpkg);;ESRI Shapefile (*.shp);;GeoJSON (*.geojson *.json);;TopoJSON (*.topojson *.json);;KML (*.kml *.kmz);;FlatGeobuf (*.fgb);;GML (*.gml);;CSV with WKT or lon/lat (*.csv);;GeoTIFF (*.tif *.tiff);;MBTiles (*.mbtiles);;Scanned maps and images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.jp2);;All files (*)</source>
        <translation>Усі підтримувані файли (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.kmz *.fgb *.gml *.csv *.tif *.tiff *.mbtiles *.vrt *.png *.jpg *.jpeg *.gif *.bmp *.jp2);;GeoPackage (*.gpkg);;ESRI Shapefile (*.shp);;GeoJSON (*.geojson *.json);;TopoJSON (*.topojson *.json);;KML (*.kml *.kmz);;FlatGeobuf (*.fgb);;GML (*.gml);;CSV з WKT або довготою/широтою (*.csv);;GeoTIFF (*.tif *.tiff);;MBTiles (*.mbtiles);;Скановані карти й зображення (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.jp2);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>the file is read-only (no write permission)</source>
        <translation>файл лише для читання (немає дозволу на запис)</translation>
    </message>
    <message>
        <source>the system does not allow writing it (the file is immutable or protected)</source>
        <translation>система не дозволяє його записувати (файл незмінний або захищений)</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>він на диску лише для читання</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>його неможливо записати (%1)</translation>
    </message>
    <message>
        <source>its folder is read-only, so no journal can be written beside it (%1)</source>
        <translation>його тека лише для читання, тож поруч неможливо записати журнал (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <source>another program is writing to it (the file is locked); try again when it has finished</source>
        <translation>інша програма записує в нього (файл заблоковано); спробуйте знову, коли вона завершить</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>його відкрито лише для читання</translation>
    </message>
    <message>
        <source>%1 (GDAL: %2)</source>
        <translation>%1 (GDAL: %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MineAtlas: landmine contamination, borders and the Ottawa treaty.</source>
        <translation>MineAtlas: мінне забруднення, кордони та Оттавська конвенція.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Зберегти знімок вікна після завантаження й вийти.</translation>
    </message>
    <message>
        <source>With --screenshot: show this lon/lat box.</source>
        <translation>З --screenshot: показати цей прямокутник довготи/широти.</translation>
    </message>
    <message>
        <source>With --screenshot: identify here.</source>
        <translation>З --screenshot: ідентифікувати тут.</translation>
    </message>
    <message>
        <source>Show treaty status as of this date.</source>
        <translation>Показати статус договору на цю дату.</translation>
    </message>
    <message>
        <source>With --screenshot: start editing the top layer (a hazard layer), so --identify opens an area in the form.</source>
        <translation>З --screenshot: почати редагування верхнього шару (шару небезпечних ділянок), щоб --identify відкривав ділянку у формі.</translation>
    </message>
    <message>
        <source>Interface language for this run: en, uk or zh_CN (default: the Preferences choice, else the system&apos;s).</source>
        <translation>Мова інтерфейсу для цього запуску: en, uk або zh_CN (типово: вибір у Параметрах, інакше системна).</translation>
    </message>
    <message>
        <source>Layers to open (any GDAL vector or raster file), or one MineAtlas project (.mineatlas).</source>
        <translation>Шари для відкриття (будь-який векторний чи растровий файл GDAL) або один проєкт MineAtlas (.mineatlas).</translation>
    </message>
</context>
<context>
    <name>mineatlas::BasemapActions</name>
    <message>
        <source>Add &amp;basemap…</source>
        <translation>Додати &amp;базову карту…</translation>
    </message>
    <message>
        <source>A tile basemap under the layers: OpenStreetMap, an XYZ address or a WMTS service</source>
        <translation>Тайлова базова карта під шарами: OpenStreetMap, адреса XYZ або сервіс WMTS</translation>
    </message>
    <message>
        <source>&amp;Download basemap area for offline use…</source>
        <translation>&amp;Завантажити ділянку базової карти для офлайн-використання…</translation>
    </message>
    <message>
        <source>The basemap&apos;s tiles of the area in view, to an MBTiles file that opens as a layer</source>
        <translation>Тайли базової карти для ділянки в полі зору — у файл MBTiles, що відкривається як шар</translation>
    </message>
    <message>
        <source>A basemap is already being added</source>
        <translation>Базова карта вже додається</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>З&apos;єднання з %1</translation>
    </message>
    <message>
        <source>A basemap download is already running</source>
        <translation>Завантаження базової карти вже триває</translation>
    </message>
    <message>
        <source>Add a basemap first (Layer ▸ Add basemap…): there is nothing to download</source>
        <translation>Спершу додайте базову карту (Шар ▸ Додати базову карту…): нема чого завантажувати</translation>
    </message>
    <message>
        <source>The view cannot be placed in longitude and latitude</source>
        <translation>Поле зору неможливо визначити в довготі й широті</translation>
    </message>
    <message>
        <source>Save offline basemap</source>
        <translation>Зберегти офлайн-базову карту</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Завантаження %1</translation>
    </message>
    <message>
        <source>Saved %1 tiles to %2 for offline use</source>
        <translation>Збережено %1 тайлів у %2 для офлайн-використання</translation>
    </message>
</context>
<context>
    <name>mineatlas::DeskActions</name>
    <message>
        <source>Open &amp;recent project</source>
        <translation>Відкрити &amp;недавній проєкт</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Очистити список</translation>
    </message>
    <message numerus="yes">
        <source>%n project file(s) no longer found, taken off the recent list: %1</source>
        <translation>
            <numerusform>%n файл проєкту більше не знайдено, його вилучено зі списку недавніх: %1</numerusform>
            <numerusform>%n файли проєктів більше не знайдено, їх вилучено зі списку недавніх: %1</numerusform>
            <numerusform>%n файлів проєктів більше не знайдено, їх вилучено зі списку недавніх: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of recent projects is cleared.</source>
        <translation>Список недавніх проєктів очищено.</translation>
    </message>
</context>
<context>
    <name>mineatlas::ExportActions</name>
    <message>
        <source>&amp;Export map…</source>
        <translation>&amp;Експортувати карту…</translation>
    </message>
    <message>
        <source>A finished page of the map as shown: PDF, SVG or PNG, with legend, scale bar and sources</source>
        <translation>Готова сторінка карти в поточному вигляді: PDF, SVG або PNG, з легендою, масштабною лінійкою та джерелами</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Експортовано %1</translation>
    </message>
    <message>
        <source>Open a layer first: there is no map to export</source>
        <translation>Спершу відкрийте шар: немає карти для експорту</translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation>Експорт уже триває</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Експортувати карту</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Експорт %1</translation>
    </message>
</context>
<context>
    <name>mineatlas::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open layers: GeoPackage, Shapefile, GeoJSON, KML, GeoTIFF… (Ctrl+O)</source>
        <translation>Відкрити шари: GeoPackage, Shapefile, GeoJSON, KML, GeoTIFF… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавні</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>Відкрити &amp;демонстраційні дані</translation>
    </message>
    <message>
        <source>The sample data was not found beside the app (share/mineatlas/sample-data); set MINEATLAS_SAMPLE_DATA to its folder</source>
        <translation>Демонстраційні дані не знайдено поруч із програмою (share/mineatlas/sample-data); вкажіть їхню теку в MINEATLAS_SAMPLE_DATA</translation>
    </message>
    <message>
        <source>The sample data is already open</source>
        <translation>Демонстраційні дані вже відкрито</translation>
    </message>
    <message>
        <source>Open the sample countries and the illustrative (not real) hazard areas, incidents and front line</source>
        <translation>Відкрити демонстраційні країни та ілюстративні (не справжні) небезпечні ділянки, інциденти й лінію фронту</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>Open layers</source>
        <translation>Відкрити шари</translation>
    </message>
</context>
<context>
    <name>mineatlas::GeorefActions</name>
    <message>
        <source>&amp;Georeference…</source>
        <translation>&amp;Геоприв&apos;язка…</translation>
    </message>
    <message>
        <source>Pick control points on the map</source>
        <translation>Вибрати контрольні точки на карті</translation>
    </message>
    <message>
        <source>Place a scanned map or sketch on the map from control points and write it as a GeoTIFF</source>
        <translation>Розмістити скановану карту чи схему на карті за контрольними точками й записати як GeoTIFF</translation>
    </message>
    <message>
        <source>%1 has no georeferencing; it is shown in pixel space — Layer ▸ Georeference… to place it</source>
        <translation>%1 не має геоприв&apos;язки; його показано в піксельних координатах — Шар ▸ Геоприв&apos;язка…, щоб розмістити</translation>
    </message>
    <message>
        <source>Georeference a scan</source>
        <translation>Геоприв&apos;язка скану</translation>
    </message>
    <message>
        <source>Scans and images (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation>Скани й зображення (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp);;Усі файли (*)</translation>
    </message>
    <message>
        <source>A georeferenced copy is still being written</source>
        <translation>Прив&apos;язана копія ще записується</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n point(s), RMS %2 m</source>
        <translation>
            <numerusform>%1, %n точка, RMS %2 м</numerusform>
            <numerusform>%1, %n точки, RMS %2 м</numerusform>
            <numerusform>%1, %n точок, RMS %2 м</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 placed on the map as %2 (%3)</source>
        <translation>%1 розміщено на карті як %2 (%3)</translation>
    </message>
</context>
<context>
    <name>mineatlas::HazardActions</name>
    <message>
        <source>Discard the sketch?</source>
        <translation>Відкинути ескіз?</translation>
    </message>
    <message numerus="yes">
        <source>Throw away the %n vertices drawn so far?</source>
        <translation>
            <numerusform>Відкинути %n вершину, накреслену досі?</numerusform>
            <numerusform>Відкинути %n вершини, накреслені досі?</numerusform>
            <numerusform>Відкинути %n вершин, накреслених досі?</numerusform>
        </translation>
    </message>
    <message>
        <source>The sketch in progress lies outside what this map CRS can show; it is kept in the journal</source>
        <translation>Ескіз, що креслиться, лежить поза межами того, що може показати ця система координат карти; його збережено в журналі</translation>
    </message>
    <message>
        <source> — the form keeps your values.</source>
        <translation> — форма зберігає ваші значення.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <source>Delete area?</source>
        <translation>Видалити ділянку?</translation>
    </message>
    <message>
        <source>Delete this hazard area? (Undo brings it back.)</source>
        <translation>Видалити цю небезпечну ділянку? (Скасування поверне її.)</translation>
    </message>
    <message>
        <source>New &amp;hazard layer…</source>
        <translation>Новий шар &amp;небезпечних ділянок…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <source>&amp;Draw hazard areas</source>
        <translation>&amp;Креслити ділянку</translation>
    </message>
    <message>
        <source>Click vertices, Backspace removes the last, Enter or double-click finishes, Esc stops</source>
        <translation>Клацайте вершини, Backspace вилучає останню, Enter або подвійне клацання завершує, Esc зупиняє</translation>
    </message>
    <message>
        <source>Edit &amp;vertices</source>
        <translation>&amp;Вершини</translation>
    </message>
    <message>
        <source>Click an area, drag its vertices, click an edge to add one, Delete removes the selected one</source>
        <translation>Клацніть ділянку, перетягуйте її вершини, клацніть ребро, щоб додати вершину, Delete вилучає вибрану</translation>
    </message>
    <message>
        <source>Draw a &amp;hole in an area</source>
        <translation>Накреслити &amp;отвір у ділянці</translation>
    </message>
    <message>
        <source>S&amp;plit off part of an area</source>
        <translation>&amp;Відокремити частину ділянки</translation>
    </message>
    <message>
        <source>Enter &amp;survey points…</source>
        <translation>Ввести точки &amp;обстеження…</translation>
    </message>
    <message>
        <source>&amp;Import hazard areas…</source>
        <translation>&amp;Імпортувати небезпечні ділянки…</translation>
    </message>
    <message>
        <source>E&amp;xport hazard areas…</source>
        <translation>&amp;Експортувати небезпечні ділянки…</translation>
    </message>
    <message>
        <source>&amp;Snap to vertices and edges</source>
        <translation>&amp;Прилипати до вершин і ребер</translation>
    </message>
    <message>
        <source>While drawing, clicks within 10 px of a vertex or edge of a visible layer land on it</source>
        <translation>Під час креслення клацання в межах 10 пкс від вершини чи ребра видимого шару потрапляє точно на них</translation>
    </message>
    <message>
        <source>Select a hazard layer in the Layers panel (File ▸ New hazard layer… makes one).</source>
        <translation>Виберіть шар небезпечних ділянок на панелі «Шари» (Файл ▸ Новий шар небезпечних ділянок… створює його).</translation>
    </message>
    <message>
        <source>
Select a hazard layer (File ▸ New hazard layer… makes one).</source>
        <translation>
Виберіть шар небезпечних ділянок (Файл ▸ Новий шар небезпечних ділянок… створює його).</translation>
    </message>
    <message>
        <source>a hole</source>
        <translation>отвір</translation>
    </message>
    <message>
        <source>a part to split off</source>
        <translation>частину для відокремлення</translation>
    </message>
    <message>
        <source>an area</source>
        <translation>ділянку</translation>
    </message>
    <message>
        <source>Unsaved sketch</source>
        <translation>Незбережений ескіз</translation>
    </message>
    <message numerus="yes">
        <source>A sketch of %1 with %n vertices was being drawn on %2 when MineAtlas last stopped. Restore it?</source>
        <translation>
            <numerusform>Коли MineAtlas востаннє зупинився, на %2 креслили ескіз (%1) з %n вершиною. Відновити його?</numerusform>
            <numerusform>Коли MineAtlas востаннє зупинився, на %2 креслили ескіз (%1) з %n вершинами. Відновити його?</numerusform>
            <numerusform>Коли MineAtlas востаннє зупинився, на %2 креслили ескіз (%1) з %n вершинами. Відновити його?</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the hole inside an area, then Enter</source>
        <translation>Накресліть отвір усередині ділянки, потім Enter</translation>
    </message>
    <message>
        <source>Draw around the part to split off, then Enter</source>
        <translation>Обведіть частину, яку треба відокремити, потім Enter</translation>
    </message>
    <message>
        <source> — the sketch is kept.</source>
        <translation> — ескіз збережено.</translation>
    </message>
    <message>
        <source>Hole cut out</source>
        <translation>Отвір вирізано</translation>
    </message>
    <message>
        <source>Part split off</source>
        <translation>Частину відокремлено</translation>
    </message>
    <message>
        <source> — the sketch is kept; fix it or undo vertices.</source>
        <translation> — ескіз збережено; виправте його або скасуйте вершини.</translation>
    </message>
    <message>
        <source>Saved hazard area to %1 — fill in its attributes in the form</source>
        <translation>Небезпечну ділянку збережено в %1 — заповніть її атрибути у формі</translation>
    </message>
    <message>
        <source>New hazard layer</source>
        <translation>Новий шар небезпечних ділянок</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message numerus="yes">
        <source>Entering survey points replaces the %n vertices drawn so far. Discard them?</source>
        <translation>
            <numerusform>Введення точок обстеження замінить %n вершину, накреслену досі. Відкинути її?</numerusform>
            <numerusform>Введення точок обстеження замінить %n вершини, накреслені досі. Відкинути їх?</numerusform>
            <numerusform>Введення точок обстеження замінить %n вершин, накреслених досі. Відкинути їх?</numerusform>
        </translation>
    </message>
    <message>
        <source> — the points stay on the map as a sketch.</source>
        <translation> — точки залишаються на карті як ескіз.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the surveyed area (%n points) — fill in its attributes in the form</source>
        <translation>
            <numerusform>Обстежену ділянку збережено (%n точка) — заповніть її атрибути у формі</numerusform>
            <numerusform>Обстежену ділянку збережено (%n точки) — заповніть її атрибути у формі</numerusform>
            <numerusform>Обстежену ділянку збережено (%n точок) — заповніть її атрибути у формі</numerusform>
        </translation>
    </message>
    <message>
        <source>Import hazard areas</source>
        <translation>Імпортувати небезпечні ділянки</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Імпорт %1</translation>
    </message>
    <message>
        <source> — nothing was imported.</source>
        <translation> — нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Import canceled; nothing was imported.</source>
        <translation>Імпорт скасовано; нічого не імпортовано.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s) as one step (Undo takes them all back)</source>
        <translation>
            <numerusform>Імпортовано %n ділянку одним кроком (Скасування забирає все)</numerusform>
            <numerusform>Імпортовано %n ділянки одним кроком (Скасування забирає всі)</numerusform>
            <numerusform>Імпортовано %n ділянок одним кроком (Скасування забирає всі)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with required fields empty (hatched on the map)</source>
        <translation>
            <numerusform>; %n з порожніми обов&apos;язковими полями (заштриховано на карті)</numerusform>
            <numerusform>; %n з порожніми обов&apos;язковими полями (заштриховано на карті)</numerusform>
            <numerusform>; %n з порожніми обов&apos;язковими полями (заштриховано на карті)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. Skipped %n: %1</source>
        <translation>
            <numerusform>. Пропущено %n: %1</numerusform>
            <numerusform>. Пропущено %n: %1</numerusform>
            <numerusform>. Пропущено %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a hazard layer to export</source>
        <translation>Виберіть шар небезпечних ділянок для експорту</translation>
    </message>
    <message>
        <source>Export hazard areas</source>
        <translation>Експортувати небезпечні ділянки</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected hazard area(s)</source>
        <translation>
            <numerusform>Експортувати %n вибрану небезпечну ділянку</numerusform>
            <numerusform>Експортувати %n вибрані небезпечні ділянки</numerusform>
            <numerusform>Експортувати %n вибраних небезпечних ділянок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s) to %1, but %2 of them have required fields empty: %3</source>
        <translation>
            <numerusform>Експортовано %n ділянку в %1, але %2 з них мають порожні обов&apos;язкові поля: %3</numerusform>
            <numerusform>Експортовано %n ділянки в %1, але %2 з них мають порожні обов&apos;язкові поля: %3</numerusform>
            <numerusform>Експортовано %n ділянок у %1, але %2 з них мають порожні обов&apos;язкові поля: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n selected area(s) to %1</source>
        <translation>
            <numerusform>Експортовано %n вибрану ділянку в %1</numerusform>
            <numerusform>Експортовано %n вибрані ділянки в %1</numerusform>
            <numerusform>Експортовано %n вибраних ділянок у %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s) to %1</source>
        <translation>
            <numerusform>Експортовано %n ділянку в %1</numerusform>
            <numerusform>Експортовано %n ділянки в %1</numerusform>
            <numerusform>Експортовано %n ділянок у %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Шар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Magnetic bearings are not available: %1</source>
        <translation>Магнітні азимути недоступні: %1</translation>
    </message>
    <message>
        <source>&amp;Style…</source>
        <translation>&amp;Стиль…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Select a layer in the Layers panel first</source>
        <translation>Спершу виберіть шар на панелі «Шари»</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Шари</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Hazard area</source>
        <translation>Ділянка</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>%1: the layer has no features yet</source>
        <translation>%1: шар ще не має об&apos;єктів</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation>Спершу виберіть векторний шар на панелі «Шари»</translation>
    </message>
    <message>
        <source>Ha&amp;zards</source>
        <translation>&amp;Небезпечні ділянки</translation>
    </message>
</context>
<context>
    <name>mineatlas::PreferenceActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метри…</translation>
    </message>
    <message>
        <source>Language, units, coordinate format, default map CRS, snapping and the tile cache</source>
        <translation>Мова, одиниці, формат координат, типова система координат карти, прилипання та кеш тайлів</translation>
    </message>
    <message>
        <source>&amp;About MineAtlas</source>
        <translation>&amp;Про MineAtlas</translation>
    </message>
    <message>
        <source>About MineAtlas</source>
        <translation>Про MineAtlas</translation>
    </message>
    <message>
        <source>The language changes when MineAtlas next starts</source>
        <translation>Мова зміниться після наступного запуску MineAtlas</translation>
    </message>
    <message numerus="yes">
        <source>While drawing, clicks within %n px of a vertex or edge of a visible layer land on it (Edit ▸ Preferences sets how close)</source>
        <translation>
            <numerusform>Під час креслення клацання в межах %n пікселя від вершини чи ребра видимого шару потрапляє точно на них (відстань задають у Редагування ▸ Параметри)</numerusform>
            <numerusform>Під час креслення клацання в межах %n пікселів від вершини чи ребра видимого шару потрапляє точно на них (відстань задають у Редагування ▸ Параметри)</numerusform>
            <numerusform>Під час креслення клацання в межах %n пікселів від вершини чи ребра видимого шару потрапляє точно на них (відстань задають у Редагування ▸ Параметри)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;MineAtlas %1&lt;/h3&gt;&lt;p&gt;A desktop viewer for landmine contamination, borders and the Ottawa Mine Ban Treaty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MineAtlas %1&lt;/h3&gt;&lt;p&gt;Настільна програма для перегляду мінного забруднення, кордонів і статусу Оттавської конвенції про заборону мін.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Running on&lt;/b&gt;&lt;br&gt;Qt %1 · GDAL %2 · PROJ %3 · GeographicLib %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Працює на основі&lt;/b&gt;&lt;br&gt;Qt %1 · GDAL %2 · PROJ %3 · GeographicLib %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data and licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Дані та ліцензії&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Country borders: %1 4.1.0 (public domain), via world-atlas (ISC licence); ISO codes and names from i18n-iso-countries (MIT licence).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Кордони країн: %1 4.1.0 (суспільне надбання), через world-atlas (ліцензія ISC); коди ISO та назви з i18n-iso-countries (ліцензія MIT).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Populated places: %1 (CC BY 4.0).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Населені пункти: %1 (CC BY 4.0).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Ottawa Convention status: the UN Treaty Collection depositary record (chapter XXVI-5), with a source on every row.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Статус Оттавської конвенції: запис депозитарію в Колекції договорів ООН (глава XXVI-5), із джерелом у кожному рядку.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Reported anti-personnel mine contamination: Landmine Monitor, with a source on every row.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Повідомлене забруднення протипіхотними мінами: Landmine Monitor, із джерелом у кожному рядку.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;World Magnetic Model: NOAA NCEI and the British Geological Survey (public domain).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Світова магнітна модель: NOAA NCEI та Британська геологічна служба (суспільне надбання).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Hazard areas, incidents and the front line in the sample data are illustrative, not real.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Небезпечні ділянки, інциденти й лінія фронту в демонстраційних даних ілюстративні, не справжні.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Basemap tiles: their provider&apos;s terms; OpenStreetMap data © OpenStreetMap contributors (ODbL), credited on the map.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Тайли базової карти: умови їхнього постачальника; дані OpenStreetMap © учасники OpenStreetMap (ODbL), зазначено на карті.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each source, version and licence in full: sample-data/README.md and resources/*/README.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Усі джерела, версії та ліцензії повністю: sample-data/README.md і resources/*/README.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mineatlas::ProgressWidgets</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop what is running; nothing half-done is kept</source>
        <translation>Зупинити те, що виконується; нічого незавершеного не зберігається</translation>
    </message>
</context>
<context>
    <name>mineatlas::ProjectActions</name>
    <message>
        <source>MineAtlas project (*.mineatlas);;All files (*)</source>
        <translation>Проєкт MineAtlas (*.mineatlas);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>Новий &amp;проєкт</translation>
    </message>
    <message>
        <source>Close the layers and start an empty project</source>
        <translation>Закрити шари й почати порожній проєкт</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Відкрити п&amp;роєкт…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <source>Open a saved MineAtlas project (.mineatlas): layers, styles, view, date</source>
        <translation>Відкрити збережений проєкт MineAtlas (.mineatlas): шари, стилі, вигляд, дата</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Зберегти проєкт</translation>
    </message>
    <message>
        <source>Save the layers, styles, joins, view, date and page template to the project file</source>
        <translation>Зберегти шари, стилі, з&apos;єднання, вигляд, дату й шаблон сторінки у файл проєкту</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Зберегти проєкт &amp;як…</translation>
    </message>
    <message>
        <source>Save the project to a new file (layer paths are kept relative to it)</source>
        <translation>Зберегти проєкт у новий файл (шляхи до шарів зберігаються відносно нього)</translation>
    </message>
    <message>
        <source>%1[*] — MineAtlas</source>
        <translation>%1[*] — MineAtlas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>The project %1 has changes that are not saved. Save them?</source>
        <translation>Проєкт %1 має незбережені зміни. Зберегти їх?</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Зберегти проєкт як</translation>
    </message>
    <message>
        <source>Saved project %1</source>
        <translation>Проєкт %1 збережено</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <source>Opening %1 canceled</source>
        <translation>Відкриття %1 скасовано</translation>
    </message>
    <message>
        <source>Opening project %1…</source>
        <translation>Відкриття проєкту %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of the project were not opened: %1. They stay in the project; open it again to repair their paths.</source>
        <translation>
            <numerusform>%n шар проєкту не відкрито: %1. Він залишається в проєкті; відкрийте проєкт знову, щоб виправити шлях до нього.</numerusform>
            <numerusform>%n шари проєкту не відкрито: %1. Вони залишаються в проєкті; відкрийте проєкт знову, щоб виправити шляхи до них.</numerusform>
            <numerusform>%n шарів проєкту не відкрито: %1. Вони залишаються в проєкті; відкрийте проєкт знову, щоб виправити шляхи до них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>Незбережені зміни в %1 відновлено</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Проєкт %1 відкрито</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>проєкт без назви</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Відновити незбережені зміни</translation>
    </message>
    <message>
        <source>MineAtlas did not close normally. Recover the unsaved changes to %1, saved automatically at %2?</source>
        <translation>MineAtlas не було закрито належним чином. Відновити незбережені зміни в %1, автоматично збережені %2?</translation>
    </message>
    <message>
        <source>The sample project was not found beside the app (share/mineatlas/sample-data/%1); set MINEATLAS_SAMPLE_DATA to its folder</source>
        <translation>Демонстраційний проєкт не знайдено поруч із програмою (share/mineatlas/sample-data/%1); вкажіть його теку в MINEATLAS_SAMPLE_DATA</translation>
    </message>
    <message>
        <source>Cannot copy the sample project to %1</source>
        <translation>Не вдається скопіювати демонстраційний проєкт до %1</translation>
    </message>
    <message>
        <source>Welcome to MineAtlas</source>
        <translation>Ласкаво просимо до MineAtlas</translation>
    </message>
    <message>
        <source>New here? The sample project shows country borders coloured by Mine Ban Treaty status, illustrative (not real) hazard areas and incidents, and place names.</source>
        <translation>Уперше тут? Демонстраційний проєкт показує кордони країн, розфарбовані за статусом Конвенції про заборону мін, ілюстративні (не справжні) небезпечні ділянки й інциденти, а також назви місць.</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Відкрити демонстраційний проєкт</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
</context>
<context>
    <name>mineatlas::SearchActions</name>
    <message>
        <source>&amp;Find place, country or hazard id…</source>
        <translation>&amp;Знайти місце, країну чи ідентифікатор ділянки…</translation>
    </message>
    <message>
        <source>Search the open layers: places (also by their names in other languages), countries and hazard areas by id</source>
        <translation>Пошук у відкритих шарах: місця (також за назвами іншими мовами), країни та небезпечні ділянки за ідентифікатором</translation>
    </message>
</context>
<context>
    <name>mineatlas::SyncActions</name>
    <message>
        <source>Take &amp;offline…</source>
        <translation>Створити &amp;офлайн-копію…</translation>
    </message>
    <message>
        <source>Copy the team workspace&apos;s areas in the current map view to a GeoPackage for field work without a network</source>
        <translation>Скопіювати ділянки робочого простору команди з поточного вигляду карти до GeoPackage для польової роботи без мережі</translation>
    </message>
    <message>
        <source>&amp;Sync back…</source>
        <translation>&amp;Синхронізувати офлайн-копію…</translation>
    </message>
    <message>
        <source>Bring the edits of an offline copy into its team workspace, area by area; nothing changed on both sides is overwritten</source>
        <translation>Перенести зміни з офлайн-копії до її робочого простору команди, ділянку за ділянкою; ніщо, змінене з обох боків, не перезаписується</translation>
    </message>
    <message>
        <source>Area &amp;history…</source>
        <translation>&amp;Історія ділянки…</translation>
    </message>
    <message>
        <source>Every version of the area shown in the Hazard area form: show one on the map, restore one as a new version</source>
        <translation>Усі версії ділянки, показаної у формі «Ділянка»: покажіть будь-яку з них на карті або відновіть її як нову версію</translation>
    </message>
    <message>
        <source>Take offline copies areas of a team workspace: select a workspace layer (or edit one) first</source>
        <translation>«Створити офлайн-копію» копіює ділянки робочого простору команди: спершу виберіть шар робочого простору (або почніть редагувати його)</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>Створити офлайн-копію</translation>
    </message>
    <message>
        <source>Areas in the map view (%1° to %2° E, %3° to %4° N) go offline.
Only those matching (optional, e.g. status = &apos;open&apos;):</source>
        <translation>До офлайн-копії потрапляють ділянки з поточного вигляду карти (від %1° до %2° сх. д., від %3° до %4° пн. ш.).
Лише ті, що відповідають умові (необов&apos;язково, напр. status = &apos;open&apos;):</translation>
    </message>
    <message>
        <source>Take offline to a GeoPackage</source>
        <translation>Зберегти офлайн-копію в GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Taking areas offline</source>
        <translation>Створення офлайн-копії ділянок</translation>
    </message>
    <message>
        <source>Sync back an offline copy</source>
        <translation>Синхронізувати офлайн-копію з робочим простором</translation>
    </message>
    <message>
        <source>Syncing %1 back</source>
        <translation>Синхронізація %1 з робочим простором</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) taken offline to %1; edit them there, then Hazards ▸ Sync back</source>
        <translation>
            <numerusform>%n ділянку скопійовано в %1 для роботи офлайн; редагуйте її там, а потім — Небезпечні ділянки ▸ Синхронізувати офлайн-копію</numerusform>
            <numerusform>%n ділянки скопійовано в %1 для роботи офлайн; редагуйте їх там, а потім — Небезпечні ділянки ▸ Синхронізувати офлайн-копію</numerusform>
            <numerusform>%n ділянок скопійовано в %1 для роботи офлайн; редагуйте їх там, а потім — Небезпечні ділянки ▸ Синхронізувати офлайн-копію</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 synced: %2</source>
        <translation>%1 синхронізовано: %2</translation>
    </message>
    <message>
        <source>Area history: edit a hazard layer and click an area on the map to show it in the Hazard area form first</source>
        <translation>Історія ділянки: спершу почніть редагувати шар небезпечних ділянок і клацніть ділянку на карті, щоб показати її у формі «Ділянка»</translation>
    </message>
    <message>
        <source>A GeoPackage keeps only the current version; a team workspace keeps every one.</source>
        <translation>GeoPackage зберігає лише поточну версію; робочий простір команди зберігає всі.</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2; every earlier version is kept</source>
        <translation>Версію %1 відновлено як версію %2; усі попередні версії збережено</translation>
    </message>
    <message>
        <source>Take offline canceled: no password for %1.</source>
        <translation>Перенесення в офлайн скасовано: немає пароля для %1.</translation>
    </message>
    <message>
        <source>Sync back of %1 canceled: no password for %2. Nothing was changed, in the offline copy or in the workspace.</source>
        <translation>Синхронізацію %1 скасовано: немає пароля для %2. Нічого не змінено ні в офлайн-копії, ні в робочому просторі.</translation>
    </message>
</context>
<context>
    <name>mineatlas::TableActions</name>
    <message>
        <source>Attribute table</source>
        <translation>Таблиця атрибутів</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>Відкрити &amp;таблицю атрибутів</translation>
    </message>
    <message>
        <source>The features of the selected layer as a table (F6)</source>
        <translation>Об&apos;єкти вибраного шару у вигляді таблиці (F6)</translation>
    </message>
    <message>
        <source>Se&amp;lect features</source>
        <translation>&amp;Вибір</translation>
    </message>
    <message>
        <source>Click a feature to select it, drag a box to select those in it; Ctrl toggles. Esc goes back to panning</source>
        <translation>Клацніть об&apos;єкт, щоб вибрати його, обведіть рамкою, щоб вибрати об&apos;єкти в ній; Ctrl перемикає. Esc повертає до переміщення</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Наблизити до вибраного</translation>
    </message>
    <message>
        <source>Nothing is selected: select features in the attribute table or with Layer ▸ Select features</source>
        <translation>Нічого не вибрано: виберіть об&apos;єкти в таблиці атрибутів або через Шар ▸ Вибрати об&apos;єкти</translation>
    </message>
    <message>
        <source>Clear selectio&amp;n</source>
        <translation>&amp;Зняти вибір</translation>
    </message>
    <message>
        <source>Nothing was selected</source>
        <translation>Нічого не було вибрано</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation>Спершу виберіть векторний шар на панелі «Шари»</translation>
    </message>
    <message>
        <source>Attribute table — %1</source>
        <translation>Таблиця атрибутів — %1</translation>
    </message>
    <message>
        <source>Open a vector layer to select its features</source>
        <translation>Відкрийте векторний шар, щоб вибрати його об&apos;єкти</translation>
    </message>
</context>
<context>
    <name>mineatlas::TeamActions</name>
    <message>
        <source>Open hazard &amp;workspace…</source>
        <translation>Відкрити р&amp;обочий простір небезпечних ділянок…</translation>
    </message>
    <message>
        <source>Edit a team&apos;s hazard areas in PostgreSQL + PostGIS with others</source>
        <translation>Редагувати небезпечні ділянки команди в PostgreSQL + PostGIS разом з іншими</translation>
    </message>
    <message>
        <source>Add Post&amp;GIS layer…</source>
        <translation>Додати шар Post&amp;GIS…</translation>
    </message>
    <message>
        <source>Others&apos; changes no longer appear live: %1. Saving reconnects once the server is back.</source>
        <translation>Зміни інших більше не з&apos;являються наживо: %1. Щойно сервер знову стане доступним, збереження відновить з&apos;єднання.</translation>
    </message>
    <message>
        <source>Create the hazard tables?</source>
        <translation>Створити таблиці небезпечних ділянок?</translation>
    </message>
    <message>
        <source>%1 has no hazard tables (%2) yet. Create them (hazard areas, their history and the version table)?</source>
        <translation>У %1 ще немає таблиць небезпечних ділянок (%2). Створити їх (небезпечні ділянки, їхню історію та таблицю версій)?</translation>
    </message>
    <message>
        <source>%1: nothing opened; the workspace has no hazard tables yet.</source>
        <translation>%1: нічого не відкрито; у робочому просторі ще немає таблиць небезпечних ділянок.</translation>
    </message>
    <message numerus="yes">
        <source>%1: editing as %2, %n area(s). Saves are checked against others&apos; changes.%3</source>
        <translation>
            <numerusform>%1: редагування від імені %2, %n ділянка. Збереження перевіряються на зміни інших.%3</numerusform>
            <numerusform>%1: редагування від імені %2, %n ділянки. Збереження перевіряються на зміни інших.%3</numerusform>
            <numerusform>%1: редагування від імені %2, %n ділянок. Збереження перевіряються на зміни інших.%3</numerusform>
        </translation>
    </message>
    <message>
        <source>mine</source>
        <translation>моя версія</translation>
    </message>
    <message>
        <source>theirs (v%1, %2)</source>
        <translation>їхня версія (v%1, %2)</translation>
    </message>
    <message>
        <source>Not saved: the conflict is still open; your change stays where you made it.</source>
        <translation>Не збережено: конфлікт ще не розв&apos;язано; ваша зміна залишається там, де ви її зробили.</translation>
    </message>
    <message>
        <source>Kept your version of %1 (now version %2); theirs stays in the history.</source>
        <translation>Залишено вашу версію ділянки %1 (тепер версія %2); їхня залишається в історії.</translation>
    </message>
    <message>
        <source>Deleted %1 as you asked; their version stays in the history.</source>
        <translation>Ділянку %1 видалено, як ви просили; їхня версія залишається в історії.</translation>
    </message>
    <message>
        <source>Took their version of %1; your change was dropped.</source>
        <translation>Взято їхню версію ділянки %1; вашу зміну відкинуто.</translation>
    </message>
    <message>
        <source>Merged the versions of %1 (now version %2); theirs stays in the history.</source>
        <translation>Версії ділянки %1 об&apos;єднано (тепер версія %2); їхня залишається в історії.</translation>
    </message>
    <message>
        <source>%1 changed by %2</source>
        <translation>%1 — автор змін: %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (видалено)</translation>
    </message>
    <message>
        <source>Changed by %1 on %2: %3. Outlined in magenta until you open them.</source>
        <translation>Зміни від %1 у %2: %3. Обведено пурпуровим, доки ви їх не відкриєте.</translation>
    </message>
    <message>
        <source>others</source>
        <translation>інших</translation>
    </message>
    <message>
        <source>%1: not opened, no password given. The layer stays in the project.</source>
        <translation>%1: не відкрито, пароль не надано. Шар лишається в проєкті.</translation>
    </message>
    <message>
        <source>Took their version of %1; yours is kept in Hazards ▸ Area history as not applied, to restore if needed.</source>
        <translation>Взято їхню версію %1; вашу збережено в Небезпечні ділянки ▸ Історія ділянки як незастосовану, її можна відновити.</translation>
    </message>
    <message>
        <source>Others&apos; changes will not appear live: %1</source>
        <translation>Зміни інших не з&apos;являтимуться наживо: %1</translation>
    </message>
</context>
<context>
    <name>mineatlas::TimeActions</name>
    <message>
        <source>Export &amp;animation…</source>
        <translation>Експортувати &amp;анімацію…</translation>
    </message>
    <message>
        <source>The map through time as an animated GIF, MP4/WebM video or PNG frames, with the date and legend</source>
        <translation>Карта в часі як анімований GIF, відео MP4/WebM або кадри PNG, з датою та легендою</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим &amp;презентації</translation>
    </message>
    <message>
        <source>Full-screen map with a large date and legend: Space plays or pauses, ←/→ step, Esc leaves</source>
        <translation>Карта на весь екран із великою датою та легендою: Пробіл відтворює чи призупиняє, ←/→ — крок, Esc — вихід</translation>
    </message>
    <message>
        <source>&amp;Dates and time…</source>
        <translation>&amp;Дати й час…</translation>
    </message>
    <message>
        <source>Animation export canceled: nothing was written</source>
        <translation>Експорт анімації скасовано: нічого не записано</translation>
    </message>
    <message>
        <source>Exported %1 (%2 frames)</source>
        <translation>Експортовано %1 (%2 кадрів)</translation>
    </message>
    <message>
        <source>%1 (by &quot;%2&quot;, %3)</source>
        <translation>%1 (за «%2», %3)</translation>
    </message>
    <message>
        <source>shown from that date on</source>
        <translation>показано від цієї дати</translation>
    </message>
    <message>
        <source>shown while active</source>
        <translation>показано, поки чинний</translation>
    </message>
    <message>
        <source>Following the map&apos;s date: %1. Layer ▸ Dates and time… changes it.</source>
        <translation>Відповідно до дати карти: %1. Шар ▸ Дати й час… змінює це.</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation>Спершу виберіть векторний шар на панелі «Шари»</translation>
    </message>
    <message>
        <source>Open a layer first: there is no map to animate</source>
        <translation>Спершу відкрийте шар: немає карти для анімації</translation>
    </message>
    <message>
        <source>An animation export is already running</source>
        <translation>Експорт анімації вже триває</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Експортувати анімацію</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm);;PNG frames, in a folder (*)</source>
        <translation>Анімований GIF (*.gif);;Відео MP4 (*.mp4);;Відео WebM (*.webm);;Кадри PNG у теці (*)</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Експорт %1</translation>
    </message>
</context>
<context>
    <name>mineatlas::TreatyActions</name>
    <message>
        <source>Load &amp;treaty table…</source>
        <translation>Завантажити &amp;таблицю договору…</translation>
    </message>
    <message>
        <source>Load treaty table</source>
        <translation>Завантажити таблицю договору</translation>
    </message>
    <message>
        <source>Treaty table (*.csv);;All files (*)</source>
        <translation>Таблиця договору (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Loading treaty table %1…</source>
        <translation>Завантаження таблиці договору %1…</translation>
    </message>
    <message>
        <source> The previous table stays in use.</source>
        <translation> Попередня таблиця залишається чинною.</translation>
    </message>
    <message>
        <source>Loaded treaty table %1 (%2 states)</source>
        <translation>Завантажено таблицю договору %1 (%2 держав)</translation>
    </message>
    <message>
        <source>Copy treaty status of visible countries (&amp;CSV)</source>
        <translation>Копіювати статус договору видимих країн (&amp;CSV)</translation>
    </message>
    <message>
        <source>Copy treaty status of visible countries (&amp;Markdown)</source>
        <translation>Копіювати статус договору видимих країн (&amp;Markdown)</translation>
    </message>
    <message>
        <source>Colour by &amp;treaty status</source>
        <translation>Розфарбувати за статусом &amp;договору</translation>
    </message>
    <message>
        <source>%1 is not joined to the treaty table: use Layer ▸ Join to treaty table by field…</source>
        <translation>%1 не з&apos;єднано з таблицею договору: скористайтеся Шар ▸ З&apos;єднати з таблицею договору за полем…</translation>
    </message>
    <message>
        <source>Select a country layer in the Layers panel first</source>
        <translation>Спершу виберіть шар країн на панелі «Шари»</translation>
    </message>
    <message>
        <source>Colour by reported AP mine &amp;contamination</source>
        <translation>Розфарбувати за повідомленим забрудненням &amp;ППМ</translation>
    </message>
    <message>
        <source>Landmine Monitor&apos;s reported anti-personnel mine contamination by size class</source>
        <translation>Повідомлене Landmine Monitor забруднення протипіхотними мінами за класом площі</translation>
    </message>
    <message>
        <source>&amp;Join to treaty table by field…</source>
        <translation>&amp;З&apos;єднати з таблицею договору за полем…</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation>Спершу виберіть векторний шар на панелі «Шари»</translation>
    </message>
    <message>
        <source>Join to treaty table</source>
        <translation>З&apos;єднати з таблицею договору</translation>
    </message>
    <message>
        <source>Field holding ISO codes or country names:</source>
        <translation>Поле з кодами ISO або назвами країн:</translation>
    </message>
    <message>
        <source>&amp;Highlighted states…</source>
        <translation>&amp;Виділені держави…</translation>
    </message>
    <message>
        <source>Highlighted states</source>
        <translation>Виділені держави</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes to outline and label, separated by commas:</source>
        <translation>Коди ISO 3166 alpha-3 держав, які треба обвести й підписати, через кому:</translation>
    </message>
    <message>
        <source>Not in the treaty table, left out: %1</source>
        <translation>Немає в таблиці договору, пропущено: %1</translation>
    </message>
    <message>
        <source>Copied the status of the countries in view as of %1 (%2)</source>
        <translation>Скопійовано статус країн у полі зору на %1 (%2)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Select a country layer joined to the treaty table first</source>
        <translation>Спершу виберіть шар країн, з&apos;єднаний із таблицею договору</translation>
    </message>
    <message>
        <source>%1: reported anti-personnel mine contamination (%2) for %3 features; click a country for its figures and Article 5 deadline.</source>
        <translation>%1: повідомлене забруднення протипіхотними мінами (%2) для %3 об&apos;єктів; клацніть країну, щоб побачити її дані та кінцевий термін за статтею 5.</translation>
    </message>
</context>
<context>
    <name>mineatlas::ViewActions</name>
    <message>
        <source>&amp;Pan / identify</source>
        <translation>&amp;Огляд / інфо</translation>
    </message>
    <message>
        <source>Drag to pan, click to identify, Shift+drag to zoom to a box (Esc comes back here)</source>
        <translation>Перетягуйте, щоб переміщати карту, клацніть, щоб ідентифікувати, Shift+перетягування — наблизити до рамки (Esc повертає сюди)</translation>
    </message>
    <message>
        <source>Zoom to &amp;box</source>
        <translation>До &amp;рамки</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it</source>
        <translation>Обведіть рамку, щоб наблизити до неї</translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation>&amp;Виміряти відстань</translation>
    </message>
    <message>
        <source>Click points to measure the distance along them on the ellipsoid, with each leg&apos;s bearing from true and magnetic north; double-click or Enter to finish, Esc to clear</source>
        <translation>Клацайте точки, щоб виміряти відстань через них на еліпсоїді, з азимутом кожного відрізка від істинної та магнітної півночі; подвійне клацання або Enter завершує, Esc очищає</translation>
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation>Виміряти &amp;площу</translation>
    </message>
    <message>
        <source>Click the corners of an area to measure it on the ellipsoid; double-click or Enter to finish</source>
        <translation>Клацайте кути ділянки, щоб виміряти її площу на еліпсоїді; подвійне клацання або Enter завершує</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Наблизити</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Наблизити (+)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Віддалити</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Віддалити (−)</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>&amp;Усі шари</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Показати всі шари</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>До ш&amp;ару</translation>
    </message>
    <message>
        <source>%1 has nothing to show</source>
        <translation>%1 не має що показати</translation>
    </message>
    <message>
        <source>Select a layer in the Layers panel first</source>
        <translation>Спершу виберіть шар на панелі «Шари»</translation>
    </message>
    <message>
        <source>Show the selected layer</source>
        <translation>Показати вибраний шар</translation>
    </message>
    <message>
        <source>Map &amp;CRS</source>
        <translation>&amp;Система координат карти</translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <source>WGS 84 plate carrée (EPSG:4326)</source>
        <translation>WGS 84, рівнопроміжна циліндрична (EPSG:4326)</translation>
    </message>
    <message>
        <source>LAEA Europe (EPSG:3035)</source>
        <translation>LAEA Європа (EPSG:3035)</translation>
    </message>
    <message>
        <source>Other EPSG code…</source>
        <translation>Інший код EPSG…</translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation>Система координат карти</translation>
    </message>
    <message>
        <source>EPSG code (e.g. 32636 for UTM 36N):</source>
        <translation>Код EPSG (напр., 32636 для UTM 36N):</translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation>&amp;Координати</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Go to coordinate…</source>
        <translation>&amp;Перейти до координати…</translation>
    </message>
    <message>
        <source>Centre the map on a point typed in any form (decimal degrees, DMS, UTM, MGRS) and mark it</source>
        <translation>Центрувати карту на точці, введеній у будь-якій формі (десяткові градуси, DMS, UTM, MGRS), і позначити її</translation>
    </message>
    <message>
        <source>&amp;Copy coordinate under the cursor</source>
        <translation>&amp;Копіювати координату під курсором</translation>
    </message>
    <message>
        <source>Copy where the mouse is on the map, in the coordinate format chosen</source>
        <translation>Копіювати положення миші на карті у вибраному форматі координат</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>&amp;Масштабна лінійка</translation>
    </message>
    <message>
        <source>A scale bar measured on the ellipsoid at the centre of the view</source>
        <translation>Масштабна лінійка, виміряна на еліпсоїді в центрі поля зору</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>П&amp;анелі</translation>
    </message>
    <message>
        <source>Coordinate format — click to change</source>
        <translation>Формат координат — клацніть, щоб змінити</translation>
    </message>
    <message>
        <source>outside the map</source>
        <translation>поза картою</translation>
    </message>
    <message>
        <source>Move the mouse over the map to copy a coordinate</source>
        <translation>Наведіть мишу на карту, щоб скопіювати координату</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Скопійовано %1</translation>
    </message>
    <message>
        <source>Go to coordinate</source>
        <translation>Перейти до координати</translation>
    </message>
    <message>
        <source>A point in any form (WGS 84): 50.4501, 30.5234 · 50°27&apos;00&quot;N 30°31&apos;24&quot;E · 36U 322345 5590123 · 36U UA 22345 90123</source>
        <translation>Точка в будь-якій формі (WGS 84): 50.4501, 30.5234 · 50°27&apos;00&quot;N 30°31&apos;24&quot;E · 36U 322345 5590123 · 36U UA 22345 90123</translation>
    </message>
    <message>
        <source>%1 is outside what the map CRS (%2) can show</source>
        <translation>%1 поза межами того, що може показати система координат карти (%2)</translation>
    </message>
    <message>
        <source>Centred on %1 (%2); Esc clears the mark</source>
        <translation>Центровано на %1 (%2); Esc знімає позначку</translation>
    </message>
    <message>
        <source>Map CRS: %1 — click to change</source>
        <translation>Система координат карти: %1 — клацніть, щоб змінити</translation>
    </message>
</context>
<context>
    <name>mineatlas::data::GeorefController</name>
    <message>
        <source>Click a place on the scan first, then give its coordinate</source>
        <translation>Спершу клацніть місце на скані, потім укажіть його координату</translation>
    </message>
    <message>
        <source>Georeferencing is already running</source>
        <translation>Геоприв&apos;язка вже виконується</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Виберіть файл для запису</translation>
    </message>
</context>
<context>
    <name>mineatlas::exporting::AnimationController</name>
    <message>
        <source>An animation export is already running</source>
        <translation>Експорт анімації вже триває</translation>
    </message>
</context>
<context>
    <name>mineatlas::exporting::ExportController</name>
    <message>
        <source>An export is already running</source>
        <translation>Експорт уже триває</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AddBasemapDialog</name>
    <message>
        <source>Add basemap</source>
        <translation>Додати базову карту</translation>
    </message>
    <message>
        <source>OpenStreetMap standard tiles</source>
        <translation>Стандартні тайли OpenStreetMap</translation>
    </message>
    <message>
        <source>XYZ tiles (URL template)</source>
        <translation>Тайли XYZ (шаблон URL)</translation>
    </message>
    <message>
        <source>WMTS service (GetCapabilities URL)</source>
        <translation>Сервіс WMTS (URL GetCapabilities)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервіс</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Deepest zoom</source>
        <translation>Найглибший масштаб</translation>
    </message>
    <message>
        <source>Tile cache folder</source>
        <translation>Тека кешу тайлів</translation>
    </message>
    <message>
        <source>OpenStreetMap&apos;s tiles are run by volunteers on donated servers, under a &lt;a href=&quot;%1&quot;&gt;tile usage policy&lt;/a&gt;. MineAtlas identifies itself to the server, keeps every tile it gets in the cache folder (so places you have seen stay available offline), shows “%2” on the map, and does &lt;b&gt;not&lt;/b&gt; bulk-download: an area download from OpenStreetMap is limited to %3 tiles, zoom %4 at most. For larger offline areas use a provider that allows it, or your own tiles.</source>
        <translation>Тайли OpenStreetMap обслуговують волонтери на подарованих серверах згідно з &lt;a href=&quot;%1&quot;&gt;політикою використання тайлів&lt;/a&gt;. MineAtlas представляється серверу, зберігає кожен отриманий тайл у теці кешу (тож переглянуті місця залишаються доступними офлайн), показує «%2» на карті й &lt;b&gt;не&lt;/b&gt; завантажує масово: завантаження ділянки з OpenStreetMap обмежено %3 тайлами, щонайбільше до масштабу %4. Для більших офлайн-ділянок скористайтеся постачальником, який це дозволяє, або власними тайлами.</translation>
    </message>
    <message>
        <source>A Web Mercator tile service: the address holds {z}, {x} and {y}. Respect the provider&apos;s terms, and give its attribution: it is shown on the map and in exports.</source>
        <translation>Тайловий сервіс у Web Mercator: адреса містить {z}, {x} і {y}. Дотримуйтеся умов постачальника й зазначайте його атрибуцію: її показано на карті та в експорті.</translation>
    </message>
    <message>
        <source>The first layer of the service is used, in its first tile matrix set. The capabilities are kept beside the basemap, so it opens from the cache offline.</source>
        <translation>Використовується перший шар сервісу в першому наборі матриць тайлів. Опис можливостей зберігається поруч із базовою картою, тож вона відкривається з кешу офлайн.</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Експортувати анімацію</translation>
    </message>
    <message>
        <source>An ISO 8601 duration: P1D a day, P7D a week, P1M a month, P3M a quarter, P1Y a year</source>
        <translation>Тривалість ISO 8601: P1D — день, P7D — тиждень, P1M — місяць, P3M — квартал, P1Y — рік</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>тиждень</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>three months</source>
        <translation>три місяці</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>рік</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> кадр./с</translation>
    </message>
    <message>
        <source>e.g. Hazard areas recorded, 2022–2026</source>
        <translation>напр., Зафіксовані небезпечні ділянки, 2022–2026</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Розмір кадру</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Швидкість</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>%1 frames, %2 s at %3 frames a second (the last frame is held 2 s longer). GIF keeps the legend colours exact; MP4 and WebM need ffmpeg.</source>
        <translation>%1 кадрів, %2 с при %3 кадрах за секунду (останній кадр триває на 2 с довше). GIF точно зберігає кольори легенди; MP4 і WebM потребують ffmpeg.</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AreaHistoryDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Відновити цю версію</translation>
    </message>
    <message>
        <source>Area history</source>
        <translation>Історія ділянки</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of %1. Select one to see its outline on the map (dashed).</source>
        <translation>
            <numerusform>%n версія ділянки %1. Виберіть версію, щоб побачити її контур на карті (штриховий).</numerusform>
            <numerusform>%n версії ділянки %1. Виберіть одну з них, щоб побачити її контур на карті (штриховий).</numerusform>
            <numerusform>%n версій ділянки %1. Виберіть одну з них, щоб побачити її контур на карті (штриховий).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AttributeTable</name>
    <message>
        <source>Filter: text in any column</source>
        <translation>Фільтр: текст у будь-якому стовпці</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Наблизити до вибраного</translation>
    </message>
    <message>
        <source>Zoom the map to the selected features (double-click a row for one)</source>
        <translation>Наблизити карту до вибраних об&apos;єктів (подвійне клацання рядка — до одного)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Зняти вибір</translation>
    </message>
    <message>
        <source>Sorting %1 features…</source>
        <translation>Сортування %1 об&apos;єктів…</translation>
    </message>
    <message>
        <source>%1 features, %2 shown, %3 selected</source>
        <translation>%1 об&apos;єктів, показано %2, вибрано %3</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::ConflictDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Залишити &amp;моє</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Взяти &amp;їхнє</translation>
    </message>
    <message>
        <source>Mer&amp;ge ticked fields</source>
        <translation>&amp;Об&apos;єднати позначені поля</translation>
    </message>
    <message>
        <source>Someone else changed this area</source>
        <translation>Хтось інший змінив цю ділянку</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else after you read it. Nothing was overwritten. Keep mine puts your version back; take theirs leaves it deleted.</source>
        <translation>Ділянку %1 видалено кимось іншим після того, як ви її прочитали. Нічого не перезаписано. «Залишити моє» повертає вашу версію; «Взяти їхнє» залишає ділянку видаленою.</translation>
    </message>
    <message>
        <source>You deleted %1, but %2 changed it after you read it (now version %3). Nothing was deleted. Keep mine deletes it anyway (their version stays in the history); take theirs keeps it.</source>
        <translation>Ви видалили ділянку %1, але після того, як ви її прочитали, її змінено (автор змін: %2, тепер версія %3). Нічого не видалено. «Залишити моє» все одно видаляє її (їхня версія залишається в історії); «Взяти їхнє» зберігає її.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>хтось інший</translation>
    </message>
    <message>
        <source>%1 was saved by %2 at %3 (version %4) after you read version %5. Nothing was overwritten. Both are on the map: yours dashed orange, theirs blue. Choose which to keep, or tick the fields to take from theirs and merge. Either way the version you replace stays in the history.</source>
        <translation>Ділянку %1 збережено %3 (автор змін: %2, версія %4) після того, як ви прочитали версію %5. Нічого не перезаписано. Обидві версії показано на карті: вашу — помаранчевим штрихом, їхню — синім. Виберіть, яку залишити, або позначте поля, які треба взяти з їхньої, і об&apos;єднайте. У будь-якому разі замінена версія залишається в історії.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моє</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Їхнє</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Взяти їхнє</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>геометрія</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::CountryPanel</name>
    <message>
        <source>Click a country on a treaty map to see its timeline and sources.</source>
        <translation>Клацніть країну на карті договору, щоб побачити її хронологію та джерела.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;No treaty status.&lt;/b&gt; This area is not a state in the treaty table (for example a territory whose status is disputed, or not a UN member).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Немає статусу договору.&lt;/b&gt; Ця територія не є державою в таблиці договору (наприклад, територія зі спірним статусом або не член ООН).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Uncertain — %1 or %2, depending on a date the sources give only roughly</source>
        <translation>Невизначено — %1 або %2, залежно від дати, яку джерела наводять лише приблизно</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Map feature: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Об&apos;єкт карти: %1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;As of %1:&lt;/b&gt; %2</source>
        <translation>&lt;p&gt;&lt;b&gt;Станом на %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> з %1</translation>
    </message>
    <message>
        <source>Accession deposited</source>
        <translation>Документ про приєднання здано</translation>
    </message>
    <message>
        <source>Ratification deposited</source>
        <translation>Ратифікаційну грамоту здано</translation>
    </message>
    <message>
        <source>Ratification/accession deposited</source>
        <translation>Документ про ратифікацію/приєднання здано</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>Набуття чинності</translation>
    </message>
    <message>
        <source>computed by Art. 17</source>
        <translation>обчислено за ст. 17</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Оголошено про вихід</translation>
    </message>
    <message>
        <source>Withdrawal deposited</source>
        <translation>Документ про вихід здано</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Вихід набув чинності</translation>
    </message>
    <message>
        <source>Suspension claimed</source>
        <translation>Заявлено про призупинення</translation>
    </message>
    <message>
        <source>not a withdrawal; the treaty has no suspension clause</source>
        <translation>не вихід; договір не передбачає призупинення</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&apos;3&apos;&gt;Never signed, never joined.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;3&apos;&gt;Ніколи не підписувала, ніколи не приєднувалася.&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Примітки:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt; (row %1 of the treaty table):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Джерела&lt;/b&gt; (рядок %1 таблиці договору):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&lt;small&gt;%3 precision%4&lt;/small&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&lt;small&gt;точність: %3%4&lt;/small&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::DateControl</name>
    <message>
        <source>The map&apos;s date: treaty statuses and layers with dates are shown as of this day</source>
        <translation>Дата карти: статуси договору та шари з датами показано станом на цей день</translation>
    </message>
    <message>
        <source>Drag through time (←/→ a day, ↑/↓ a month, PgUp/PgDn a year)</source>
        <translation>Переміщуйтеся в часі (←/→ — день, ↑/↓ — місяць, PgUp/PgDn — рік)</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Крок назад</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>Play from the start of the range to its end</source>
        <translation>Відтворити від початку проміжку до його кінця</translation>
    </message>
    <message>
        <source>One step forward</source>
        <translation>Крок уперед</translation>
    </message>
    <message>
        <source>How far one step goes</source>
        <translation>Наскільки далеко сягає один крок</translation>
    </message>
    <message>
        <source>by event</source>
        <translation>за подіями</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>Steps a second while playing</source>
        <translation>Кроків за секунду під час відтворення</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Start again at the beginning of the range</source>
        <translation>Починати знову з початку проміжку</translation>
    </message>
    <message>
        <source>Play from</source>
        <translation>Відтворити від</translation>
    </message>
    <message>
        <source>Play to</source>
        <translation>Відтворити до</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Проміжок</translation>
    </message>
    <message>
        <source>Drag through time: %1 to %2 (←/→ a day, ↑/↓ a month, PgUp/PgDn a year)</source>
        <translation>Переміщуйтеся в часі: від %1 до %2 (←/→ — день, ↑/↓ — місяць, PgUp/PgDn — рік)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::DownloadAreaDialog</name>
    <message>
        <source>Download basemap area</source>
        <translation>Завантажити ділянку базової карти</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Базова карта</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ділянка</translation>
    </message>
    <message>
        <source>lon %1° to %2°, lat %3° to %4°</source>
        <translation>довгота від %1° до %2°, широта від %3° до %4°</translation>
    </message>
    <message>
        <source>From zoom</source>
        <translation>Від масштабу</translation>
    </message>
    <message>
        <source>To zoom</source>
        <translation>До масштабу</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 кБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 tiles, about %2 (%3 fetched at zoom %4; the lower zooms are built from them). The file opens as a layer when done.</source>
        <translation>%1 тайлів, близько %2 (%3 завантажується в масштабі %4; нижчі масштаби будуються з них). Після завершення файл відкривається як шар.</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::ExportDialog</name>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Масштабна лінійка</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Стрілка півночі</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Дата стану</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>Джерела та ліцензії</translation>
    </message>
    <message>
        <source>Locator map</source>
        <translation>Оглядова карта</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Експортувати карту</translation>
    </message>
    <message>
        <source>Map page</source>
        <translation>Сторінка карти</translation>
    </message>
    <message>
        <source>One-page brief (map, countries, hazard statistics)</source>
        <translation>Односторінкова довідка (карта, країни, статистика небезпечних ділянок)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомна</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжкова</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG files (PDF and SVG are vector)</source>
        <translation>Роздільність файлів PNG (PDF і SVG — векторні)</translation>
    </message>
    <message>
        <source>right of the map</source>
        <translation>праворуч від карти</translation>
    </message>
    <message>
        <source>below the map</source>
        <translation>під картою</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Готується попередній перегляд…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Підзаголовок</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Орієнтація</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Роздільність PNG</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Елементи</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>Завантажити шаблон…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Зберегти шаблон…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Load layout template</source>
        <translation>Завантажити шаблон макета</translation>
    </message>
    <message>
        <source>Layout templates (*.json);;All files (*)</source>
        <translation>Шаблони макета (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Завантажено %1</translation>
    </message>
    <message>
        <source>Save layout template</source>
        <translation>Зберегти шаблон макета</translation>
    </message>
    <message>
        <source>Layout templates (*.json)</source>
        <translation>Шаблони макета (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <source>No preview: the map has nothing to show yet</source>
        <translation>Немає попереднього перегляду: карта ще нічого не показує</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::FieldMappingDialog</name>
    <message>
        <source>Import %1 — field mapping</source>
        <translation>Імпорт %1 — відповідність полів</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::GeorefWindow</name>
    <message>
        <source>Pick on &amp;map</source>
        <translation>Вибрати на &amp;карті</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>&amp;Вилучити точку</translation>
    </message>
    <message>
        <source>&amp;Georeference</source>
        <translation>&amp;Прив&apos;язати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Georeference — %1</source>
        <translation>Геоприв&apos;язка — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Click a place on the scan you can also find on the map (a crossroads, a bridge, a grid crossing). &lt;b&gt;2.&lt;/b&gt; Click the same place on the main map, or type its coordinate (decimal degrees, DMS, UTM or MGRS). Four or more points, spread around the sheet; the residuals show which one disagrees.</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Клацніть на скані місце, яке можна знайти й на карті (перехрестя, міст, перетин сітки). &lt;b&gt;2.&lt;/b&gt; Клацніть те саме місце на основній карті або введіть його координату (десяткові градуси, DMS, UTM чи MGRS). Чотири або більше точок, розподілених по аркушу; відхилення показують, яка з них не узгоджується.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Scan x, y (px)</source>
        <translation>Скан x, y (пкс)</translation>
    </message>
    <message>
        <source>Map coordinate</source>
        <translation>Координата на карті</translation>
    </message>
    <message>
        <source>Residual (px)</source>
        <translation>Відхилення (пкс)</translation>
    </message>
    <message>
        <source>Residual (m)</source>
        <translation>Відхилення (м)</translation>
    </message>
    <message>
        <source>Map → scan, in scan pixels</source>
        <translation>Карта → скан, у пікселях скану</translation>
    </message>
    <message>
        <source>Scan → map, in metres on the ellipsoid</source>
        <translation>Скан → карта, у метрах на еліпсоїді</translation>
    </message>
    <message>
        <source>Coordinate of the selected point, e.g. 50.4501, 30.5234 · 36U 322345 5590123</source>
        <translation>Координата вибраної точки, напр., 50.4501, 30.5234 · 36U 322345 5590123</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Задати</translation>
    </message>
    <message>
        <source>While down, a click on the main map gives the selected point its coordinate</source>
        <translation>Поки натиснуто, клацання на основній карті задає координату вибраної точки</translation>
    </message>
    <message>
        <source>Polynomial 1 keeps straight lines straight (a flat, undistorted sheet, at least 3 points); 2 and 3 bend a distorted sheet (6 and 10 points); the thin-plate spline passes through every point (residuals are then zero, so check with spare points)</source>
        <translation>Поліном 1 зберігає прямі лінії прямими (плаский, неспотворений аркуш, щонайменше 3 точки); 2 і 3 вигинають спотворений аркуш (6 і 10 точок); тонкопластинний сплайн проходить через кожну точку (відхилення тоді нульові, тож перевіряйте запасними точками)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the GeoTIFF to write</source>
        <translation>Виберіть GeoTIFF для запису</translation>
    </message>
    <message>
        <source>Transformation:</source>
        <translation>Перетворення:</translation>
    </message>
    <message>
        <source>Output CRS:</source>
        <translation>Система координат результату:</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>Підгонка:</translation>
    </message>
    <message>
        <source>GeoTIFF:</source>
        <translation>GeoTIFF:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close the georeferencer (Esc); a run in progress is canceled</source>
        <translation>Закрити геоприв&apos;язку (Esc); поточний запуск буде скасовано</translation>
    </message>
    <message>
        <source>Point %1 placed on the scan: now click the same place on the map, or type its coordinate</source>
        <translation>Точку %1 розміщено на скані: тепер клацніть те саме місце на карті або введіть його координату</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пікселів</translation>
    </message>
    <message>
        <source>Write the georeferenced scan</source>
        <translation>Записати прив&apos;язаний скан</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запис %1…</translation>
    </message>
    <message>
        <source>Canceled; nothing was written</source>
        <translation>Скасовано; нічого не записано</translation>
    </message>
    <message>
        <source>Written %1 and opened under the vector layers</source>
        <translation>Записано %1 і відкрито під векторними шарами</translation>
    </message>
    <message>
        <source>WGS 84 (EPSG:4326)</source>
        <translation>WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
        <source>Map CRS: %1</source>
        <translation>Система координат карти: %1</translation>
    </message>
    <message>
        <source>Click the place on the scan first, then on the map</source>
        <translation>Спершу клацніть місце на скані, потім на карті</translation>
    </message>
    <message>
        <source>Point %1 placed on the map at %2</source>
        <translation>Точку %1 розміщено на карті в %2</translation>
    </message>
    <message>
        <source>Point %1: %2</source>
        <translation>Точка %1: %2</translation>
    </message>
    <message>
        <source>— click the map or type it</source>
        <translation>— клацніть на карті або введіть її</translation>
    </message>
    <message numerus="yes">
        <source>RMS %1 px · %2 m over %n point(s)</source>
        <translation>
            <numerusform>RMS %1 пкс · %2 м за %n точкою</numerusform>
            <numerusform>RMS %1 пкс · %2 м за %n точками</numerusform>
            <numerusform>RMS %1 пкс · %2 м за %n точками</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::HazardForm</name>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Видалити ділянку</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> м²</translation>
    </message>
    <message>
        <source>anti-personnel mines</source>
        <translation>протипіхотні міни</translation>
    </message>
    <message>
        <source>anti-vehicle mines</source>
        <translation>протитранспортні міни</translation>
    </message>
    <message>
        <source>unexploded ordnance</source>
        <translation>нерозірвані боєприпаси</translation>
    </message>
    <message>
        <source>abandoned explosive ordnance</source>
        <translation>залишені вибухонебезпечні предмети</translation>
    </message>
    <message>
        <source>cluster munition remnants</source>
        <translation>залишки касетних боєприпасів</translation>
    </message>
    <message>
        <source>improvised explosive devices</source>
        <translation>саморобні вибухові пристрої</translation>
    </message>
    <message>
        <source>Local id *</source>
        <translation>Локальний ідентифікатор *</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Classification *</source>
        <translation>Класифікація *</translation>
    </message>
    <message>
        <source>Status *</source>
        <translation>Статус *</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Статус з</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Причина статусу</translation>
    </message>
    <message>
        <source>Contamination</source>
        <translation>Забруднення</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Evidence description</source>
        <translation>Опис доказів</translation>
    </message>
    <message>
        <source>Estimated area</source>
        <translation>Оцінена площа</translation>
    </message>
    <message>
        <source>Remaining area</source>
        <translation>Залишкова площа</translation>
    </message>
    <message>
        <source>Date of information *</source>
        <translation>Дата інформації *</translation>
    </message>
    <message>
        <source>Reported by *</source>
        <translation>Повідомив *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>&lt;small&gt;* required&lt;/small&gt;</source>
        <translation>&lt;small&gt;* обов&apos;язково&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Click a hazard area while drawing, or finish one.</source>
        <translation>Клацніть небезпечну ділянку під час креслення або завершіть її.</translation>
    </message>
    <message>
        <source>Also in the file (kept as it is): %1</source>
        <translation>Також у файлі (збережено як є): %1</translation>
    </message>
    <message>
        <source>Incomplete: %1 not filled in. The area is saved, and shown hatched on the map until they are.</source>
        <translation>Неповна: не заповнено %1. Ділянку збережено, і на карті її показано заштрихованою, доки їх не заповнять.</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::HistoryView</name>
    <message>
        <source>&lt;opened for editing&gt;</source>
        <translation>&lt;відкрито для редагування&gt;</translation>
    </message>
    <message>
        <source>&lt;not editing&gt;</source>
        <translation>&lt;не редагується&gt;</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map.</source>
        <translation>Клацніть об&apos;єкт на карті.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Nothing here: %1</source>
        <translation>Тут нічого немає: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) at %1</source>
        <translation>
            <numerusform>%n об&apos;єкт у %1</numerusform>
            <numerusform>%n об&apos;єкти у %1</numerusform>
            <numerusform>%n об&apos;єктів у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — feature %2</source>
        <translation>%1 — об&apos;єкт %2</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>вимірювання…</translation>
    </message>
    <message>
        <source>Area (ellipsoidal, WGS 84)</source>
        <translation>Площа (на еліпсоїді WGS 84)</translation>
    </message>
    <message>
        <source>Perimeter (ellipsoidal)</source>
        <translation>Периметр (на еліпсоїді)</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>не виміряно: %1</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerChooserDialog</name>
    <message>
        <source>Choose layers — %1</source>
        <translation>Вибір шарів — %1</translation>
    </message>
    <message>
        <source>, %1 features</source>
        <translation>, %1 об&apos;єктів</translation>
    </message>
    <message>
        <source>This file holds several layers. Which ones should be added?</source>
        <translation>Цей файл містить кілька шарів. Які з них додати?</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerLoader</name>
    <message>
        <source>Not yet in the map CRS, so hidden: %1. Choose the map CRS again to finish.</source>
        <translation>Ще не в системі координат карти, тому приховано: %1. Виберіть систему координат карти ще раз, щоб завершити.</translation>
    </message>
    <message numerus="yes">
        <source>%1: coloured by treaty status (joined on %2). %n feature(s) have no treaty status (click one on the map for the reason).
%3</source>
        <translation>
            <numerusform>%1: розфарбовано за статусом договору (з&apos;єднано за %2). %n об&apos;єкт не має статусу договору (клацніть його на карті, щоб дізнатися причину).
%3</numerusform>
            <numerusform>%1: розфарбовано за статусом договору (з&apos;єднано за %2). %n об&apos;єкти не мають статусу договору (клацніть один на карті, щоб дізнатися причину).
%3</numerusform>
            <numerusform>%1: розфарбовано за статусом договору (з&apos;єднано за %2). %n об&apos;єктів не мають статусу договору (клацніть один на карті, щоб дізнатися причину).
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Завантаження %1</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerPanel</name>
    <message>
        <source>Style…</source>
        <translation>Стиль…</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Наблизити</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Наблизити до шару</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>Непрозорість шару</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозорість</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;Легенда&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Відкрити таблицю атрибутів</translation>
    </message>
    <message>
        <source>%1 — treaty status, %2</source>
        <translation>%1 — статус договору, %2</translation>
    </message>
    <message>
        <source>    %1 States Parties (by deposit, as ICBL counts)</source>
        <translation>    %1 держав-учасниць (за здачею документів, як рахує ICBL)</translation>
    </message>
    <message>
        <source>A state counts from the day it deposits until its withdrawal takes effect; the classes below show the legal status (in force or not).</source>
        <translation>Держава враховується від дня здачі документа до набуття чинності її виходом; класи нижче показують правовий статус (чинний чи ні).</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (за %2)</translation>
    </message>
    <message>
        <source>other values</source>
        <translation>інші значення</translation>
    </message>
    <message>
        <source>    outline by %1:</source>
        <translation>    контур за %1:</translation>
    </message>
    <message>
        <source>incomplete: required fields empty</source>
        <translation>неповні: обов&apos;язкові поля порожні</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MapCanvas</name>
    <message>
        <source>Rendering failed: %1</source>
        <translation>Не вдалося намалювати: %1</translation>
    </message>
    <message>
        <source>Rendering failed (unknown error)</source>
        <translation>Не вдалося намалювати (невідома помилка)</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MeasureTool</name>
    <message>
        <source>Area %1 · perimeter %2</source>
        <translation>Площа %1 · периметр %2</translation>
    </message>
    <message>
        <source>1 leg</source>
        <translation>1 відрізок</translation>
    </message>
    <message>
        <source>%1 legs</source>
        <translation>відрізків: %1</translation>
    </message>
    <message>
        <source>Distance %1 in %2 (ellipsoidal, WGS 84)</source>
        <translation>Відстань %1 за %2 (на еліпсоїді WGS 84)</translation>
    </message>
    <message>
        <source>; bearings true (T) and magnetic (M): declination %1 at the first point (%2, %3)</source>
        <translation>; азимути істинні (T) і магнітні (M): схилення %1 у першій точці (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (ellipsoidal)</source>
        <translation>%1 (на еліпсоїді)</translation>
    </message>
    <message>
        <source>Total %1 (ellipsoidal)</source>
        <translation>Усього %1 (на еліпсоїді)</translation>
    </message>
    <message>
        <source> (ellipsoidal, WGS 84)</source>
        <translation> (на еліпсоїді WGS 84)</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MessageBar</name>
    <message numerus="yes">
        <source>Details (%n line(s))</source>
        <translation>
            <numerusform>Подробиці (%n рядок)</numerusform>
            <numerusform>Подробиці (%n рядки)</numerusform>
            <numerusform>Подробиці (%n рядків)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the whole message</source>
        <translation>Показати або сховати все повідомлення</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Сховати подробиці</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Попередження: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Помилка: </translation>
    </message>
    <message>
        <source>Show or hide the older messages</source>
        <translation>Показати або сховати старіші повідомлення</translation>
    </message>
    <message>
        <source>Show only the newest</source>
        <translation>Показати лише найновіші</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)</source>
        <translation>
            <numerusform>Ще %n повідомлення</numerusform>
            <numerusform>Ще %n повідомлення</numerusform>
            <numerusform>Ще %n повідомлень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MissingFilesDialog</name>
    <message>
        <source>&amp;Search folder…</source>
        <translation>&amp;Шукати в теці…</translation>
    </message>
    <message>
        <source>Missing layer files</source>
        <translation>Відсутні файли шарів</translation>
    </message>
    <message>
        <source>These files of the project were not found. Browse for each, or search a folder for them. Layers left missing are skipped for now and kept in the project.</source>
        <translation>Ці файли проєкту не знайдено. Вкажіть кожен вручну або пошукайте їх у теці. Шари, що залишаться відсутніми, поки пропускаються, але зберігаються в проєкті.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Де знайдено</translation>
    </message>
    <message>
        <source>missing — skipped</source>
        <translation>відсутній — пропущено</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Look for the missing file names in a folder and all folders inside it</source>
        <translation>Шукати відсутні файли за назвами в теці та всіх її підтеках</translation>
    </message>
    <message>
        <source>Search folder for missing files</source>
        <translation>Пошук відсутніх файлів у теці</translation>
    </message>
    <message numerus="yes">
        <source>(%n found in %1)</source>
        <translation>
            <numerusform>(%n файл знайдено в %1)</numerusform>
            <numerusform>(%n файли знайдено в %1)</numerusform>
            <numerusform>(%n файлів знайдено в %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>Знайти %1</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>All files found.</source>
        <translation>Усі файли знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still missing.</source>
        <translation>
            <numerusform>Досі бракує %n файлу.</numerusform>
            <numerusform>Досі бракує %n файлів.</numerusform>
            <numerusform>Досі бракує %n файлів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::PasswordDialog</name>
    <message>
        <source>Workspace password</source>
        <translation>Пароль робочого простору</translation>
    </message>
    <message>
        <source>%1 needs the password of %2. It is kept in memory for this session only, never written to the project or the settings.</source>
        <translation>%1 потребує пароля користувача %2. Він зберігається в пам’яті лише на цей сеанс і ніколи не записується в проєкт чи налаштування.</translation>
    </message>
    <message>
        <source>your database user</source>
        <translation>ваш користувач бази даних</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;З&apos;єднатися</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::PreferencesDialog</name>
    <message>
        <source>&amp;Clear now</source>
        <translation>О&amp;чистити зараз</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Takes effect when MineAtlas restarts.</source>
        <translation>Набуде чинності після перезапуску MineAtlas.</translation>
    </message>
    <message>
        <source>m² and ha, or ha and km² (by size)</source>
        <translation>м² і га або га і км² (залежно від розміру)</translation>
    </message>
    <message>
        <source>Square metres (m²)</source>
        <translation>Квадратні метри (м²)</translation>
    </message>
    <message>
        <source>Hectares (ha)</source>
        <translation>Гектари (га)</translation>
    </message>
    <message>
        <source>Square kilometres (km²)</source>
        <translation>Квадратні кілометри (км²)</translation>
    </message>
    <message>
        <source>Metric (m, km)</source>
        <translation>Метричні (м, км)</translation>
    </message>
    <message>
        <source>Imperial (ft, mi)</source>
        <translation>Імперські (фути, милі)</translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation>Остання використана</translation>
    </message>
    <message>
        <source>EPSG:3857 (Web Mercator)</source>
        <translation>EPSG:3857 (Web Mercator)</translation>
    </message>
    <message>
        <source>EPSG:4326 (WGS 84 plate carrée)</source>
        <translation>EPSG:4326 (WGS 84, plate carrée)</translation>
    </message>
    <message>
        <source>EPSG:3035 (LAEA Europe)</source>
        <translation>EPSG:3035 (LAEA Європа)</translation>
    </message>
    <message>
        <source>The map CRS a new map starts in: pick one or type an EPSG code (e.g. EPSG:32636)</source>
        <translation>Система координат, у якій починається нова карта: виберіть її або введіть код EPSG (напр., EPSG:32636)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>While drawing, a click this close to a vertex or an edge of a visible layer lands on it</source>
        <translation>Під час креслення клацання на такій відстані від вершини чи ребра видимого шару потрапляє точно на них</translation>
    </message>
    <message>
        <source>Where basemap tiles are kept for offline use</source>
        <translation>Де зберігаються тайли базової карти для офлайн-використання</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МіБ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без обмеження</translation>
    </message>
    <message>
        <source>The oldest tiles are removed when the cache grows past this</source>
        <translation>Коли кеш перевищує цей розмір, найстаріші тайли вилучаються</translation>
    </message>
    <message>
        <source>Remove every cached tile now (downloaded MBTiles areas are kept)</source>
        <translation>Вилучити всі кешовані тайли зараз (завантажені ділянки MBTiles залишаються)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Площі:</translation>
    </message>
    <message>
        <source>&amp;Distances:</source>
        <translation>&amp;Відстані:</translation>
    </message>
    <message>
        <source>C&amp;oordinates:</source>
        <translation>&amp;Координати:</translation>
    </message>
    <message>
        <source>Map and editing</source>
        <translation>Карта й редагування</translation>
    </message>
    <message>
        <source>Default map &amp;CRS:</source>
        <translation>Типова &amp;система координат:</translation>
    </message>
    <message>
        <source>&amp;Snapping tolerance:</source>
        <translation>&amp;Допуск прилипання:</translation>
    </message>
    <message>
        <source>Basemap tile cache</source>
        <translation>Кеш тайлів базової карти</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>&amp;Обмеження розміру:</translation>
    </message>
    <message>
        <source>Cleared: %1 freed.</source>
        <translation>Очищено: звільнено %1.</translation>
    </message>
    <message>
        <source>New maps start in the CRS used last.</source>
        <translation>Нові карти починаються в останній використаній системі координат.</translation>
    </message>
    <message>
        <source>No tiles cached there yet.</source>
        <translation>Там ще немає кешованих тайлів.</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>Використано: %1.</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::ScanView</name>
    <message>
        <source>Click a mark you can find on the map to place a control point; drag to pan, wheel to zoom, Home to see it all</source>
        <translation>Клацніть позначку, яку можна знайти на карті, щоб розмістити контрольну точку; перетягуйте для переміщення, коліщатко — масштаб, Home — показати все</translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation>Читання скану…</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::SearchBox</name>
    <message>
        <source>Find a place, country or hazard id (Ctrl+F)</source>
        <translation>Знайти місце, країну чи ідентифікатор ділянки (Ctrl+F)</translation>
    </message>
    <message>
        <source>Indexing the layers…</source>
        <translation>Індексування шарів…</translation>
    </message>
    <message>
        <source>Nothing found: places, countries and hazard ids of the open layers are searched</source>
        <translation>Нічого не знайдено: пошук іде за місцями, країнами й ідентифікаторами ділянок у відкритих шарах</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::StyleDialog</name>
    <message>
        <source>Layer style</source>
        <translation>Стиль шару</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Єдиний символ</translation>
    </message>
    <message>
        <source>Categorized by %1</source>
        <translation>За категоріями: %1</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Контур</translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation>Товщина контуру</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>Розмір точки</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Класи</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Символи</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Теплова карта</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>пікселі</translation>
    </message>
    <message>
        <source>metres on the ground</source>
        <translation>метри на місцевості</translation>
    </message>
    <message>
        <source>(none: every point counts 1)</source>
        <translation>(немає: кожна точка важить 1)</translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation>Показувати як</translation>
    </message>
    <message>
        <source>Heatmap radius</source>
        <translation>Радіус теплової карти</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Вибрати колір</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::SurveyDialog</name>
    <message>
        <source>Survey points</source>
        <translation>Точки обстеження</translation>
    </message>
    <message>
        <source>One point per line, benchmark first, e.g.
36T VS 12345 67890
46.6012, 32.6104
46°36&apos;12&quot;N 32°37&apos;01&quot;E
36T 547000 5161000
B 090 D 250   (bearing ° from true north, distance m, from the previous point)
B 085 M D 250   (bearing from magnetic north, taken on the date below)</source>
        <translation>Одна точка на рядок, спершу репер, напр.:
36T VS 12345 67890
46.6012, 32.6104
46°36&apos;12&quot;N 32°37&apos;01&quot;E
36T 547000 5161000
B 090 D 250   (азимут у ° від істинної півночі, відстань у м, від попередньої точки)
B 085 M D 250   (азимут від магнітної півночі, виміряний у дату нижче)</translation>
    </message>
    <message>
        <source>The day the magnetic bearings (&quot;M&quot;) were taken: magnetic north moves, so the declination added to them is the one on that day (World Magnetic Model)</source>
        <translation>День, коли виміряно магнітні азимути («M»): магнітна північ зміщується, тож до них додається схилення саме того дня (Світова магнітна модель)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Введено</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Прочитано як</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <source>Create area</source>
        <translation>Створити ділянку</translation>
    </message>
    <message>
        <source>Benchmark and turning points (WGS 84):</source>
        <translation>Репер і поворотні точки (WGS 84):</translation>
    </message>
    <message>
        <source>Magnetic bearings taken on:</source>
        <translation>Магнітні азимути виміряно:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s); an area needs at least 3.</source>
        <translation>
            <numerusform>%n точка; ділянці потрібно щонайменше 3.</numerusform>
            <numerusform>%n точки; ділянці потрібно щонайменше 3.</numerusform>
            <numerusform>%n точок; ділянці потрібно щонайменше 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points.</source>
        <translation>
            <numerusform>%n точка.</numerusform>
            <numerusform>%n точки.</numerusform>
            <numerusform>%n точок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::SyncReportDialog</name>
    <message>
        <source>Sync report</source>
        <translation>Звіт про синхронізацію</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ділянка</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Що зроблено</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>%1.
Conflicts keep both versions until you choose. The report is also in %2</source>
        <translation>%1.
У разі конфлікту обидві версії зберігаються, доки ви не виберете. Звіт також збережено в %2</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Залишити моє</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взяти їхнє</translation>
    </message>
    <message>
        <source>Save the offline version to the workspace as a new version</source>
        <translation>Зберегти офлайн-версію в робочому просторі як нову версію</translation>
    </message>
    <message>
        <source>Delete it in the workspace too</source>
        <translation>Видалити її й у робочому просторі</translation>
    </message>
    <message>
        <source>Replace the offline copy with the workspace version</source>
        <translation>Замінити офлайн-копію версією з робочого простору</translation>
    </message>
    <message>
        <source>Remove it from the offline copy too</source>
        <translation>Вилучити її й з офлайн-копії</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::TemporalDialog</name>
    <message>
        <source>Dates and time — %1</source>
        <translation>Дати й час — %1</translation>
    </message>
    <message>
        <source>(none: the layer ignores the date)</source>
        <translation>(немає: шар ігнорує дату)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> днів</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>без кінця</translation>
    </message>
    <message>
        <source>Without an end field: how long each feature lasts after its start</source>
        <translation>Без поля кінця: скільки триває кожен об&apos;єкт після свого початку</translation>
    </message>
    <message>
        <source>Shown while active: from the start day, until the end day (not included)</source>
        <translation>Показано, поки чинний: від дня початку до дня кінця (не включно)</translation>
    </message>
    <message>
        <source>Accumulated: shown from the start day on (what was recorded by the date)</source>
        <translation>Накопичувально: показано від дня початку (що зафіксовано на дату)</translation>
    </message>
    <message>
        <source>Start date field</source>
        <translation>Поле дати початку</translation>
    </message>
    <message>
        <source>End date field</source>
        <translation>Поле дати кінця</translation>
    </message>
    <message>
        <source>Or a duration</source>
        <translation>Або тривалість</translation>
    </message>
    <message>
        <source>The layer is shown whatever the map&apos;s date.</source>
        <translation>Шар показано незалежно від дати карти.</translation>
    </message>
    <message>
        <source>%1 of %2 features have dates from %3 to %4.</source>
        <translation>%1 з %2 об&apos;єктів мають дати від %3 до %4.</translation>
    </message>
    <message>
        <source>No feature has a date in this field: every feature would always be shown.</source>
        <translation>Жоден об&apos;єкт не має дати в цьому полі: усі об&apos;єкти показувалися б завжди.</translation>
    </message>
    <message>
        <source>%1 values are not dates and are treated as empty.</source>
        <translation>%1 значень не є датами, їх вважатимуть порожніми.</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::VertexTool</name>
    <message>
        <source>Not changed: the point is outside what the map CRS can convert to WGS 84</source>
        <translation>Не змінено: точка лежить поза межами того, що система координат карти може перетворити у WGS 84</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::WorkspaceDialog</name>
    <message>
        <source>Open hazard workspace</source>
        <translation>Відкрити робочий простір небезпечних ділянок</translation>
    </message>
    <message>
        <source>A team&apos;s hazard areas in PostgreSQL + PostGIS. Give a service name from pg_service.conf, or the server&apos;s host, port, database and user.</source>
        <translation>Небезпечні ділянки команди в PostgreSQL + PostGIS. Вкажіть назву сервісу з pg_service.conf або хост, порт, базу даних і користувача сервера.</translation>
    </message>
    <message>
        <source>optional, e.g. hazards</source>
        <translation>необов&apos;язково, напр. hazards</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org або тека сокета</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>типовий (5432)</translation>
    </message>
    <message>
        <source>e.g. hazards</source>
        <translation>напр. hazards</translation>
    </message>
    <message>
        <source>your database user</source>
        <translation>ваш користувач бази даних</translation>
    </message>
    <message>
        <source>default</source>
        <translation>типовий</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the service file</source>
        <translation>порожньо: з ~/.pgpass або файлу сервісів</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; never written to settings or the project</source>
        <translation>Зберігається в пам&apos;яті лише на цей сеанс; ніколи не записується в налаштування чи проєкт</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Сервіс:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>Режим &amp;TLS:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>Т&amp;аблиця:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;З&apos;єднатися</translation>
    </message>
</context>
<context>
    <name>mineatlas::hazard::EditSession</name>
    <message>
        <source>An import is still running</source>
        <translation>Імпорт ще виконується</translation>
    </message>
    <message>
        <source>No layer to edit</source>
        <translation>Немає шару для редагування</translation>
    </message>
    <message>
        <source>Not editing a hazard layer</source>
        <translation>Шар небезпечних ділянок не редагується</translation>
    </message>
    <message>
        <source>An import is writing to %1; try again when it has finished</source>
        <translation>Імпорт записує в %1; спробуйте знову, коли він завершиться</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нічого скасовувати</translation>
    </message>
    <message>
        <source>Undo failed, nothing changed: %1</source>
        <translation>Скасувати не вдалося, нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Нічого повторювати</translation>
    </message>
    <message>
        <source>Redo failed, nothing changed: %1</source>
        <translation>Повторити не вдалося, нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>add area %1</source>
        <translation>додати ділянку %1</translation>
    </message>
    <message>
        <source>Not saved: a vertex lies outside what the map CRS can convert to WGS 84</source>
        <translation>Не збережено: вершина лежить поза межами того, що система координат карти може перетворити у WGS 84</translation>
    </message>
    <message>
        <source>Not saved: a point is not a valid longitude/latitude</source>
        <translation>Не збережено: точка не є правильною довготою/широтою</translation>
    </message>
    <message>
        <source>%1: the area is no longer in the file</source>
        <translation>%1: ділянки більше немає у файлі</translation>
    </message>
    <message>
        <source>edit area %1</source>
        <translation>змінити ділянку %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Не змінено: %1</translation>
    </message>
    <message>
        <source>reshape area %1</source>
        <translation>змінити форму ділянки %1</translation>
    </message>
    <message>
        <source>A vertex of the %1 lies outside what the map CRS can convert to WGS 84</source>
        <translation>Вершина (%1) лежить поза межами того, що система координат карти може перетворити у WGS 84</translation>
    </message>
    <message>
        <source>The %1 is not a valid ring: %2</source>
        <translation>%1 — не правильне кільце: %2</translation>
    </message>
    <message>
        <source>hole</source>
        <translation>отвір</translation>
    </message>
    <message>
        <source>Draw the hole entirely inside one hazard area</source>
        <translation>Накресліть отвір повністю всередині однієї небезпечної ділянки</translation>
    </message>
    <message>
        <source>split shape</source>
        <translation>контур відокремлення</translation>
    </message>
    <message>
        <source>Draw the part to split off over exactly one hazard area (it touches %1)</source>
        <translation>Накресліть частину для відокремлення поверх рівно однієї небезпечної ділянки (зараз вона торкається %1)</translation>
    </message>
    <message>
        <source>The shape must cut the area in two: part inside, part outside</source>
        <translation>Контур має розрізати ділянку надвоє: частина всередині, частина зовні</translation>
    </message>
    <message>
        <source>Not split: %1</source>
        <translation>Не відокремлено: %1</translation>
    </message>
    <message>
        <source>split area %1</source>
        <translation>розділити ділянку %1</translation>
    </message>
    <message>
        <source>delete area %1</source>
        <translation>видалити ділянку %1</translation>
    </message>
    <message>
        <source>A vertex lies outside what the map CRS can convert to WGS 84</source>
        <translation>Вершина лежить поза межами того, що система координат карти може перетворити у WGS 84</translation>
    </message>
    <message>
        <source>A vertex lies outside what the map CRS can convert to WGS 84; the journal keeps the sketch as it was before it</source>
        <translation>Вершина лежить поза межами того, що система координат карти може перетворити у WGS 84; журнал зберігає ескіз таким, яким він був до неї</translation>
    </message>
    <message>
        <source>%1: cannot write the sketch journal; the sketch is only in memory</source>
        <translation>%1: не вдається записати журнал ескізу; ескіз є лише в пам&apos;яті</translation>
    </message>
    <message>
        <source>%1: the sketch left behind lies outside what the map CRS can show; it stays in the journal (choose another map CRS to get it back)</source>
        <translation>%1: залишений ескіз лежить поза межами того, що може показати система координат карти; він залишається в журналі (виберіть іншу систему координат карти, щоб повернути його)</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>Імпорт уже виконується</translation>
    </message>
    <message>
        <source>%1: already in the layer (same GUID %2)</source>
        <translation>%1: уже є в шарі (той самий GUID %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; kept as it is (not in the vocabulary)</source>
        <translation>%1: «%2» залишено як є (немає у словнику)</translation>
    </message>
    <message numerus="yes">
        <source>import %n area(s) from %1</source>
        <translation>
            <numerusform>імпортувати %n ділянку з %1</numerusform>
            <numerusform>імпортувати %n ділянки з %1</numerusform>
            <numerusform>імпортувати %n ділянок з %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: import failed: %2</source>
        <translation>%1: помилка імпорту: %2</translation>
    </message>
    <message>
        <source>%1: import failed</source>
        <translation>%1: помилка імпорту</translation>
    </message>
    <message>
        <source>%1: not saved, %2 was changed by %3 since you read it (now version %4). Nothing was overwritten; choose keep mine, take theirs or merge.</source>
        <translation>%1: не збережено — відколи ви прочитали ділянку %2, її змінено (автор змін: %3, тепер версія %4). Нічого не перезаписано; виберіть: залишити моє, взяти їхнє або об&apos;єднати.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>хтось інший</translation>
    </message>
    <message>
        <source>restore version %1 of %2</source>
        <translation>відновити версію %1 ділянки %2</translation>
    </message>
</context>
<context>
    <name>mineatlas::project</name>
    <message>
        <source>%1: &quot;%2&quot; must be a date as YYYY-MM-DD</source>
        <translation>%1: «%2» має бути датою у форматі РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>%1 is not a MineAtlas project (&quot;kind&quot; is not &quot;%2&quot;)</source>
        <translation>%1 не є проєктом MineAtlas («kind» не дорівнює «%2»)</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a whole number from 1</source>
        <translation>%1: «version» має бути цілим числом, не меншим за 1</translation>
    </message>
    <message>
        <source>%1 is a version %2 project; this MineAtlas reads up to version %3. Open it with a newer MineAtlas.</source>
        <translation>%1 — проєкт версії %2; цей MineAtlas читає версії до %3 включно. Відкрийте його новішою версією MineAtlas.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>проєкт</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 не є правильним JSON (байт %2): %3</translation>
    </message>
    <message>
        <source>%1 is not a MineAtlas project (not a JSON object)</source>
        <translation>%1 не є проєктом MineAtlas (не об&apos;єкт JSON)</translation>
    </message>
    <message>
        <source>%1: &quot;map.extent&quot; must be [xmin, ymin, xmax, ymax] with min &lt; max</source>
        <translation>%1: «map.extent» має бути [xmin, ymin, xmax, ymax] з min &lt; max</translation>
    </message>
    <message>
        <source>%1: &quot;map.size&quot; must be [width, height] in pixels, up to 20000</source>
        <translation>%1: «map.size» має бути [ширина, висота] у пікселях, до 20000</translation>
    </message>
    <message>
        <source>%1: &quot;layers&quot; must be a list</source>
        <translation>%1: «layers» має бути списком</translation>
    </message>
    <message>
        <source>%1: layer %2 has no &quot;path&quot;</source>
        <translation>%1: шар %2 не має «path»</translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation>Не вдається відкрити проєкт %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Не вдається створити теку для %1</translation>
    </message>
    <message>
        <source>Cannot write project %1: %2</source>
        <translation>Не вдається записати проєкт %1: %2</translation>
    </message>
</context>
<context>
    <name>mineatlas::project::IdentifyController</name>
    <message>
        <source>outside the map</source>
        <translation>поза картою</translation>
    </message>
</context>
<context>
    <name>mineatlas::project::ProjectController</name>
    <message>
        <source>%1: the date field %2 is gone; the layer ignores the date</source>
        <translation>%1: поля дати %2 більше немає; шар ігнорує дату</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder %1</source>
        <translation>Не вдається створити теку відновлення %1</translation>
    </message>
    <message>
        <source>Cannot write the recovery copy %1: %2</source>
        <translation>Не вдається записати копію для відновлення %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the recovery copy %1: %2</source>
        <translation>Не вдається відкрити копію для відновлення %1: %2</translation>
    </message>
</context>
<context>
    <name>mineatlas::time::TimeController</name>
    <message>
        <source>event</source>
        <translation>подія</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>week</source>
        <translation>тиждень</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
</context>
<context>
    <name>mineatlas::treaty::TreatyController</name>
    <message>
        <source>Ottawa Treaty status as of %1</source>
        <translation>Статус Оттавського договору на %1</translation>
    </message>
    <message>
        <source>Select a vector layer to join</source>
        <translation>Виберіть векторний шар для з&apos;єднання</translation>
    </message>
    <message>
        <source>%1 joined on %2: %3 feature(s) matched; no treaty status: %4</source>
        <translation>%1 з&apos;єднано за %2: збіглося об&apos;єктів — %3; без статусу договору: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>No country of a treaty map is in view.</source>
        <translation>Жодної країни з карти договору немає в полі зору.</translation>
    </message>
</context>
</TS>
