<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Animation</name>
    <message>
        <source>density, low → high</source>
        <translation>密度，由低到高</translation>
    </message>
    <message>
        <source>density of %1, low → high</source>
        <translation>%1 的密度，由低到高</translation>
    </message>
    <message>
        <source>Mine Ban Treaty status</source>
        <translation>《禁雷公约》状态</translation>
    </message>
    <message>
        <source>outline: %1</source>
        <translation>轮廓：%1</translation>
    </message>
    <message>
        <source>%1: cannot write the frame (disk full or no permission?)</source>
        <translation>%1：无法写入帧（磁盘已满或没有权限？）</translation>
    </message>
    <message>
        <source>%1: cannot start ffmpeg (%2)</source>
        <translation>%1：无法启动 ffmpeg（%2）</translation>
    </message>
    <message>
        <source>%1: ffmpeg failed: %2</source>
        <translation>%1：ffmpeg 出错：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>%1: cannot move the finished video into place</source>
        <translation>%1：无法将完成的视频移到目标位置</translation>
    </message>
    <message>
        <source>%1: ffmpeg stopped: %2</source>
        <translation>%1：ffmpeg 已停止：%2</translation>
    </message>
    <message>
        <source>%1: an animation is written as .gif, .mp4 or .webm, or as PNG frames into a folder (a name ending in &quot;/&quot;)</source>
        <translation>%1：动画可保存为 .gif、.mp4 或 .webm，或作为 PNG 帧保存到文件夹（名称以“/”结尾）</translation>
    </message>
    <message>
        <source>MP4 and WebM are encoded by ffmpeg, which is not installed (on Debian: sudo apt install ffmpeg). GIF and PNG frames need nothing else.</source>
        <translation>MP4 和 WebM 由 ffmpeg 编码，但尚未安装（Debian 上：sudo apt install ffmpeg）。GIF 和 PNG 帧无需其他软件。</translation>
    </message>
    <message>
        <source>%1: %2 recorded by this date</source>
        <translation>%1：截至此日期已记录 %2</translation>
    </message>
    <message>
        <source>%1: %2 at this date</source>
        <translation>%1：此日期为 %2</translation>
    </message>
    <message>
        <source>the animation has no dates</source>
        <translation>动画没有日期</translation>
    </message>
    <message>
        <source>no visible layer to animate</source>
        <translation>没有可制作动画的可见图层</translation>
    </message>
    <message>
        <source>no visible layer changes with the date: give a layer its date fields (Layer ▸ Dates and time…) or show a country layer coloured by treaty status</source>
        <translation>没有随日期变化的可见图层：请为图层指定日期字段（图层 ▸ 日期和时间…），或显示按条约状态着色的国家图层</translation>
    </message>
    <message>
        <source>%1: the animation has no dates</source>
        <translation>%1：动画没有日期</translation>
    </message>
    <message>
        <source>%1: frame size must be 1 to 8192 pixels each way</source>
        <translation>%1：帧尺寸每个方向必须为 1 到 8192 像素</translation>
    </message>
    <message>
        <source>%1: the map could not be drawn</source>
        <translation>%1：无法绘制地图</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the frames</source>
        <translation>%1：无法创建存放帧的文件夹</translation>
    </message>
    <message>
        <source>Animation export failed: %1</source>
        <translation>动画导出失败：%1</translation>
    </message>
    <message>
        <source>Animation export failed</source>
        <translation>动画导出失败</translation>
    </message>
</context>
<context>
    <name>AreaHistory</name>
    <message>
        <source>Select a hazard area first</source>
        <translation>请先选择一个危险区</translation>
    </message>
    <message>
        <source>%1: no area with GUID %2</source>
        <translation>%1：没有 GUID 为 %2 的区域</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Version %1 by %2, %3</source>
        <translation>第 %1 版，由 %2 于 %3 保存</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> （当前）</translation>
    </message>
    <message>
        <source> (then deleted by %1)</source>
        <translation> （随后被 %1 删除）</translation>
    </message>
    <message>
        <source>: changed %1</source>
        <translation>：更改了 %1</translation>
    </message>
    <message>
        <source>: first recorded</source>
        <translation>：首次记录</translation>
    </message>
    <message>
        <source>Not applied: %1&apos;s version (from version %2), discarded %3 when taking theirs</source>
        <translation>未应用：%1 的版本（基于版本 %2），于 %3 选择对方版本时被舍弃</translation>
    </message>
    <message>
        <source>; differed in %1</source>
        <translation>；不同之处：%1</translation>
    </message>
</context>
<context>
    <name>Basemap</name>
    <message>
        <source>GDAL cannot open the service description</source>
        <translation>GDAL 无法打开服务描述</translation>
    </message>
    <message>
        <source>no tile could be read</source>
        <translation>无法读取任何瓦片</translation>
    </message>
    <message>
        <source>%1: cannot read the GetCapabilities document at %2: %3</source>
        <translation>%1：无法读取位于 %2 的 GetCapabilities 文档：%3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>%1: %2 is not a WMTS GetCapabilities document</source>
        <translation>%1：%2 不是 WMTS GetCapabilities 文档</translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation>%1：无法写入 %2</translation>
    </message>
    <message>
        <source>%1: GDAL cannot read the WMTS service at %2: %3</source>
        <translation>%1：GDAL 无法读取位于 %2 的 WMTS 服务：%3</translation>
    </message>
    <message>
        <source>no usable layer</source>
        <translation>没有可用的图层</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1：无法写入 %2：%3</translation>
    </message>
    <message>
        <source>GDAL&apos;s WMTS driver failed</source>
        <translation>GDAL 的 WMTS 驱动程序出错</translation>
    </message>
    <message>
        <source>%1: cannot read back %2</source>
        <translation>%1：无法回读 %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://)</source>
        <translation>“%1”不是网址（http:// 或 https://）</translation>
    </message>
    <message>
        <source>“%1” has no %2: a tile address needs {z}, {x} and {y}</source>
        <translation>“%1”缺少 %2：瓦片地址需要 {z}、{x} 和 {y}</translation>
    </message>
    <message>
        <source>The basemap needs a name</source>
        <translation>底图需要一个名称</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address (http:// or https://)</source>
        <translation>%1：“%2”不是网址（http:// 或 https://）</translation>
    </message>
    <message>
        <source>%1: cannot reach the tile server %2 (no network, or the address is wrong). GDAL: %3</source>
        <translation>%1：无法连接瓦片服务器 %2（没有网络，或地址错误）。GDAL：%3</translation>
    </message>
    <message>
        <source>%1: the tile server %2 did not give a tile. GDAL: %3</source>
        <translation>%1：瓦片服务器 %2 没有返回瓦片。GDAL：%3</translation>
    </message>
    <message>
        <source>There is no area to download</source>
        <translation>没有要下载的区域</translation>
    </message>
    <message>
        <source>The lowest zoom (%1) must not be above the highest (%2)</source>
        <translation>最低缩放级别（%1）不能高于最高级别（%2）</translation>
    </message>
    <message>
        <source>%1 has tiles down to zoom %2 only</source>
        <translation>%1 的瓦片最多只到缩放级别 %2</translation>
    </message>
    <message>
        <source>%1&apos;s tile usage policy forbids bulk downloads (%2): MineAtlas downloads at most %3 tiles, down to zoom %4, from it. This area needs %5 tiles: choose a smaller area or fewer zoom levels, or use a tile provider that allows offline use.</source>
        <translation>%1 的瓦片使用政策禁止批量下载（%2）：MineAtlas 最多从其下载 %3 个瓦片，缩放级别最高到 %4。此区域需要 %5 个瓦片：请选择更小的区域或更少的缩放级别，或使用允许离线使用的瓦片提供商。</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL 无法打开它</translation>
    </message>
    <message>
        <source>%1: only Web Mercator (EPSG:3857) basemaps can be downloaded for offline use</source>
        <translation>%1：只有 Web Mercator（EPSG:3857）底图可以下载供离线使用</translation>
    </message>
    <message>
        <source>%1: the area holds no tiles</source>
        <translation>%1：该区域没有瓦片</translation>
    </message>
    <message>
        <source>%1: download canceled</source>
        <translation>%1：下载已取消</translation>
    </message>
    <message>
        <source>the tiles could not be downloaded</source>
        <translation>无法下载瓦片</translation>
    </message>
    <message>
        <source>the lower zoom levels could not be built</source>
        <translation>无法生成较低的缩放级别</translation>
    </message>
    <message>
        <source>the file written cannot be read back</source>
        <translation>写入的文件无法回读</translation>
    </message>
    <message>
        <source>the file written has no tiles table</source>
        <translation>写入的文件没有瓦片表</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Uncertain: %1 or %2</source>
        <translation>不确定：%1 或 %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Ottawa Convention status as of %1

</source>
        <translation>截至 %1 的《渥太华公约》状态

</translation>
    </message>
    <message>
        <source>| Country | ISO3 | Status | Since | Notes |
|---|---|---|---|---|
</source>
        <translation>| 国家 | ISO3 | 状态 | 起始日期 | 备注 |
|---|---|---|---|---|
</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>keep my version of %1</source>
        <translation>为 %1 保留我的版本</translation>
    </message>
    <message>
        <source>%1: one side deleted the area; choose keep mine or take theirs</source>
        <translation>%1：一方已删除该区域；请选择保留我的或采用对方的</translation>
    </message>
    <message>
        <source>merge versions of %1</source>
        <translation>合并 %1 的版本</translation>
    </message>
</context>
<context>
    <name>Contamination</name>
    <message>
        <source>massive (&gt; 100 km²)</source>
        <translation>极大 (&gt; 100 km²)</translation>
    </message>
    <message>
        <source>large (20–100 km²)</source>
        <translation>大 (20–100 km²)</translation>
    </message>
    <message>
        <source>medium (5–20 km²)</source>
        <translation>中 (5–20 km²)</translation>
    </message>
    <message>
        <source>small (&lt; 5 km²)</source>
        <translation>小 (&lt; 5 km²)</translation>
    </message>
    <message>
        <source>contaminated, extent not reported</source>
        <translation>已污染，未报告范围</translation>
    </message>
    <message>
        <source>Landmine Monitor</source>
        <translation>地雷监测（Landmine Monitor）</translation>
    </message>
    <message>
        <source>Landmine Monitor %1</source>
        <translation>地雷监测 %1</translation>
    </message>
    <message>
        <source>Landmine Monitor, figures from the %1–%2 editions</source>
        <translation>地雷监测，数据来自 %1–%2 年版</translation>
    </message>
    <message>
        <source>no contamination reported</source>
        <translation>未报告污染</translation>
    </message>
</context>
<context>
    <name>CountryMatcher</name>
    <message>
        <source>ISO alpha-3</source>
        <translation>ISO 三字母代码</translation>
    </message>
    <message>
        <source>ISO numeric</source>
        <translation>ISO 数字代码</translation>
    </message>
    <message>
        <source>The layer has no field &quot;%1&quot;</source>
        <translation>该图层没有字段“%1”</translation>
    </message>
    <message>
        <source>No field of this layer matches the treaty table&apos;s country codes or names for at least half of its %1 features or %2 states; choose the join field by hand</source>
        <translation>该图层没有任何字段能与条约表中的国家代码或名称匹配其 %1 个要素或 %2 个国家中的至少一半；请手动选择连接字段</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>PROJ cannot read the CRS %1</source>
        <translation>PROJ 无法读取坐标系 %1</translation>
    </message>
    <message>
        <source>PROJ found no transformation from %1 to %2: %3</source>
        <translation>PROJ 找不到从 %1 到 %2 的转换：%3</translation>
    </message>
    <message>
        <source>PROJ cannot normalise the axis order of %1</source>
        <translation>PROJ 无法规范化 %1 的坐标轴顺序</translation>
    </message>
    <message>
        <source>No CRS given</source>
        <translation>未指定坐标系</translation>
    </message>
    <message>
        <source>Unknown CRS &quot;%1&quot;: %2</source>
        <translation>未知坐标系“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 2D geographic or projected CRS</source>
        <translation>“%1”不是二维地理坐标系或投影坐标系</translation>
    </message>
    <message>
        <source>No map CRS</source>
        <translation>没有地图坐标系</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1: not a CSV table</source>
        <translation>%1：不是 CSV 表格</translation>
    </message>
    <message>
        <source>%1: missing column(s): %2</source>
        <translation>%1：缺少列：%2</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>GeoJSON (*.geojson);;KML for Google Earth (*.kml);;Shapefile (*.shp);;GeoPackage (*.gpkg)</source>
        <translation>GeoJSON (*.geojson);;Google 地球 KML (*.kml);;Shapefile (*.shp);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>%1: choose .geojson, .kml, .shp or .gpkg</source>
        <translation>%1：请选择 .geojson、.kml、.shp 或 .gpkg</translation>
    </message>
    <message>
        <source>%1: no layer %2</source>
        <translation>%1：没有图层 %2</translation>
    </message>
    <message>
        <source>GDAL could not write it</source>
        <translation>GDAL 无法写入</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL 无法打开它</translation>
    </message>
    <message>
        <source>feature %1%2</source>
        <translation>要素 %1%2</translation>
    </message>
    <message>
        <source> (id %1)</source>
        <translation>（编号 %1）</translation>
    </message>
    <message>
        <source>%1: not a polygon</source>
        <translation>%1：不是多边形</translation>
    </message>
    <message>
        <source>%1: %2 vertices cannot be converted to WGS 84</source>
        <translation>%1：%2 个顶点无法转换为 WGS 84</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>%1: reading stopped after %2 features: %3</source>
        <translation>%1：读取 %2 个要素后停止：%3</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>%1 (month only)</source>
        <translation>%1（仅月份）</translation>
    </message>
    <message>
        <source>%1 (year only)</source>
        <translation>%1（仅年份）</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
</context>
<context>
    <name>Geodesy</name>
    <message>
        <source>%1 m² · %2 ha · %3 km² (ellipsoidal, WGS 84)</source>
        <translation>%1 m² · %2 公顷 · %3 km²（椭球面，WGS 84）</translation>
    </message>
</context>
<context>
    <name>Georeferencer</name>
    <message>
        <source>%1: unexpected error: %2</source>
        <translation>%1：意外错误：%2</translation>
    </message>
    <message>
        <source>%1: unexpected error</source>
        <translation>%1：意外错误</translation>
    </message>
    <message>
        <source>Georeferencing failed: %1</source>
        <translation>地理配准失败：%1</translation>
    </message>
    <message>
        <source>Georeferencing failed</source>
        <translation>地理配准失败</translation>
    </message>
    <message>
        <source>Control point %1 (%2) is outside what %3 can show</source>
        <translation>控制点 %1（%2）超出了 %3 可显示的范围</translation>
    </message>
    <message>
        <source>%1 cannot be fitted to these points (GDAL: %2); spread them over the scan</source>
        <translation>无法用这些点拟合 %1（GDAL：%2）；请将点分散在整张扫描图上</translation>
    </message>
    <message>
        <source>no solution</source>
        <translation>无解</translation>
    </message>
    <message>
        <source>The control points lie (almost) on one line on the scan: add points away from that line, around the area to be placed</source>
        <translation>控制点在扫描图上（几乎）位于一条直线上：请在待放置区域周围、远离该直线处添加点</translation>
    </message>
    <message>
        <source>The control points&apos; map coordinates lie (almost) on one line: check the coordinates, and add points away from that line</source>
        <translation>控制点的地图坐标（几乎）位于一条直线上：请检查坐标，并在远离该直线处添加点</translation>
    </message>
    <message>
        <source>Polynomial 1 (affine)</source>
        <translation>一次多项式（仿射）</translation>
    </message>
    <message>
        <source>Polynomial 2</source>
        <translation>二次多项式</translation>
    </message>
    <message>
        <source>Polynomial 3</source>
        <translation>三次多项式</translation>
    </message>
    <message>
        <source>Thin-plate spline</source>
        <translation>薄板样条</translation>
    </message>
    <message>
        <source>Control point %1 cannot be sent through the fitted %2</source>
        <translation>无法用拟合的 %2 转换控制点 %1</translation>
    </message>
    <message>
        <source>%1: the georeferenced copy cannot replace the scan itself; choose another file name</source>
        <translation>%1：地理配准后的副本不能替换扫描图本身；请选择其他文件名</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL 无法打开它</translation>
    </message>
    <message>
        <source>%1: no raster bands</source>
        <translation>%1：没有栅格波段</translation>
    </message>
    <message>
        <source>cannot copy it</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <source>GDAL does not know the CRS %1</source>
        <translation>GDAL 不认识坐标系 %1</translation>
    </message>
    <message>
        <source>cannot set the control points</source>
        <translation>无法设置控制点</translation>
    </message>
    <message>
        <source>bad warp options</source>
        <translation>无效的重投影参数</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>GDAL could not write it</source>
        <translation>GDAL 无法写入</translation>
    </message>
    <message>
        <source>%1 georeferenced by MineAtlas from %2 control points (%3)</source>
        <translation>%1，由 MineAtlas 根据 %2 个控制点进行地理配准（%3）</translation>
    </message>
    <message>
        <source>%1: reading band %2 failed: %3</source>
        <translation>%1：读取波段 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1 needs at least %2 control points with map coordinates; there is %3</source>
        <translation>%1 至少需要 %2 个带地图坐标的控制点；目前只有 %3 个</translation>
    </message>
    <message>
        <source>%1 needs at least %2 control points with map coordinates; there are %3</source>
        <translation>%1 至少需要 %2 个带地图坐标的控制点；目前只有 %3 个</translation>
    </message>
</context>
<context>
    <name>GifWriter</name>
    <message>
        <source>%1: writing the GIF failed (%2)</source>
        <translation>%1：写入 GIF 失败（%2）</translation>
    </message>
    <message>
        <source>%1: a GIF is 1 to 65,535 pixels on each side</source>
        <translation>%1：GIF 每边须为 1 到 65,535 像素</translation>
    </message>
    <message>
        <source>%1: cannot write it here (%2)</source>
        <translation>%1：无法在此处写入（%2）</translation>
    </message>
    <message>
        <source>%1: out of memory for the palette</source>
        <translation>%1：调色板内存不足</translation>
    </message>
    <message>
        <source>%1: the GIF is already closed</source>
        <translation>%1：GIF 已关闭</translation>
    </message>
    <message>
        <source>%1: frame %2 is %3 × %4 px, the GIF %5 × %6</source>
        <translation>%1：第 %2 帧为 %3 × %4 像素，而 GIF 为 %5 × %6</translation>
    </message>
    <message>
        <source>%1: no frame to write</source>
        <translation>%1：没有要写入的帧</translation>
    </message>
    <message>
        <source>%1: cannot replace the file (is the folder read-only?)</source>
        <translation>%1：无法替换文件（文件夹是否为只读？）</translation>
    </message>
</context>
<context>
    <name>HazardArea</name>
    <message>
        <source>local id</source>
        <translation>本地编号</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>date of information</source>
        <translation>信息日期</translation>
    </message>
</context>
<context>
    <name>HazardStore</name>
    <message>
        <source>GDAL gave no reason</source>
        <translation>GDAL 未给出原因</translation>
    </message>
    <message>
        <source>%1: cannot add a hazard layer: %2</source>
        <translation>%1：无法添加危险区图层：%2</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL 没有 GeoPackage 驱动程序</translation>
    </message>
    <message>
        <source>cannot create the hazard layer</source>
        <translation>无法创建危险区图层</translation>
    </message>
    <message>
        <source>cannot create layer %1</source>
        <translation>无法创建图层 %1</translation>
    </message>
    <message>
        <source>cannot create field %1</source>
        <translation>无法创建字段 %1</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1：找不到文件</translation>
    </message>
    <message>
        <source>%1: cannot edit it: %2. Open a copy you can write to.</source>
        <translation>%1：无法编辑：%2。请打开一个可写入的副本。</translation>
    </message>
    <message>
        <source>%1: cannot open it as a GeoPackage: %2</source>
        <translation>%1：无法作为 GeoPackage 打开：%2</translation>
    </message>
    <message>
        <source>%1: no layer named &quot;%2&quot;</source>
        <translation>%1：没有名为“%2”的图层</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; is not a hazard layer; missing field(s): %3</source>
        <translation>%1：图层“%2”不是危险区图层；缺少字段：%3</translation>
    </message>
    <message>
        <source>%1: %2 GUID(s) are used by more than one area, so edits could reach the wrong one: %3. Give each area its own GUID (or remove the copies) before editing.</source>
        <translation>%1：有 %2 个 GUID 被多个区域共用，编辑可能作用到错误的区域：%3。编辑前请为每个区域分配唯一的 GUID（或删除重复项）。</translation>
    </message>
    <message>
        <source>cannot give GUIDs to %1 areas</source>
        <translation>无法为 %1 个区域分配 GUID</translation>
    </message>
    <message>
        <source>%1: reading hazard areas failed: %2</source>
        <translation>%1：读取危险区失败：%2</translation>
    </message>
    <message>
        <source>%1: %2 areas have the GUID %3</source>
        <translation>%1：有 %2 个区域的 GUID 为 %3</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>%1: several areas have the GUID %2; nothing was changed</source>
        <translation>%1：多个区域的 GUID 为 %2；未做任何更改</translation>
    </message>
    <message>
        <source>%1: the area %2 is no longer in the file</source>
        <translation>%1：区域 %2 已不在文件中</translation>
    </message>
    <message>
        <source>the area was not deleted</source>
        <translation>区域未删除</translation>
    </message>
    <message>
        <source>the geometry cannot be stored</source>
        <translation>无法存储几何图形</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>%1: an area with GUID %2 is already in the file</source>
        <translation>%1：文件中已有 GUID 为 %2 的区域</translation>
    </message>
    <message>
        <source>the area was not saved</source>
        <translation>区域未保存</translation>
    </message>
    <message>
        <source>the change was not saved (commit failed)</source>
        <translation>更改未保存（提交失败）</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>服务器未给出原因</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>%1: the database has no PostGIS extension; an administrator must run CREATE EXTENSION postgis in it first</source>
        <translation>%1：数据库没有 PostGIS 扩展；管理员必须先在其中运行 CREATE EXTENSION postgis</translation>
    </message>
    <message>
        <source>%1: the workspace already has hazard areas (%2)</source>
        <translation>%1：工作区中已有危险区（%2）</translation>
    </message>
    <message>
        <source>%1: the database has no PostGIS extension; an administrator must run CREATE EXTENSION postgis in it before MineAtlas can keep hazard areas there</source>
        <translation>%1：数据库没有 PostGIS 扩展；管理员必须先在其中运行 CREATE EXTENSION postgis，MineAtlas 才能在其中保存危险区</translation>
    </message>
    <message>
        <source>%1: the workspace has no hazard tables (%2) yet; create them to start</source>
        <translation>%1：工作区中还没有危险区表（%2）；请先创建这些表</translation>
    </message>
    <message>
        <source>cannot lock the area for saving (another program may be writing)</source>
        <translation>无法锁定区域以保存（可能有其他程序正在写入）</translation>
    </message>
    <message>
        <source>%1: the connection was lost; open the layer again</source>
        <translation>%1：连接已断开；请重新打开图层</translation>
    </message>
    <message>
        <source> (now version %1 by %2)</source>
        <translation>（现为第 %1 版，由 %2 修改）</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source> (deleted by someone else)</source>
        <translation>（已被其他人删除）</translation>
    </message>
    <message>
        <source>%1: not saved, %2 area(s) changed by someone else since you read them: %3. Nothing was overwritten; choose keep mine, take theirs or merge.</source>
        <translation>%1：未保存，自您读取以来已有 %2 个区域被其他人更改：%3。未覆盖任何内容；请选择保留我的、采用对方的或合并。</translation>
    </message>
    <message>
        <source>%1: cannot read the history of %2: %3</source>
        <translation>%1：无法读取 %2 的历史记录：%3</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>服务器无应答</translation>
    </message>
    <message>
        <source>%1: the connection was lost; it is tried again on the next save</source>
        <translation>%1：连接已断开；下次保存时将重试</translation>
    </message>
    <message>
        <source>%1: cannot keep your discarded version of %2 in the history: %3</source>
        <translation>%1：无法将您舍弃的 %2 版本保存到历史记录：%3</translation>
    </message>
    <message>
        <source>the history table is missing</source>
        <translation>缺少历史记录表</translation>
    </message>
    <message>
        <source>the outline cannot be written</source>
        <translation>无法写入轮廓</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>the row was not written</source>
        <translation>该行未写入</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>%1: the feature has no id in its file</source>
        <translation>%1：该要素在其文件中没有编号</translation>
    </message>
    <message>
        <source>cannot read it again</source>
        <translation>无法再次读取</translation>
    </message>
    <message>
        <source>%1: feature %2 is no longer in the file</source>
        <translation>%1：要素 %2 已不在文件中</translation>
    </message>
    <message>
        <source>%1: feature %2 has vertices PROJ cannot convert to WGS 84</source>
        <translation>%1：要素 %2 的顶点无法由 PROJ 转换为 WGS 84</translation>
    </message>
    <message>
        <source>measuring failed</source>
        <translation>测量失败</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <source>cannot start the migration to hazard schema version 2</source>
        <translation>无法开始迁移到危险区模式第 2 版</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 2: %1</source>
        <translation>无法迁移到危险区模式第 2 版：%1</translation>
    </message>
    <message>
        <source>cannot add recorded_date</source>
        <translation>无法添加 recorded_date</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot create %1.%2</source>
        <translation>无法创建 %1.%2</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 2: the commit failed</source>
        <translation>无法迁移到危险区模式第 2 版：提交失败</translation>
    </message>
    <message>
        <source>%1: cannot open it as a GeoPackage</source>
        <translation>%1：无法作为 GeoPackage 打开</translation>
    </message>
    <message>
        <source>%1: no layer named &quot;%2&quot;</source>
        <translation>%1：没有名为“%2”的图层</translation>
    </message>
    <message>
        <source>Land released</source>
        <translation>已释放土地</translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
来源：%2</translation>
    </message>
    <message>
        <source> (layer %1)</source>
        <translation>（图层 %1）</translation>
    </message>
    <message>
        <source>
CRS of the file: %1</source>
        <translation>
文件坐标系：%1</translation>
    </message>
    <message>
        <source>
%1 features, %2 vertices</source>
        <translation>
%1 个要素，%2 个顶点</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Countries in the frame: treaty status on %1</source>
        <translation>框内国家：截至 %1 的条约状态</translation>
    </message>
    <message>
        <source>Since (precision)</source>
        <translation>起始日期（精度）</translation>
    </message>
    <message>
        <source>AP mines (LM)</source>
        <translation>杀伤人员地雷 (LM)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <source>No treaty map is shown.</source>
        <translation>未显示条约状态地图。</translation>
    </message>
    <message>
        <source>Hazard areas in the frame: %1</source>
        <translation>框内危险区：%1</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>图层：%1</translation>
    </message>
    <message>
        <source>Total %1; remaining %2</source>
        <translation>共计 %1；剩余 %2</translation>
    </message>
    <message>
        <source>Areas measured on the WGS 84 ellipsoid; remaining area as recorded.%1</source>
        <translation>面积按 WGS 84 椭球面测量；剩余面积以记录为准。%1</translation>
    </message>
    <message>
        <source> %1 with required fields empty.</source>
        <translation> %1 个区域的必填字段为空。</translation>
    </message>
    <message>
        <source>Areas measured on the WGS 84 ellipsoid; remaining area as recorded.</source>
        <translation>面积按 WGS 84 椭球面测量；剩余面积以记录为准。</translation>
    </message>
    <message>
        <source>%1, %2: %3 areas, %4 km², %5 km² remaining</source>
        <translation>%1，%2：%3 个区域，%4 km²，剩余 %5 km²</translation>
    </message>
    <message>
        <source>Remaining hazard area over time (km²)</source>
        <translation>剩余危险区面积随时间变化（km²）</translation>
    </message>
    <message>
        <source>Treaty status as of %1</source>
        <translation>截至 %1 的条约状态</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>LayoutTemplate</name>
    <message>
        <source>layout template</source>
        <translation>版面模板</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1：不是 JSON（第 %3 字节处 %2）</translation>
    </message>
    <message>
        <source>%1: not a MineAtlas layout template (&quot;kind&quot; must be &quot;%2&quot;)</source>
        <translation>%1：不是 MineAtlas 版面模板（&quot;kind&quot; 必须为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: template version %2 is not one this MineAtlas reads (%3)</source>
        <translation>%1：此 MineAtlas 无法读取模板版本 %2（%3）</translation>
    </message>
    <message>
        <source>must be &quot;map&quot; or &quot;brief&quot;</source>
        <translation>必须为 &quot;map&quot; 或 &quot;brief&quot;</translation>
    </message>
    <message>
        <source>must be A4, A3 or Letter</source>
        <translation>必须为 A4、A3 或 Letter</translation>
    </message>
    <message>
        <source>must be &quot;landscape&quot; or &quot;portrait&quot;</source>
        <translation>必须为 &quot;landscape&quot; 或 &quot;portrait&quot;</translation>
    </message>
    <message>
        <source>must be between 0 and 50</source>
        <translation>必须在 0 到 50 之间</translation>
    </message>
    <message>
        <source>must be between 36 and 600</source>
        <translation>必须在 36 到 600 之间</translation>
    </message>
    <message>
        <source>must be &quot;right&quot; or &quot;bottom&quot;</source>
        <translation>必须为 &quot;right&quot; 或 &quot;bottom&quot;</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1：未保存：%2</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Mine Ban Treaty status</source>
        <translation>《禁雷公约》状态</translation>
    </message>
    <message>
        <source>%1 States Parties worldwide (by deposit)</source>
        <translation>全球 %1 个缔约国（按交存日期）</translation>
    </message>
    <message>
        <source>%1–%2 States Parties worldwide (by deposit)</source>
        <translation>全球 %1–%2 个缔约国（按交存日期）</translation>
    </message>
    <message>
        <source>%1 points in the frame</source>
        <translation>框内 %1 个点</translation>
    </message>
    <message>
        <source>density, low → high</source>
        <translation>密度，由低到高</translation>
    </message>
    <message>
        <source>density of %1, low → high</source>
        <translation>%1 的密度，由低到高</translation>
    </message>
    <message>
        <source>other values</source>
        <translation>其他值</translation>
    </message>
    <message>
        <source>outline: %1</source>
        <translation>轮廓：%1</translation>
    </message>
    <message>
        <source>incomplete: required fields empty</source>
        <translation>不完整：必填字段为空</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Nothing to export: the map has no extent yet (open a layer)</source>
        <translation>没有可导出的内容：地图尚无范围（请打开图层）</translation>
    </message>
    <message>
        <source>%1 km² (%2)</source>
        <translation>%1 km²（%2）</translation>
    </message>
    <message>
        <source>%1, extent not reported</source>
        <translation>%1，未报告范围</translation>
    </message>
    <message>
        <source>extent not reported</source>
        <translation>未报告范围</translation>
    </message>
    <message>
        <source>populated place</source>
        <translation>居民点</translation>
    </message>
    <message>
        <source>State Party, claims suspension</source>
        <translation>缔约国，声称暂停</translation>
    </message>
    <message>
        <source>No treaty status</source>
        <translation>无条约状态</translation>
    </message>
</context>
<context>
    <name>Magnetic</name>
    <message>
        <source>cannot read the magnetic model %1 in %2: %3</source>
        <translation>无法读取 %2 中的地磁模型 %1：%3</translation>
    </message>
    <message>
        <source>the magnetic model %1 in %2 does not say which years it covers</source>
        <translation>%2 中的地磁模型 %1 未说明其适用年份</translation>
    </message>
    <message>
        <source>no magnetic model given</source>
        <translation>未指定地磁模型</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the magnetic model: %1</source>
        <translation>无法为地磁模型创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>the built-in magnetic model file %1 is missing</source>
        <translation>缺少内置地磁模型文件 %1</translation>
    </message>
    <message>
        <source>no date for the magnetic declination</source>
        <translation>没有用于计算磁偏角的日期</translation>
    </message>
    <message>
        <source>%1 is outside the World Magnetic Model (%2 to %3): no magnetic declination</source>
        <translation>%1 超出世界地磁模型范围（%2 至 %3）：无磁偏角</translation>
    </message>
</context>
<context>
    <name>MapLayer</name>
    <message>
        <source>%1: source and licence not stated in the file</source>
        <translation>%1：文件中未注明来源和许可</translation>
    </message>
    <message>
        <source>%1 by %2: %3 m² (%4 ha), ellipsoidal</source>
        <translation>截至 %2 的%1：%3 m²（%4 公顷），椭球面</translation>
    </message>
</context>
<context>
    <name>OfflineSync</name>
    <message>
        <source>cannot create the offline bookkeeping tables</source>
        <translation>无法创建离线记录表</translation>
    </message>
    <message>
        <source>cannot record the workspace</source>
        <translation>无法记录来源工作区</translation>
    </message>
    <message>
        <source>it is not an offline copy of a team workspace (no %1 table)</source>
        <translation>它不是团队工作区的离线副本（没有 %1 表）</translation>
    </message>
    <message>
        <source>it does not say which workspace it came from</source>
        <translation>它未注明来自哪个工作区</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1: cannot reach the workspace it came from: %2</source>
        <translation>%1：无法连接其来源工作区：%2</translation>
    </message>
    <message>
        <source>%1: the area was updated but its versions were not recorded</source>
        <translation>%1：区域已更新，但未记录其版本</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>added to the workspace</source>
        <translation>已添加到工作区</translation>
    </message>
    <message>
        <source>deleted in the workspace</source>
        <translation>已在工作区中删除</translation>
    </message>
    <message>
        <source>refreshed from the workspace</source>
        <translation>已从工作区刷新</translation>
    </message>
    <message>
        <source>removed offline</source>
        <translation>已从离线副本移除</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>已保留我的</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>已采用对方的</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled before the end</source>
        <translation>在完成前已取消</translation>
    </message>
    <message>
        <source>no areas</source>
        <translation>没有区域</translation>
    </message>
    <message>
        <source>%1: the file already exists; choose a new name for the offline copy</source>
        <translation>%1：文件已存在；请为离线副本选择新名称</translation>
    </message>
    <message>
        <source>%1: cancelled; no offline copy was made</source>
        <translation>%1：已取消；未创建离线副本</translation>
    </message>
    <message>
        <source>%1: cannot record the workspace versions of the areas</source>
        <translation>%1：无法记录区域在工作区中的版本</translation>
    </message>
    <message>
        <source>%1: cannot record the workspace versions of the areas (commit failed)</source>
        <translation>%1：无法记录区域在工作区中的版本（提交失败）</translation>
    </message>
    <message>
        <source>changed in the workspace during the sync; both versions kept</source>
        <translation>同步期间在工作区中被更改；两个版本均已保留</translation>
    </message>
    <message>
        <source>added offline, but the workspace already has an area with this GUID</source>
        <translation>离线时添加，但工作区中已有具有此 GUID 的区域</translation>
    </message>
    <message>
        <source>version %1 in the workspace</source>
        <translation>工作区中的第 %1 版</translation>
    </message>
    <message>
        <source>; its versions were not recorded offline (the next sync will ask)</source>
        <translation>；其版本未记录到离线副本中（下次同步时会询问）</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>deleted offline and in the workspace</source>
        <translation>已在离线副本和工作区中删除</translation>
    </message>
    <message>
        <source>deleted offline, but changed in the workspace by %1 (now version %2)</source>
        <translation>离线时已删除，但 %1 在工作区中更改了它（现为第 %2 版）</translation>
    </message>
    <message>
        <source>changed offline, but deleted in the workspace</source>
        <translation>离线时已更改，但在工作区中已被删除</translation>
    </message>
    <message>
        <source>changed offline and in the workspace by %1 (version %2 → %3); both versions kept</source>
        <translation>离线时已更改，%1 也在工作区中更改了它（第 %2 版 → 第 %3 版）；两个版本均已保留</translation>
    </message>
    <message>
        <source>was version %1</source>
        <translation>原为第 %1 版</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>第 %1 版 → 第 %2 版</translation>
    </message>
    <message>
        <source>version %1 → %2 by %3</source>
        <translation>第 %1 版 → 第 %2 版，由 %3 修改</translation>
    </message>
    <message>
        <source>A sync conflict is settled by keeping yours or taking theirs; merge fields in the form after taking theirs.</source>
        <translation>同步冲突只能通过保留我的或采用对方的来解决；如需合并字段，请在采用对方的之后在表单中进行。</translation>
    </message>
    <message>
        <source>the offline copy now holds version %1</source>
        <translation>离线副本现为第 %1 版</translation>
    </message>
    <message>
        <source>removed offline, as in the workspace</source>
        <translation>已从离线副本移除，与工作区一致</translation>
    </message>
    <message>
        <source>saved as version %1 over %2</source>
        <translation>已保存为第 %1 版，覆盖 %2</translation>
    </message>
    <message>
        <source>a deleted area</source>
        <translation>一个已删除的区域</translation>
    </message>
    <message>
        <source>%1: cannot write the sync report: %2</source>
        <translation>%1：无法写入同步报告：%2</translation>
    </message>
    <message>
        <source>; the offline version is kept in the area&apos;s history as not applied</source>
        <translation>；离线版本已作为未应用版本保存在该区域的历史记录中</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>%1: choose .pdf, .svg or .png</source>
        <translation>%1：请选择 .pdf、.svg 或 .png</translation>
    </message>
    <message>
        <source>cannot write it here</source>
        <translation>无法在此处写入</translation>
    </message>
    <message>
        <source>%1: a %2 × %3 px page does not fit in memory; choose a lower resolution</source>
        <translation>%1：%2 × %3 像素的页面超出内存；请选择较低的分辨率</translation>
    </message>
    <message>
        <source>%1: export canceled; nothing was written</source>
        <translation>%1：导出已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>%1: cannot replace the file (is it open elsewhere, or the folder read-only?)</source>
        <translation>%1：无法替换文件（文件是否在别处打开，或文件夹为只读？）</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1：图像为空</translation>
    </message>
    <message>
        <source>%1: compressing the image failed</source>
        <translation>%1：压缩图像失败</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1; and %2 more</source>
        <translation>%1；另有 %2 个</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%1 is %2.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%1 是%2。</translation>
    </message>
    <message>
        <source> &lt;b&gt;As of %1: no treaty status.&lt;/b&gt;</source>
        <translation> &lt;b&gt;截至 %1：无条约状态。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt; (row %1 of the territories table):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;来源&lt;/b&gt;（领土表第 %1 行）：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (not in the vocabulary: kept as it is)</source>
        <translation>%1（不在词表中：保持原样）</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Anti-personnel mine contamination&lt;/h4&gt;&lt;p&gt;</source>
        <translation>&lt;h4&gt;杀伤人员地雷污染&lt;/h4&gt;&lt;p&gt;</translation>
    </message>
    <message>
        <source>Extent not reported</source>
        <translation>未报告范围</translation>
    </message>
    <message>
        <source>; class: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>；等级：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Article 5 clearance deadline: %1 (originally %2; extensions: %3)</source>
        <translation>&lt;br&gt;第 5 条清除期限：%1（原定 %2；延期：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Raster</name>
    <message>
        <source>its control points cannot place it</source>
        <translation>其控制点无法确定其位置</translation>
    </message>
    <message>
        <source>%1: the raster lies outside what %2 can show</source>
        <translation>%1：栅格超出了 %2 可显示的范围</translation>
    </message>
    <message>
        <source>%1: the raster has no georeferencing (no geotransform); it cannot be placed on the map</source>
        <translation>%1：栅格没有地理配准（无地理变换）；无法放置到地图上</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL 无法打开它</translation>
    </message>
</context>
<context>
    <name>RemainingTime</name>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>约剩 %1 分钟</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL 无法打开它</translation>
    </message>
    <message>
        <source>cannot copy it</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <source>%1: no raster bands</source>
        <translation>%1：没有栅格波段</translation>
    </message>
    <message>
        <source>cannot warp the raster</source>
        <translation>无法对栅格重投影</translation>
    </message>
    <message>
        <source>%1: reading band %2 failed: %3</source>
        <translation>%1：读取波段 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1: the tile server cannot be reached, so the basemap is offline: it shows the tiles kept on this computer (places not visited before stay blank)</source>
        <translation>%1：无法连接瓦片服务器，底图处于离线状态：仅显示此计算机上保存的瓦片（以前未浏览过的地方为空白）</translation>
    </message>
    <message>
        <source>%1: part of the raster could not be decoded (GDAL: %2); what is drawn there (empty or black) is not the data</source>
        <translation>%1：部分栅格无法解码（GDAL：%2）；该处所绘内容（空白或黑色）并非数据</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>渲染失败：%1</translation>
    </message>
    <message>
        <source>Rendering failed (unknown error)</source>
        <translation>渲染失败（未知错误）</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>cannot make the folder %1 for a copy of the sample data</source>
        <translation>无法创建用于示例数据副本的文件夹 %1</translation>
    </message>
    <message>
        <source>cannot copy the sample file %1 to %2</source>
        <translation>无法将示例文件 %1 复制到 %2</translation>
    </message>
    <message>
        <source>no sample data in %1</source>
        <translation>%1 中没有示例数据</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>hazard area</source>
        <translation>危险区</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
</context>
<context>
    <name>SurveyPoint</name>
    <message>
        <source>could not read &quot;%1&quot; as lat/lon, DMS, UTM, MGRS or bearing/distance</source>
        <translation>无法将“%1”识别为纬度/经度、度分秒、UTM、MGRS 或方位角/距离</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot; as bearing/distance (write e.g. &quot;B 045.5 D 120&quot;: degrees from true north, metres; &quot;B 045.5 M D 120&quot; from magnetic north)</source>
        <translation>无法将“%1”识别为方位角/距离（例如写作“B 045.5 D 120”：自真北起算的度数，单位为米；“B 045.5 M D 120”表示自磁北起算）</translation>
    </message>
    <message>
        <source>bearing %1° in &quot;%2&quot; is outside 0 to 360°</source>
        <translation>“%2”中的方位角 %1° 超出 0 到 360° 范围</translation>
    </message>
    <message>
        <source>distance %1 m in &quot;%2&quot; is negative</source>
        <translation>“%2”中的距离 %1 米为负数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bearing and distance but there is no previous point to measure from</source>
        <translation>“%1”是方位角和距离，但没有可供起算的前一个点</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a magnetic bearing but no magnetic model is loaded to turn it into a true one</source>
        <translation>“%1”是磁方位角，但未加载地磁模型，无法将其换算为真方位角</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a magnetic bearing, but %2; give the date the bearings were taken, or true bearings</source>
        <translation>“%1”是磁方位角，但%2；请给出测量方位角的日期，或使用真方位角</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a magnetic bearing, but there is no magnetic north at %2</source>
        <translation>“%1”是磁方位角，但 %2 处没有磁北</translation>
    </message>
    <message>
        <source>magnetic bearing</source>
        <translation>磁方位角</translation>
    </message>
    <message>
        <source>magnetic %1° + declination %2 (%3, %4) = true %5°</source>
        <translation>磁方位 %1° + 磁偏角 %2（%3，%4）= 真方位 %5°</translation>
    </message>
    <message>
        <source>bad UTM zone %1 in &quot;%2&quot; (zones are 1 to 60)</source>
        <translation>“%2”中的 UTM 带号 %1 无效（带号为 1 到 60）</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot; as MGRS: %2</source>
        <translation>无法将“%1”识别为 MGRS：%2</translation>
    </message>
    <message>
        <source>none (outside UTM)</source>
        <translation>无（超出 UTM 范围）</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot; as UTM: %2</source>
        <translation>无法将“%1”识别为 UTM：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is neither a UTM latitude band (C to X, without I and O) nor a hemisphere (N or S)</source>
        <translation>“%2”中的“%1”既不是 UTM 纬度带（C 到 X，不含 I 和 O），也不是半球（N 或 S）</translation>
    </message>
    <message>
        <source>band %1 in &quot;%2&quot; does not match the northing: that point lies at %3°, in band %4</source>
        <translation>“%2”中的纬度带 %1 与北向坐标不符：该点位于 %3°，属于纬度带 %4</translation>
    </message>
    <message>
        <source>write decimals with a point: 50.4501, 30.5234</source>
        <translation>小数请使用小数点：50.4501, 30.5234</translation>
    </message>
    <message>
        <source>latitude %1° in &quot;%2&quot; is outside -90 to 90 (write latitude first, then longitude)</source>
        <translation>“%2”中的纬度 %1° 超出 -90 到 90 范围（请先写纬度，再写经度）</translation>
    </message>
    <message>
        <source>longitude %1° in &quot;%2&quot; is outside -180 to 180</source>
        <translation>“%2”中的经度 %1° 超出 -180 到 180 范围</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot; as lat/lon: %2</source>
        <translation>无法将“%1”识别为纬度/经度：%2</translation>
    </message>
    <message>
        <source>No point given: the text is empty</source>
        <translation>未给出点：文本为空</translation>
    </message>
</context>
<context>
    <name>TeamWorkspace</name>
    <message>
        <source>(default database)</source>
        <translation>（默认数据库）</translation>
    </message>
    <message>
        <source>%1: the server refused the user name or password (%2). Check them, or the entry in ~/.pgpass or the service file.</source>
        <translation>%1：服务器拒绝了用户名或密码（%2）。请检查用户名和密码，或 ~/.pgpass 或服务文件中的条目。</translation>
    </message>
    <message>
        <source>%1: there is no such database on the server (%2).</source>
        <translation>%1：服务器上没有此数据库（%2）。</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached (%2). Check the host and port, the network, and that PostgreSQL is running.</source>
        <translation>%1：无法连接服务器（%2）。请检查主机和端口、网络，以及 PostgreSQL 是否正在运行。</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace: %2</source>
        <translation>%1：无法打开工作区：%2</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 3 from version %1</source>
        <translation>无法从第 %1 版迁移到危险区模式第 3 版</translation>
    </message>
    <message>
        <source>cannot start the migration to hazard schema version 3</source>
        <translation>无法开始迁移到危险区模式第 3 版</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 3: %1%2</source>
        <translation>无法迁移到危险区模式第 3 版：%1%2</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>无法添加 %1</translation>
    </message>
    <message>
        <source>cannot number the existing rows</source>
        <translation>无法为现有行编号</translation>
    </message>
    <message>
        <source>cannot create the history table</source>
        <translation>无法创建历史记录表</translation>
    </message>
    <message>
        <source>cannot migrate to hazard schema version 3: the commit failed</source>
        <translation>无法迁移到危险区模式第 3 版：提交失败</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
</context>
<context>
    <name>Temporal</name>
    <message>
        <source>step &quot;%1&quot;: MineAtlas steps whole days; use P1D, P7D, P1M or P1Y</source>
        <translation>步长“%1”：MineAtlas 以整天为步长；请使用 P1D、P7D、P1M 或 P1Y</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is not an ISO 8601 duration such as P1D, P7D, P1M or P1Y</source>
        <translation>步长“%1”不是 ISO 8601 时长（如 P1D、P7D、P1M 或 P1Y）</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is too large</source>
        <translation>步长“%1”过大</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is zero: the animation would never move</source>
        <translation>步长“%1”为零：动画将永远不会前进</translation>
    </message>
    <message>
        <source>the animation needs a valid first and last date</source>
        <translation>动画需要有效的起始和结束日期</translation>
    </message>
    <message>
        <source>the animation ends (%1) before it starts (%2)</source>
        <translation>动画的结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>the animation step is zero</source>
        <translation>动画步长为零</translation>
    </message>
    <message>
        <source>%1 to %2 by %3 is more than %4 frames; choose a longer step</source>
        <translation>从 %1 到 %2、步长 %3 将超过 %4 帧；请选择更长的步长</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>part of %1, so %1&apos;s treaty status</source>
        <translation>%1 的一部分，因此适用 %1 的条约状态</translation>
    </message>
    <message>
        <source>a dependency of %1; the Convention was extended to it on %2, so %1&apos;s treaty status from then</source>
        <translation>%1 的属地；公约于 %2 扩展适用于该地，因此自那时起适用 %1 的条约状态</translation>
    </message>
    <message>
        <source>a dependency of %1; the Convention does not extend to it</source>
        <translation>%1 的属地；公约不适用于该地</translation>
    </message>
    <message>
        <source>a dependency of %1; the depositary records no application of the Convention to it</source>
        <translation>%1 的属地；保存人未记录公约对其适用</translation>
    </message>
</context>
<context>
    <name>TileCache</name>
    <message>
        <source>%1 is not a MineAtlas tile cache (no CACHEDIR.TAG): nothing was removed</source>
        <translation>%1 不是 MineAtlas 瓦片缓存（没有 CACHEDIR.TAG）：未删除任何内容</translation>
    </message>
    <message>
        <source>%1: %2 file(s) could not be removed: %3</source>
        <translation>%1：%2 个文件无法删除：%3</translation>
    </message>
</context>
<context>
    <name>TreatyStatus</name>
    <message>
        <source>Treaty not yet open</source>
        <translation>条约尚未开放</translation>
    </message>
    <message>
        <source>Never joined</source>
        <translation>从未加入</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署国</translation>
    </message>
    <message>
        <source>Joined, not yet in force</source>
        <translation>已加入，尚未生效</translation>
    </message>
    <message>
        <source>State Party</source>
        <translation>缔约国</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>已宣布退出</translation>
    </message>
    <message>
        <source>Withdrawal pending</source>
        <translation>退出待生效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Uncertain (date unknown)</source>
        <translation>不确定（日期未知）</translation>
    </message>
    <message>
        <source>Not yet a state</source>
        <translation>尚未成为国家</translation>
    </message>
    <message>
        <source>suspension claimed</source>
        <translation>声称暂停</translation>
    </message>
    <message>
        <source>withdrawal announced (no instrument deposited)</source>
        <translation>已宣布退出（未交存文书）</translation>
    </message>
    <message>
        <source>date uncertain</source>
        <translation>日期不确定</translation>
    </message>
    <message>
        <source>entry into force computed (Art. 17)</source>
        <translation>生效日期为推算（第 17 条）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Vertices %1 and %2 are the same point</source>
        <translation>顶点 %1 和 %2 是同一个点</translation>
    </message>
    <message>
        <source>An area needs at least 3 distinct vertices (it has %1)</source>
        <translation>区域至少需要 3 个不同的顶点（目前有 %1 个）</translation>
    </message>
    <message>
        <source>Edges %1–%2 and %3–%4 cross</source>
        <translation>边 %1–%2 与 %3–%4 相交</translation>
    </message>
    <message>
        <source>Vertices %1 and %2 are %3 km apart (more than %4 km): check for a typing error, or add intermediate points</source>
        <translation>顶点 %1 和 %2 相距 %3 公里（超过 %4 公里）：请检查是否输入有误，或添加中间点</translation>
    </message>
    <message>
        <source>The area has no geometry</source>
        <translation>该区域没有几何图形</translation>
    </message>
    <message>
        <source>Overlaps open area %1</source>
        <translation>与未关闭的区域 %1 重叠</translation>
    </message>
</context>
<context>
    <name>VectorLoader</name>
    <message>
        <source>%1: %2 feature(s) have coordinates that are not numbers (NaN or infinity); they are not drawn</source>
        <translation>%1：%2 个要素的坐标不是数字（NaN 或无穷大）；未绘制</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) have coordinates outside the valid range of longitude/latitude (latitude beyond ±90° or longitude beyond ±540°); they are not drawn</source>
        <translation>%1：%2 个要素的坐标超出经纬度有效范围（纬度超过 ±90° 或经度超过 ±540°）；未绘制</translation>
    </message>
    <message>
        <source>. With x and y swapped every one of them would be valid: the file probably stores latitude before longitude</source>
        <translation>。若交换 x 和 y，它们全部有效：该文件可能先存储纬度再存储经度</translation>
    </message>
    <message>
        <source>%1: %2 polygon feature(s) have a ring of fewer than three distinct points (no area)</source>
        <translation>%1：%2 个多边形要素含有少于三个不同点的环（无面积）</translation>
    </message>
    <message>
        <source>a symbolic link that leads nowhere (a loop, or its target is gone): %1</source>
        <translation>无效的符号链接（循环，或目标已不存在）：%1</translation>
    </message>
    <message>
        <source>file not found (%1)</source>
        <translation>找不到文件（%1）</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>the shapefile&apos;s attribute table (%1.dbf) is missing</source>
        <translation>缺少 shapefile 的属性表（%1.dbf）</translation>
    </message>
    <message>
        <source>the shapefile&apos;s index (%1.shx) is missing; GDAL can rebuild it (ogr2ogr --config SHAPE_RESTORE_SHX YES)</source>
        <translation>缺少 shapefile 的索引（%1.shx）；GDAL 可以重建它（ogr2ogr --config SHAPE_RESTORE_SHX YES）</translation>
    </message>
    <message>
        <source>longitude (x)</source>
        <translation>经度 (x)</translation>
    </message>
    <message>
        <source>latitude (y)</source>
        <translation>纬度 (y)</translation>
    </message>
    <message>
        <source>%1: %2 columns could hold the %3: %4; the points are placed by the last, &quot;%5&quot;. Rename the others if that is not the one meant.</source>
        <translation>%1：有 %2 列可能存放%3：%4；点按最后一列“%5”放置。如果这不是所指的列，请重命名其他列。</translation>
    </message>
    <message>
        <source>file not found (it was removed while being opened): %1</source>
        <translation>找不到文件（打开过程中已被删除）：%1</translation>
    </message>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL 无法打开它</translation>
    </message>
    <message>
        <source>GDAL (%1 driver) found neither layers nor raster bands</source>
        <translation>GDAL（%1 驱动程序）既未找到图层，也未找到栅格波段</translation>
    </message>
    <message>
        <source>no vector layer in this file</source>
        <translation>此文件中没有矢量图层</translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;</source>
        <translation>没有名为“%1”的图层</translation>
    </message>
    <message>
        <source>%1: GDAL could not read the coordinate reference system in %2 (%3); assumed WGS 84 longitude/latitude. Check that it lines up with other layers.</source>
        <translation>%1：GDAL 无法读取 %2 中的坐标参考系（%3）；假定为 WGS 84 经纬度。请检查它是否与其他图层对齐。</translation>
    </message>
    <message>
        <source>WGS 84 (assumed)</source>
        <translation>WGS 84（假定）</translation>
    </message>
    <message>
        <source>%1: no coordinate reference system in the file; assumed WGS 84 longitude/latitude. Check that it lines up with other layers.</source>
        <translation>%1：文件中没有坐标参考系；假定为 WGS 84 经纬度。请检查它是否与其他图层对齐。</translation>
    </message>
    <message>
        <source>%1: PROJ knows no datum transformation from the file&apos;s coordinate reference system (%2) to WGS 84, only an approximate one that ignores the datum shift; positions may be off by as much as that shift (often 100 m or more). Check that it lines up with other layers.</source>
        <translation>%1：PROJ 不知道从文件坐标参考系（%2）到 WGS 84 的基准转换，只有忽略基准偏移的近似转换；位置可能偏差达该偏移量（通常 100 米或更多）。请检查它是否与其他图层对齐。</translation>
    </message>
    <message>
        <source>opening it would need about %1 MB of memory, and %2 MB are available; open a smaller extract (ogr2ogr -spat) or close other programs</source>
        <translation>打开它大约需要 %1 MB 内存，而可用内存为 %2 MB；请打开较小的提取部分（ogr2ogr -spat）或关闭其他程序</translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>reading features failed after %1 of them: %2</source>
        <translation>读取 %1 个要素后失败：%2</translation>
    </message>
    <message>
        <source>%1: GDAL reported %2 error(s) reading features (last: %3); the %4 feature(s) it could read are shown</source>
        <translation>%1：GDAL 在读取要素时报告了 %2 个错误（最后一个：%3）；已显示能读取的 %4 个要素</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) have an empty geometry: their arcs point to nothing GDAL could build (an arc index past the file&apos;s arcs, or rings of no points)</source>
        <translation>%1：%2 个要素的几何为空：其弧段指向 GDAL 无法构建的内容（弧段索引超出文件中的弧段，或环中没有点）</translation>
    </message>
    <message>
        <source>%1: %2 attribute value(s) are not valid UTF-8 text; the characters that could not be read show as �. Save the file as UTF-8 (or give a shapefile its .cpg) to see them</source>
        <translation>%1：%2 个属性值不是有效的 UTF-8 文本；无法读取的字符显示为 �。请将文件保存为 UTF-8（或为 shapefile 提供 .cpg 文件）以正确显示</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) have no geometry; they are kept but not drawn</source>
        <translation>%1：%2 个要素没有几何图形；已保留但未绘制</translation>
    </message>
    <message>
        <source>%1: %2 vertices lie outside what %3 can show and were dropped</source>
        <translation>%1：%2 个顶点超出 %3 可显示的范围，已舍弃</translation>
    </message>
    <message>
        <source>All supported files (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.kmz *.fgb *.gml *.csv *.tif *.tiff *.mbtiles *.vrt *.png *.jpg *.jpeg *.gif *.bmp *.jp2);;GeoPackage (*.gpkg);;ESRI Shapefile (*.shp);;GeoJSON (*.geojson *.json);;TopoJSON (*.topojson *.json);;KML (*.kml *.kmz);;FlatGeobuf (*.fgb);;GML (*.gml);;CSV with WKT or lon/lat (*.csv);;GeoTIFF (*.tif *.tiff);;MBTiles (*.mbtiles);;Scanned maps and images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.jp2);;All files (*)</source>
        <translation>所有支持的文件 (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.kmz *.fgb *.gml *.csv *.tif *.tiff *.mbtiles *.vrt *.png *.jpg *.jpeg *.gif *.bmp *.jp2);;GeoPackage (*.gpkg);;ESRI Shapefile (*.shp);;GeoJSON (*.geojson *.json);;TopoJSON (*.topojson *.json);;KML (*.kml *.kmz);;FlatGeobuf (*.fgb);;GML (*.gml);;含 WKT 或经纬度的 CSV (*.csv);;GeoTIFF (*.tif *.tiff);;MBTiles (*.mbtiles);;扫描地图和图像 (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.jp2);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>the file is read-only (no write permission)</source>
        <translation>文件为只读（没有写入权限）</translation>
    </message>
    <message>
        <source>the system does not allow writing it (the file is immutable or protected)</source>
        <translation>系统不允许写入（文件不可更改或受保护）</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>它位于只读磁盘上</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <source>its folder is read-only, so no journal can be written beside it (%1)</source>
        <translation>其所在文件夹为只读，无法在旁边写入日志（%1）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>another program is writing to it (the file is locked); try again when it has finished</source>
        <translation>另一个程序正在写入（文件被锁定）；请在其完成后重试</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>它以只读方式打开</translation>
    </message>
    <message>
        <source>%1 (GDAL: %2)</source>
        <translation>%1（GDAL：%2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MineAtlas: landmine contamination, borders and the Ottawa treaty.</source>
        <translation>MineAtlas：地雷污染、边界与《渥太华公约》。</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>加载完成后保存窗口截图，然后退出。</translation>
    </message>
    <message>
        <source>With --screenshot: show this lon/lat box.</source>
        <translation>与 --screenshot 一起使用：显示此经纬度范围。</translation>
    </message>
    <message>
        <source>With --screenshot: identify here.</source>
        <translation>与 --screenshot 一起使用：在此处识别。</translation>
    </message>
    <message>
        <source>Show treaty status as of this date.</source>
        <translation>显示截至此日期的条约状态。</translation>
    </message>
    <message>
        <source>With --screenshot: start editing the top layer (a hazard layer), so --identify opens an area in the form.</source>
        <translation>与 --screenshot 一起使用：开始编辑最上层图层（危险区图层），使 --identify 在表单中打开区域。</translation>
    </message>
    <message>
        <source>Interface language for this run: en, uk or zh_CN (default: the Preferences choice, else the system&apos;s).</source>
        <translation>本次运行的界面语言：en、uk 或 zh_CN（默认：首选项中的选择，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Layers to open (any GDAL vector or raster file), or one MineAtlas project (.mineatlas).</source>
        <translation>要打开的图层（任何 GDAL 矢量或栅格文件），或一个 MineAtlas 项目（.mineatlas）。</translation>
    </message>
</context>
<context>
    <name>mineatlas::BasemapActions</name>
    <message>
        <source>Add &amp;basemap…</source>
        <translation>添加底图(&amp;B)…</translation>
    </message>
    <message>
        <source>A tile basemap under the layers: OpenStreetMap, an XYZ address or a WMTS service</source>
        <translation>图层下方的瓦片底图：OpenStreetMap、XYZ 地址或 WMTS 服务</translation>
    </message>
    <message>
        <source>&amp;Download basemap area for offline use…</source>
        <translation>下载底图区域供离线使用(&amp;D)…</translation>
    </message>
    <message>
        <source>The basemap&apos;s tiles of the area in view, to an MBTiles file that opens as a layer</source>
        <translation>将视图内区域的底图瓦片保存为 MBTiles 文件，可作为图层打开</translation>
    </message>
    <message>
        <source>A basemap is already being added</source>
        <translation>正在添加底图</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>A basemap download is already running</source>
        <translation>底图下载已在进行中</translation>
    </message>
    <message>
        <source>Add a basemap first (Layer ▸ Add basemap…): there is nothing to download</source>
        <translation>请先添加底图（图层 ▸ 添加底图…）：没有可下载的内容</translation>
    </message>
    <message>
        <source>The view cannot be placed in longitude and latitude</source>
        <translation>无法以经纬度确定当前视图</translation>
    </message>
    <message>
        <source>Save offline basemap</source>
        <translation>保存离线底图</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Saved %1 tiles to %2 for offline use</source>
        <translation>已将 %1 个瓦片保存到 %2 供离线使用</translation>
    </message>
</context>
<context>
    <name>mineatlas::DeskActions</name>
    <message>
        <source>Open &amp;recent project</source>
        <translation>打开最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message numerus="yes">
        <source>%n project file(s) no longer found, taken off the recent list: %1</source>
        <translation>
            <numerusform>找不到 %n 个项目文件，已从最近列表中移除：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of recent projects is cleared.</source>
        <translation>最近项目列表已清除。</translation>
    </message>
</context>
<context>
    <name>mineatlas::ExportActions</name>
    <message>
        <source>&amp;Export map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <source>A finished page of the map as shown: PDF, SVG or PNG, with legend, scale bar and sources</source>
        <translation>按当前显示生成完整的地图页面：PDF、SVG 或 PNG，含图例、比例尺和来源</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Open a layer first: there is no map to export</source>
        <translation>请先打开图层：没有可导出的地图</translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation>导出已在进行中</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
</context>
<context>
    <name>mineatlas::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open layers: GeoPackage, Shapefile, GeoJSON, KML, GeoTIFF… (Ctrl+O)</source>
        <translation>打开图层：GeoPackage、Shapefile、GeoJSON、KML、GeoTIFF…（Ctrl+O）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <source>The sample data was not found beside the app (share/mineatlas/sample-data); set MINEATLAS_SAMPLE_DATA to its folder</source>
        <translation>未在程序旁找到示例数据（share/mineatlas/sample-data）；请将 MINEATLAS_SAMPLE_DATA 设为其所在文件夹</translation>
    </message>
    <message>
        <source>The sample data is already open</source>
        <translation>示例数据已打开</translation>
    </message>
    <message>
        <source>Open the sample countries and the illustrative (not real) hazard areas, incidents and front line</source>
        <translation>打开示例国家以及示意性（非真实）的危险区、事故和前线</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open layers</source>
        <translation>打开图层</translation>
    </message>
</context>
<context>
    <name>mineatlas::GeorefActions</name>
    <message>
        <source>&amp;Georeference…</source>
        <translation>地理配准(&amp;G)…</translation>
    </message>
    <message>
        <source>Pick control points on the map</source>
        <translation>在地图上选取控制点</translation>
    </message>
    <message>
        <source>Place a scanned map or sketch on the map from control points and write it as a GeoTIFF</source>
        <translation>根据控制点将扫描地图或草图放置到地图上，并保存为 GeoTIFF</translation>
    </message>
    <message>
        <source>%1 has no georeferencing; it is shown in pixel space — Layer ▸ Georeference… to place it</source>
        <translation>%1 没有地理配准；以像素坐标显示——使用 图层 ▸ 地理配准… 来放置它</translation>
    </message>
    <message>
        <source>Georeference a scan</source>
        <translation>对扫描图进行地理配准</translation>
    </message>
    <message>
        <source>Scans and images (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation>扫描图和图像 (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A georeferenced copy is still being written</source>
        <translation>地理配准副本仍在写入</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n point(s), RMS %2 m</source>
        <translation>
            <numerusform>%1，%n 个点，RMS %2 米</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 placed on the map as %2 (%3)</source>
        <translation>%1 已作为 %2 放置到地图上（%3）</translation>
    </message>
</context>
<context>
    <name>mineatlas::HazardActions</name>
    <message>
        <source>Discard the sketch?</source>
        <translation>放弃草图？</translation>
    </message>
    <message numerus="yes">
        <source>Throw away the %n vertices drawn so far?</source>
        <translation>
            <numerusform>放弃目前已绘制的 %n 个顶点？</numerusform>
        </translation>
    </message>
    <message>
        <source>The sketch in progress lies outside what this map CRS can show; it is kept in the journal</source>
        <translation>正在绘制的草图超出此地图坐标系可显示的范围；已保存在日志中</translation>
    </message>
    <message>
        <source> — the form keeps your values.</source>
        <translation>——表单保留了您输入的值。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Delete area?</source>
        <translation>删除区域？</translation>
    </message>
    <message>
        <source>Delete this hazard area? (Undo brings it back.)</source>
        <translation>删除此危险区？（撤销可恢复。）</translation>
    </message>
    <message>
        <source>New &amp;hazard layer…</source>
        <translation>新建危险区图层(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Draw hazard areas</source>
        <translation>绘制危险区(&amp;D)</translation>
    </message>
    <message>
        <source>Click vertices, Backspace removes the last, Enter or double-click finishes, Esc stops</source>
        <translation>单击添加顶点，Backspace 删除最后一个，Enter 或双击完成，Esc 停止</translation>
    </message>
    <message>
        <source>Edit &amp;vertices</source>
        <translation>编辑顶点(&amp;V)</translation>
    </message>
    <message>
        <source>Click an area, drag its vertices, click an edge to add one, Delete removes the selected one</source>
        <translation>单击区域，拖动其顶点，单击边可添加顶点，Delete 删除所选顶点</translation>
    </message>
    <message>
        <source>Draw a &amp;hole in an area</source>
        <translation>在区域中绘制孔洞(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;plit off part of an area</source>
        <translation>分割出区域的一部分(&amp;P)</translation>
    </message>
    <message>
        <source>Enter &amp;survey points…</source>
        <translation>输入勘查点(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import hazard areas…</source>
        <translation>导入危险区(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport hazard areas…</source>
        <translation>导出危险区(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Snap to vertices and edges</source>
        <translation>吸附到顶点和边(&amp;S)</translation>
    </message>
    <message>
        <source>While drawing, clicks within 10 px of a vertex or edge of a visible layer land on it</source>
        <translation>绘制时，在可见图层的顶点或边 10 像素范围内单击会吸附到其上</translation>
    </message>
    <message>
        <source>Select a hazard layer in the Layers panel (File ▸ New hazard layer… makes one).</source>
        <translation>请在“图层”面板中选择危险区图层（文件 ▸ 新建危险区图层… 可创建）。</translation>
    </message>
    <message>
        <source>
Select a hazard layer (File ▸ New hazard layer… makes one).</source>
        <translation>
请选择危险区图层（文件 ▸ 新建危险区图层… 可创建）。</translation>
    </message>
    <message>
        <source>a hole</source>
        <translation>孔洞</translation>
    </message>
    <message>
        <source>a part to split off</source>
        <translation>要分割的部分</translation>
    </message>
    <message>
        <source>an area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Unsaved sketch</source>
        <translation>未保存的草图</translation>
    </message>
    <message numerus="yes">
        <source>A sketch of %1 with %n vertices was being drawn on %2 when MineAtlas last stopped. Restore it?</source>
        <translation>
            <numerusform>MineAtlas 上次停止时，正在 %2 上绘制%1的草图，共 %n 个顶点。要恢复吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the hole inside an area, then Enter</source>
        <translation>在区域内绘制孔洞，然后按 Enter</translation>
    </message>
    <message>
        <source>Draw around the part to split off, then Enter</source>
        <translation>围绕要分割的部分绘制，然后按 Enter</translation>
    </message>
    <message>
        <source> — the sketch is kept.</source>
        <translation>——草图已保留。</translation>
    </message>
    <message>
        <source>Hole cut out</source>
        <translation>已挖出孔洞</translation>
    </message>
    <message>
        <source>Part split off</source>
        <translation>已分割出部分</translation>
    </message>
    <message>
        <source> — the sketch is kept; fix it or undo vertices.</source>
        <translation>——草图已保留；请修正或撤销顶点。</translation>
    </message>
    <message>
        <source>Saved hazard area to %1 — fill in its attributes in the form</source>
        <translation>危险区已保存到 %1——请在表单中填写其属性</translation>
    </message>
    <message>
        <source>New hazard layer</source>
        <translation>新建危险区图层</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message numerus="yes">
        <source>Entering survey points replaces the %n vertices drawn so far. Discard them?</source>
        <translation>
            <numerusform>输入勘查点将替换目前已绘制的 %n 个顶点。要放弃它们吗？</numerusform>
        </translation>
    </message>
    <message>
        <source> — the points stay on the map as a sketch.</source>
        <translation>——这些点作为草图保留在地图上。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the surveyed area (%n points) — fill in its attributes in the form</source>
        <translation>
            <numerusform>已保存勘查区域（%n 个点）——请在表单中填写其属性</numerusform>
        </translation>
    </message>
    <message>
        <source>Import hazard areas</source>
        <translation>导入危险区</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source> — nothing was imported.</source>
        <translation>——未导入任何内容。</translation>
    </message>
    <message>
        <source>Import canceled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s) as one step (Undo takes them all back)</source>
        <translation>
            <numerusform>已作为一步导入 %n 个区域（撤销可全部撤回）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with required fields empty (hatched on the map)</source>
        <translation>
            <numerusform>；%n 个的必填字段为空（在地图上以阴影线显示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. Skipped %n: %1</source>
        <translation>
            <numerusform>。跳过 %n 个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a hazard layer to export</source>
        <translation>请选择要导出的危险区图层</translation>
    </message>
    <message>
        <source>Export hazard areas</source>
        <translation>导出危险区</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected hazard area(s)</source>
        <translation>
            <numerusform>导出所选的 %n 个危险区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s) to %1, but %2 of them have required fields empty: %3</source>
        <translation>
            <numerusform>已将 %n 个区域导出到 %1，但其中 %2 个的必填字段为空：%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n selected area(s) to %1</source>
        <translation>
            <numerusform>已将所选的 %n 个区域导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个区域导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Magnetic bearings are not available: %1</source>
        <translation>磁方位角不可用：%1</translation>
    </message>
    <message>
        <source>&amp;Style…</source>
        <translation>样式(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Select a layer in the Layers panel first</source>
        <translation>请先在“图层”面板中选择图层</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Hazard area</source>
        <translation>危险区</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>%1: the layer has no features yet</source>
        <translation>%1：该图层尚无要素</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation>请先在“图层”面板中选择矢量图层</translation>
    </message>
    <message>
        <source>Ha&amp;zards</source>
        <translation>危险区(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>mineatlas::PreferenceActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, units, coordinate format, default map CRS, snapping and the tile cache</source>
        <translation>语言、单位、坐标格式、默认地图坐标系、吸附和瓦片缓存</translation>
    </message>
    <message>
        <source>&amp;About MineAtlas</source>
        <translation>关于 MineAtlas(&amp;A)</translation>
    </message>
    <message>
        <source>About MineAtlas</source>
        <translation>关于 MineAtlas</translation>
    </message>
    <message>
        <source>The language changes when MineAtlas next starts</source>
        <translation>语言将在 MineAtlas 下次启动时更改</translation>
    </message>
    <message numerus="yes">
        <source>While drawing, clicks within %n px of a vertex or edge of a visible layer land on it (Edit ▸ Preferences sets how close)</source>
        <translation>
            <numerusform>绘制时，在可见图层的顶点或边 %n 像素范围内单击将吸附到其上（可在“编辑 ▸ 首选项”中设置距离）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;MineAtlas %1&lt;/h3&gt;&lt;p&gt;A desktop viewer for landmine contamination, borders and the Ottawa Mine Ban Treaty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MineAtlas %1&lt;/h3&gt;&lt;p&gt;用于查看地雷污染、边界和《渥太华禁雷公约》的桌面软件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Running on&lt;/b&gt;&lt;br&gt;Qt %1 · GDAL %2 · PROJ %3 · GeographicLib %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;运行环境&lt;/b&gt;&lt;br&gt;Qt %1 · GDAL %2 · PROJ %3 · GeographicLib %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data and licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;数据和许可&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Country borders: %1 4.1.0 (public domain), via world-atlas (ISC licence); ISO codes and names from i18n-iso-countries (MIT licence).&lt;/li&gt;</source>
        <translation>&lt;li&gt;国家边界：%1 4.1.0（公有领域），经由 world-atlas（ISC 许可）；ISO 代码和名称来自 i18n-iso-countries（MIT 许可）。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Populated places: %1 (CC BY 4.0).&lt;/li&gt;</source>
        <translation>&lt;li&gt;居民点：%1（CC BY 4.0）。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Ottawa Convention status: the UN Treaty Collection depositary record (chapter XXVI-5), with a source on every row.&lt;/li&gt;</source>
        <translation>&lt;li&gt;《渥太华公约》状态：联合国条约集保存记录（第 XXVI-5 章），每行均注明来源。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Reported anti-personnel mine contamination: Landmine Monitor, with a source on every row.&lt;/li&gt;</source>
        <translation>&lt;li&gt;已报告的杀伤人员地雷污染：地雷监测（Landmine Monitor），每行均注明来源。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;World Magnetic Model: NOAA NCEI and the British Geological Survey (public domain).&lt;/li&gt;</source>
        <translation>&lt;li&gt;世界地磁模型：NOAA NCEI 和英国地质调查局（公有领域）。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Hazard areas, incidents and the front line in the sample data are illustrative, not real.&lt;/li&gt;</source>
        <translation>&lt;li&gt;示例数据中的危险区、事故和前线均为示意性内容，并非真实。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Basemap tiles: their provider&apos;s terms; OpenStreetMap data © OpenStreetMap contributors (ODbL), credited on the map.&lt;/li&gt;</source>
        <translation>&lt;li&gt;底图瓦片：遵循其提供商的条款；OpenStreetMap 数据 © OpenStreetMap 贡献者（ODbL），已在地图上注明。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each source, version and licence in full: sample-data/README.md and resources/*/README.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;各来源、版本和许可的完整信息：见 sample-data/README.md 和 resources/*/README.md。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mineatlas::ProgressWidgets</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop what is running; nothing half-done is kept</source>
        <translation>停止正在运行的操作；不保留任何未完成的内容</translation>
    </message>
</context>
<context>
    <name>mineatlas::ProjectActions</name>
    <message>
        <source>MineAtlas project (*.mineatlas);;All files (*)</source>
        <translation>MineAtlas 项目 (*.mineatlas);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>Close the layers and start an empty project</source>
        <translation>关闭图层并开始一个空项目</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Open a saved MineAtlas project (.mineatlas): layers, styles, view, date</source>
        <translation>打开已保存的 MineAtlas 项目（.mineatlas）：图层、样式、视图、日期</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save the layers, styles, joins, view, date and page template to the project file</source>
        <translation>将图层、样式、连接、视图、日期和版面模板保存到项目文件</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project to a new file (layer paths are kept relative to it)</source>
        <translation>将项目保存到新文件（图层路径保存为相对于该文件的路径）</translation>
    </message>
    <message>
        <source>%1[*] — MineAtlas</source>
        <translation>%1[*] — MineAtlas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project %1 has changes that are not saved. Save them?</source>
        <translation>项目 %1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Saved project %1</source>
        <translation>已保存项目 %1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Opening %1 canceled</source>
        <translation>已取消打开 %1</translation>
    </message>
    <message>
        <source>Opening project %1…</source>
        <translation>正在打开项目 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of the project were not opened: %1. They stay in the project; open it again to repair their paths.</source>
        <translation>
            <numerusform>项目中有 %n 个图层未打开：%1。它们仍保留在项目中；请重新打开项目以修复其路径。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>已恢复 %1 的未保存更改</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>已打开项目 %1</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>MineAtlas did not close normally. Recover the unsaved changes to %1, saved automatically at %2?</source>
        <translation>MineAtlas 未正常关闭。要恢复 %1 于 %2 自动保存的未保存更改吗？</translation>
    </message>
    <message>
        <source>The sample project was not found beside the app (share/mineatlas/sample-data/%1); set MINEATLAS_SAMPLE_DATA to its folder</source>
        <translation>未在程序旁找到示例项目（share/mineatlas/sample-data/%1）；请将 MINEATLAS_SAMPLE_DATA 设为其所在文件夹</translation>
    </message>
    <message>
        <source>Cannot copy the sample project to %1</source>
        <translation>无法将示例项目复制到 %1</translation>
    </message>
    <message>
        <source>Welcome to MineAtlas</source>
        <translation>欢迎使用 MineAtlas</translation>
    </message>
    <message>
        <source>New here? The sample project shows country borders coloured by Mine Ban Treaty status, illustrative (not real) hazard areas and incidents, and place names.</source>
        <translation>初次使用？示例项目显示按《禁雷公约》状态着色的国家边界、示意性（非真实）的危险区和事故，以及地名。</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>mineatlas::SearchActions</name>
    <message>
        <source>&amp;Find place, country or hazard id…</source>
        <translation>查找地点、国家或危险区编号(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the open layers: places (also by their names in other languages), countries and hazard areas by id</source>
        <translation>在已打开的图层中搜索：地点（也可用其他语言的名称）、国家以及按编号查找危险区</translation>
    </message>
</context>
<context>
    <name>mineatlas::SyncActions</name>
    <message>
        <source>Take &amp;offline…</source>
        <translation>创建离线副本(&amp;O)…</translation>
    </message>
    <message>
        <source>Copy the team workspace&apos;s areas in the current map view to a GeoPackage for field work without a network</source>
        <translation>将团队工作区中当前地图视图内的区域复制到 GeoPackage，以便在无网络的情况下进行野外作业</translation>
    </message>
    <message>
        <source>&amp;Sync back…</source>
        <translation>同步回工作区(&amp;S)…</translation>
    </message>
    <message>
        <source>Bring the edits of an offline copy into its team workspace, area by area; nothing changed on both sides is overwritten</source>
        <translation>将离线副本中的编辑逐个区域同步回其团队工作区；双方都更改过的内容不会被覆盖</translation>
    </message>
    <message>
        <source>Area &amp;history…</source>
        <translation>区域历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every version of the area shown in the Hazard area form: show one on the map, restore one as a new version</source>
        <translation>“危险区”表单中所显示区域的每个版本：可在地图上显示某个版本，或将其恢复为新版本</translation>
    </message>
    <message>
        <source>Take offline copies areas of a team workspace: select a workspace layer (or edit one) first</source>
        <translation>“创建离线副本”会复制团队工作区中的区域：请先选择一个工作区图层（或编辑一个工作区图层）</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>创建离线副本</translation>
    </message>
    <message>
        <source>Areas in the map view (%1° to %2° E, %3° to %4° N) go offline.
Only those matching (optional, e.g. status = &apos;open&apos;):</source>
        <translation>地图视图中（%1° 至 %2° E，%3° 至 %4° N）的区域将复制为离线副本。
仅限符合以下条件的区域（可选，例如 status = &apos;open&apos;）：</translation>
    </message>
    <message>
        <source>Take offline to a GeoPackage</source>
        <translation>将离线副本保存为 GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Taking areas offline</source>
        <translation>正在创建离线副本</translation>
    </message>
    <message>
        <source>Sync back an offline copy</source>
        <translation>将离线副本同步回工作区</translation>
    </message>
    <message>
        <source>Syncing %1 back</source>
        <translation>正在将 %1 同步回工作区</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) taken offline to %1; edit them there, then Hazards ▸ Sync back</source>
        <translation>
            <numerusform>已将 %n 个区域复制为离线副本 %1；请在其中编辑，然后使用 危险区 ▸ 同步回工作区</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 synced: %2</source>
        <translation>%1 已同步：%2</translation>
    </message>
    <message>
        <source>Area history: edit a hazard layer and click an area on the map to show it in the Hazard area form first</source>
        <translation>区域历史记录：请先编辑危险区图层，并在地图上单击某个区域，使其显示在“危险区”表单中</translation>
    </message>
    <message>
        <source>A GeoPackage keeps only the current version; a team workspace keeps every one.</source>
        <translation>GeoPackage 只保存当前版本；团队工作区会保存每个版本。</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2; every earlier version is kept</source>
        <translation>第 %1 版已恢复为第 %2 版；所有较早的版本均已保留</translation>
    </message>
    <message>
        <source>Take offline canceled: no password for %1.</source>
        <translation>离线复制已取消：没有 %1 的密码。</translation>
    </message>
    <message>
        <source>Sync back of %1 canceled: no password for %2. Nothing was changed, in the offline copy or in the workspace.</source>
        <translation>%1 的同步已取消：没有 %2 的密码。离线副本和工作区都未作任何更改。</translation>
    </message>
</context>
<context>
    <name>mineatlas::TableActions</name>
    <message>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
    <message>
        <source>The features of the selected layer as a table (F6)</source>
        <translation>以表格显示所选图层的要素（F6）</translation>
    </message>
    <message>
        <source>Se&amp;lect features</source>
        <translation>选择要素(&amp;L)</translation>
    </message>
    <message>
        <source>Click a feature to select it, drag a box to select those in it; Ctrl toggles. Esc goes back to panning</source>
        <translation>单击要素以选中，拖出矩形框选择框内要素；Ctrl 切换选择。Esc 返回平移</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>缩放至所选(&amp;Z)</translation>
    </message>
    <message>
        <source>Nothing is selected: select features in the attribute table or with Layer ▸ Select features</source>
        <translation>未选择任何内容：请在属性表中或通过 图层 ▸ 选择要素 选择要素</translation>
    </message>
    <message>
        <source>Clear selectio&amp;n</source>
        <translation>清除选择(&amp;N)</translation>
    </message>
    <message>
        <source>Nothing was selected</source>
        <translation>没有选择任何内容</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation>请先在“图层”面板中选择矢量图层</translation>
    </message>
    <message>
        <source>Attribute table — %1</source>
        <translation>属性表 — %1</translation>
    </message>
    <message>
        <source>Open a vector layer to select its features</source>
        <translation>请打开矢量图层以选择其要素</translation>
    </message>
</context>
<context>
    <name>mineatlas::TeamActions</name>
    <message>
        <source>Open hazard &amp;workspace…</source>
        <translation>打开危险区工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Edit a team&apos;s hazard areas in PostgreSQL + PostGIS with others</source>
        <translation>与他人一起编辑团队在 PostgreSQL + PostGIS 中的危险区</translation>
    </message>
    <message>
        <source>Add Post&amp;GIS layer…</source>
        <translation>添加 PostGIS 图层(&amp;G)…</translation>
    </message>
    <message>
        <source>Others&apos; changes no longer appear live: %1. Saving reconnects once the server is back.</source>
        <translation>他人的更改不再实时显示：%1。服务器恢复后，保存时会重新连接。</translation>
    </message>
    <message>
        <source>Create the hazard tables?</source>
        <translation>创建危险区表？</translation>
    </message>
    <message>
        <source>%1 has no hazard tables (%2) yet. Create them (hazard areas, their history and the version table)?</source>
        <translation>%1 中还没有危险区表（%2）。要创建这些表（危险区、其历史记录和版本表）吗？</translation>
    </message>
    <message>
        <source>%1: nothing opened; the workspace has no hazard tables yet.</source>
        <translation>%1：未打开任何内容；工作区中还没有危险区表。</translation>
    </message>
    <message numerus="yes">
        <source>%1: editing as %2, %n area(s). Saves are checked against others&apos; changes.%3</source>
        <translation>
            <numerusform>%1：以 %2 身份编辑，%n 个区域。保存时会检查他人的更改。%3</numerusform>
        </translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>theirs (v%1, %2)</source>
        <translation>对方的（第 %1 版，%2）</translation>
    </message>
    <message>
        <source>Not saved: the conflict is still open; your change stays where you made it.</source>
        <translation>未保存：冲突仍未解决；您的更改仍保留在原处。</translation>
    </message>
    <message>
        <source>Kept your version of %1 (now version %2); theirs stays in the history.</source>
        <translation>已保留您的 %1 版本（现为第 %2 版）；对方的版本保留在历史记录中。</translation>
    </message>
    <message>
        <source>Deleted %1 as you asked; their version stays in the history.</source>
        <translation>已按您的要求删除 %1；对方的版本保留在历史记录中。</translation>
    </message>
    <message>
        <source>Took their version of %1; your change was dropped.</source>
        <translation>已采用对方的 %1 版本；您的更改已舍弃。</translation>
    </message>
    <message>
        <source>Merged the versions of %1 (now version %2); theirs stays in the history.</source>
        <translation>已合并 %1 的各版本（现为第 %2 版）；对方的版本保留在历史记录中。</translation>
    </message>
    <message>
        <source>%1 changed by %2</source>
        <translation>%1 已被 %2 更改</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Changed by %1 on %2: %3. Outlined in magenta until you open them.</source>
        <translation>%1 在 %2 中更改了：%3。在您打开之前，这些区域以品红色轮廓显示。</translation>
    </message>
    <message>
        <source>others</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>%1: not opened, no password given. The layer stays in the project.</source>
        <translation>%1：未打开，未提供密码。该图层仍保留在项目中。</translation>
    </message>
    <message>
        <source>Took their version of %1; yours is kept in Hazards ▸ Area history as not applied, to restore if needed.</source>
        <translation>已采用对方的 %1 版本；您的版本作为未应用版本保存在“危险区 ▸ 区域历史记录”中，需要时可恢复。</translation>
    </message>
    <message>
        <source>Others&apos; changes will not appear live: %1</source>
        <translation>他人的更改将不会实时显示：%1</translation>
    </message>
</context>
<context>
    <name>mineatlas::TimeActions</name>
    <message>
        <source>Export &amp;animation…</source>
        <translation>导出动画(&amp;A)…</translation>
    </message>
    <message>
        <source>The map through time as an animated GIF, MP4/WebM video or PNG frames, with the date and legend</source>
        <translation>以动画 GIF、MP4/WebM 视频或 PNG 帧展示地图随时间的变化，附日期和图例</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full-screen map with a large date and legend: Space plays or pauses, ←/→ step, Esc leaves</source>
        <translation>全屏地图，显示大号日期和图例：空格键播放或暂停，←/→ 单步，Esc 退出</translation>
    </message>
    <message>
        <source>&amp;Dates and time…</source>
        <translation>日期和时间(&amp;D)…</translation>
    </message>
    <message>
        <source>Animation export canceled: nothing was written</source>
        <translation>动画导出已取消：未写入任何内容</translation>
    </message>
    <message>
        <source>Exported %1 (%2 frames)</source>
        <translation>已导出 %1（%2 帧）</translation>
    </message>
    <message>
        <source>%1 (by &quot;%2&quot;, %3)</source>
        <translation>%1（按“%2”，%3）</translation>
    </message>
    <message>
        <source>shown from that date on</source>
        <translation>自该日期起显示</translation>
    </message>
    <message>
        <source>shown while active</source>
        <translation>在有效期内显示</translation>
    </message>
    <message>
        <source>Following the map&apos;s date: %1. Layer ▸ Dates and time… changes it.</source>
        <translation>跟随地图日期：%1。可通过 图层 ▸ 日期和时间… 更改。</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation>请先在“图层”面板中选择矢量图层</translation>
    </message>
    <message>
        <source>Open a layer first: there is no map to animate</source>
        <translation>请先打开图层：没有可制作动画的地图</translation>
    </message>
    <message>
        <source>An animation export is already running</source>
        <translation>动画导出已在进行中</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm);;PNG frames, in a folder (*)</source>
        <translation>动画 GIF (*.gif);;MP4 视频 (*.mp4);;WebM 视频 (*.webm);;PNG 帧，存入文件夹 (*)</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
</context>
<context>
    <name>mineatlas::TreatyActions</name>
    <message>
        <source>Load &amp;treaty table…</source>
        <translation>加载条约表(&amp;T)…</translation>
    </message>
    <message>
        <source>Load treaty table</source>
        <translation>加载条约表</translation>
    </message>
    <message>
        <source>Treaty table (*.csv);;All files (*)</source>
        <translation>条约表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading treaty table %1…</source>
        <translation>正在加载条约表 %1…</translation>
    </message>
    <message>
        <source> The previous table stays in use.</source>
        <translation> 继续使用之前的表。</translation>
    </message>
    <message>
        <source>Loaded treaty table %1 (%2 states)</source>
        <translation>已加载条约表 %1（%2 个国家）</translation>
    </message>
    <message>
        <source>Copy treaty status of visible countries (&amp;CSV)</source>
        <translation>复制可见国家的条约状态（&amp;CSV）</translation>
    </message>
    <message>
        <source>Copy treaty status of visible countries (&amp;Markdown)</source>
        <translation>复制可见国家的条约状态（&amp;Markdown）</translation>
    </message>
    <message>
        <source>Colour by &amp;treaty status</source>
        <translation>按条约状态着色(&amp;T)</translation>
    </message>
    <message>
        <source>%1 is not joined to the treaty table: use Layer ▸ Join to treaty table by field…</source>
        <translation>%1 未连接到条约表：请使用 图层 ▸ 按字段连接到条约表…</translation>
    </message>
    <message>
        <source>Select a country layer in the Layers panel first</source>
        <translation>请先在“图层”面板中选择国家图层</translation>
    </message>
    <message>
        <source>Colour by reported AP mine &amp;contamination</source>
        <translation>按报告的杀伤人员地雷污染着色(&amp;C)</translation>
    </message>
    <message>
        <source>Landmine Monitor&apos;s reported anti-personnel mine contamination by size class</source>
        <translation>地雷监测报告的杀伤人员地雷污染（按面积等级）</translation>
    </message>
    <message>
        <source>&amp;Join to treaty table by field…</source>
        <translation>按字段连接到条约表(&amp;J)…</translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation>请先在“图层”面板中选择矢量图层</translation>
    </message>
    <message>
        <source>Join to treaty table</source>
        <translation>连接到条约表</translation>
    </message>
    <message>
        <source>Field holding ISO codes or country names:</source>
        <translation>包含 ISO 代码或国家名称的字段：</translation>
    </message>
    <message>
        <source>&amp;Highlighted states…</source>
        <translation>突出显示的国家(&amp;H)…</translation>
    </message>
    <message>
        <source>Highlighted states</source>
        <translation>突出显示的国家</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes to outline and label, separated by commas:</source>
        <translation>要描边并标注的国家的 ISO 3166 三字母代码，以逗号分隔：</translation>
    </message>
    <message>
        <source>Not in the treaty table, left out: %1</source>
        <translation>不在条约表中，已忽略：%1</translation>
    </message>
    <message>
        <source>Copied the status of the countries in view as of %1 (%2)</source>
        <translation>已复制视图内国家截至 %1 的状态（%2）</translation>
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
        <translation>请先选择已连接到条约表的国家图层</translation>
    </message>
    <message>
        <source>%1: reported anti-personnel mine contamination (%2) for %3 features; click a country for its figures and Article 5 deadline.</source>
        <translation>%1：%3 个要素的已报告杀伤人员地雷污染（%2）；单击国家可查看其数据和第 5 条期限。</translation>
    </message>
</context>
<context>
    <name>mineatlas::ViewActions</name>
    <message>
        <source>&amp;Pan / identify</source>
        <translation>平移 / 识别(&amp;P)</translation>
    </message>
    <message>
        <source>Drag to pan, click to identify, Shift+drag to zoom to a box (Esc comes back here)</source>
        <translation>拖动以平移，单击以识别，Shift+拖动缩放到矩形框（Esc 返回此工具）</translation>
    </message>
    <message>
        <source>Zoom to &amp;box</source>
        <translation>缩放到矩形框(&amp;B)</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it</source>
        <translation>拖出矩形框进行缩放</translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation>测量距离(&amp;M)</translation>
    </message>
    <message>
        <source>Click points to measure the distance along them on the ellipsoid, with each leg&apos;s bearing from true and magnetic north; double-click or Enter to finish, Esc to clear</source>
        <translation>单击各点以在椭球面上测量沿线距离，并显示每段相对真北和磁北的方位角；双击或按 Enter 完成，Esc 清除</translation>
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation>测量面积(&amp;A)</translation>
    </message>
    <message>
        <source>Click the corners of an area to measure it on the ellipsoid; double-click or Enter to finish</source>
        <translation>单击区域的各个角点，在椭球面上测量其面积；双击或按 Enter 完成</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小 (−)</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放到全图(&amp;F)</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>显示所有图层</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>缩放到图层(&amp;L)</translation>
    </message>
    <message>
        <source>%1 has nothing to show</source>
        <translation>%1 没有可显示的内容</translation>
    </message>
    <message>
        <source>Select a layer in the Layers panel first</source>
        <translation>请先在“图层”面板中选择图层</translation>
    </message>
    <message>
        <source>Show the selected layer</source>
        <translation>显示所选图层</translation>
    </message>
    <message>
        <source>Map &amp;CRS</source>
        <translation>地图坐标系(&amp;C)</translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web 墨卡托 (EPSG:3857)</translation>
    </message>
    <message>
        <source>WGS 84 plate carrée (EPSG:4326)</source>
        <translation>WGS 84 等距圆柱投影 (EPSG:4326)</translation>
    </message>
    <message>
        <source>LAEA Europe (EPSG:3035)</source>
        <translation>LAEA 欧洲 (EPSG:3035)</translation>
    </message>
    <message>
        <source>Other EPSG code…</source>
        <translation>其他 EPSG 代码…</translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation>地图坐标系</translation>
    </message>
    <message>
        <source>EPSG code (e.g. 32636 for UTM 36N):</source>
        <translation>EPSG 代码（如 32636 表示 UTM 36N）：</translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation>坐标(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go to coordinate…</source>
        <translation>转到坐标(&amp;G)…</translation>
    </message>
    <message>
        <source>Centre the map on a point typed in any form (decimal degrees, DMS, UTM, MGRS) and mark it</source>
        <translation>将地图居中到以任意格式（十进制度、度分秒、UTM、MGRS）输入的点并标记</translation>
    </message>
    <message>
        <source>&amp;Copy coordinate under the cursor</source>
        <translation>复制光标处坐标(&amp;C)</translation>
    </message>
    <message>
        <source>Copy where the mouse is on the map, in the coordinate format chosen</source>
        <translation>以所选坐标格式复制鼠标在地图上的位置</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>比例尺(&amp;S)</translation>
    </message>
    <message>
        <source>A scale bar measured on the ellipsoid at the centre of the view</source>
        <translation>在视图中心按椭球面测量的比例尺</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <source>Coordinate format — click to change</source>
        <translation>坐标格式——单击更改</translation>
    </message>
    <message>
        <source>outside the map</source>
        <translation>地图之外</translation>
    </message>
    <message>
        <source>Move the mouse over the map to copy a coordinate</source>
        <translation>将鼠标移到地图上以复制坐标</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Go to coordinate</source>
        <translation>转到坐标</translation>
    </message>
    <message>
        <source>A point in any form (WGS 84): 50.4501, 30.5234 · 50°27&apos;00&quot;N 30°31&apos;24&quot;E · 36U 322345 5590123 · 36U UA 22345 90123</source>
        <translation>任意格式的点（WGS 84）：50.4501, 30.5234 · 50°27&apos;00&quot;N 30°31&apos;24&quot;E · 36U 322345 5590123 · 36U UA 22345 90123</translation>
    </message>
    <message>
        <source>%1 is outside what the map CRS (%2) can show</source>
        <translation>%1 超出地图坐标系（%2）可显示的范围</translation>
    </message>
    <message>
        <source>Centred on %1 (%2); Esc clears the mark</source>
        <translation>已居中到 %1（%2）；按 Esc 清除标记</translation>
    </message>
    <message>
        <source>Map CRS: %1 — click to change</source>
        <translation>地图坐标系：%1——单击更改</translation>
    </message>
</context>
<context>
    <name>mineatlas::data::GeorefController</name>
    <message>
        <source>Click a place on the scan first, then give its coordinate</source>
        <translation>请先在扫描图上单击一个位置，然后输入其坐标</translation>
    </message>
    <message>
        <source>Georeferencing is already running</source>
        <translation>地理配准已在进行中</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>请选择要写入的文件</translation>
    </message>
</context>
<context>
    <name>mineatlas::exporting::AnimationController</name>
    <message>
        <source>An animation export is already running</source>
        <translation>动画导出已在进行中</translation>
    </message>
</context>
<context>
    <name>mineatlas::exporting::ExportController</name>
    <message>
        <source>An export is already running</source>
        <translation>导出已在进行中</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AddBasemapDialog</name>
    <message>
        <source>Add basemap</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <source>OpenStreetMap standard tiles</source>
        <translation>OpenStreetMap 标准瓦片</translation>
    </message>
    <message>
        <source>XYZ tiles (URL template)</source>
        <translation>XYZ 瓦片（URL 模板）</translation>
    </message>
    <message>
        <source>WMTS service (GetCapabilities URL)</source>
        <translation>WMTS 服务（GetCapabilities URL）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Deepest zoom</source>
        <translation>最大缩放级别</translation>
    </message>
    <message>
        <source>Tile cache folder</source>
        <translation>瓦片缓存文件夹</translation>
    </message>
    <message>
        <source>OpenStreetMap&apos;s tiles are run by volunteers on donated servers, under a &lt;a href=&quot;%1&quot;&gt;tile usage policy&lt;/a&gt;. MineAtlas identifies itself to the server, keeps every tile it gets in the cache folder (so places you have seen stay available offline), shows “%2” on the map, and does &lt;b&gt;not&lt;/b&gt; bulk-download: an area download from OpenStreetMap is limited to %3 tiles, zoom %4 at most. For larger offline areas use a provider that allows it, or your own tiles.</source>
        <translation>OpenStreetMap 的瓦片由志愿者在捐赠的服务器上运行，遵循&lt;a href=&quot;%1&quot;&gt;瓦片使用政策&lt;/a&gt;。MineAtlas 会向服务器表明身份，将获取的每个瓦片保存在缓存文件夹中（因此浏览过的地方可离线使用），在地图上显示“%2”，并且&lt;b&gt;不会&lt;/b&gt;批量下载：从 OpenStreetMap 下载区域最多 %3 个瓦片，缩放级别最高 %4。如需更大的离线区域，请使用允许此用途的提供商或您自己的瓦片。</translation>
    </message>
    <message>
        <source>A Web Mercator tile service: the address holds {z}, {x} and {y}. Respect the provider&apos;s terms, and give its attribution: it is shown on the map and in exports.</source>
        <translation>Web 墨卡托瓦片服务：地址包含 {z}、{x} 和 {y}。请遵守提供商的条款并注明其署名：署名会显示在地图和导出文件中。</translation>
    </message>
    <message>
        <source>The first layer of the service is used, in its first tile matrix set. The capabilities are kept beside the basemap, so it opens from the cache offline.</source>
        <translation>使用服务的第一个图层及其第一个瓦片矩阵集。服务能力文档保存在底图旁，因此可离线从缓存打开。</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>An ISO 8601 duration: P1D a day, P7D a week, P1M a month, P3M a quarter, P1Y a year</source>
        <translation>ISO 8601 时长：P1D 为一天，P7D 为一周，P1M 为一个月，P3M 为一个季度，P1Y 为一年</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>一天</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>一周</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>一个月</translation>
    </message>
    <message>
        <source>three months</source>
        <translation>三个月</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>一年</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source>e.g. Hazard areas recorded, 2022–2026</source>
        <translation>例如：已记录的危险区，2022–2026</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>帧尺寸</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>%1 frames, %2 s at %3 frames a second (the last frame is held 2 s longer). GIF keeps the legend colours exact; MP4 and WebM need ffmpeg.</source>
        <translation>%1 帧，每秒 %3 帧共 %2 秒（最后一帧多停留 2 秒）。GIF 可精确保留图例颜色；MP4 和 WebM 需要 ffmpeg。</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AreaHistoryDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Area history</source>
        <translation>区域历史记录</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of %1. Select one to see its outline on the map (dashed).</source>
        <translation>
            <numerusform>%1 共有 %n 个版本。选择一个版本可在地图上查看其轮廓（虚线）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AttributeTable</name>
    <message>
        <source>Filter: text in any column</source>
        <translation>筛选：任意列中的文本</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放至所选</translation>
    </message>
    <message>
        <source>Zoom the map to the selected features (double-click a row for one)</source>
        <translation>将地图缩放到所选要素（双击某行可缩放到单个要素）</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Sorting %1 features…</source>
        <translation>正在排序 %1 个要素…</translation>
    </message>
    <message>
        <source>%1 features, %2 shown, %3 selected</source>
        <translation>%1 个要素，显示 %2 个，已选 %3 个</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::ConflictDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Mer&amp;ge ticked fields</source>
        <translation>合并勾选的字段(&amp;G)</translation>
    </message>
    <message>
        <source>Someone else changed this area</source>
        <translation>其他人更改了此区域</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else after you read it. Nothing was overwritten. Keep mine puts your version back; take theirs leaves it deleted.</source>
        <translation>在您读取 %1 之后，其他人删除了它。未覆盖任何内容。“保留我的”会恢复您的版本；“采用对方的”则保持删除状态。</translation>
    </message>
    <message>
        <source>You deleted %1, but %2 changed it after you read it (now version %3). Nothing was deleted. Keep mine deletes it anyway (their version stays in the history); take theirs keeps it.</source>
        <translation>您删除了 %1，但在您读取之后 %2 更改了它（现为第 %3 版）。未删除任何内容。“保留我的”仍会删除它（对方的版本保留在历史记录中）；“采用对方的”则保留它。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 was saved by %2 at %3 (version %4) after you read version %5. Nothing was overwritten. Both are on the map: yours dashed orange, theirs blue. Choose which to keep, or tick the fields to take from theirs and merge. Either way the version you replace stays in the history.</source>
        <translation>在您读取第 %5 版之后，%2 于 %3 保存了 %1（第 %4 版）。未覆盖任何内容。两个版本都显示在地图上：您的为橙色虚线，对方的为蓝色。请选择保留哪一个，或勾选要从对方版本中采用的字段并合并。无论哪种方式，被替换的版本都会保留在历史记录中。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::CountryPanel</name>
    <message>
        <source>Click a country on a treaty map to see its timeline and sources.</source>
        <translation>单击条约地图上的国家，查看其时间线和来源。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;No treaty status.&lt;/b&gt; This area is not a state in the treaty table (for example a territory whose status is disputed, or not a UN member).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;无条约状态。&lt;/b&gt;该区域不是条约表中的国家（例如地位有争议的领土，或非联合国会员国）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Uncertain — %1 or %2, depending on a date the sources give only roughly</source>
        <translation>不确定——%1 或 %2，取决于来源仅给出大致时间的某个日期</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Map feature: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;地图要素：%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;As of %1:&lt;/b&gt; %2</source>
        <translation>&lt;p&gt;&lt;b&gt;截至 %1：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> 自 %1 起</translation>
    </message>
    <message>
        <source>Accession deposited</source>
        <translation>已交存加入书</translation>
    </message>
    <message>
        <source>Ratification deposited</source>
        <translation>已交存批准书</translation>
    </message>
    <message>
        <source>Ratification/accession deposited</source>
        <translation>已交存批准书/加入书</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>computed by Art. 17</source>
        <translation>按第 17 条推算</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>宣布退出</translation>
    </message>
    <message>
        <source>Withdrawal deposited</source>
        <translation>交存退出文书</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>退出生效</translation>
    </message>
    <message>
        <source>Suspension claimed</source>
        <translation>声称暂停</translation>
    </message>
    <message>
        <source>not a withdrawal; the treaty has no suspension clause</source>
        <translation>并非退出；条约没有暂停条款</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&apos;3&apos;&gt;Never signed, never joined.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;3&apos;&gt;从未签署，从未加入。&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;备注：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt; (row %1 of the treaty table):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;来源&lt;/b&gt;（条约表第 %1 行）：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&lt;small&gt;%3 precision%4&lt;/small&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&lt;small&gt;精度：%3%4&lt;/small&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::DateControl</name>
    <message>
        <source>The map&apos;s date: treaty statuses and layers with dates are shown as of this day</source>
        <translation>地图日期：条约状态和带日期的图层均按此日显示</translation>
    </message>
    <message>
        <source>Drag through time (←/→ a day, ↑/↓ a month, PgUp/PgDn a year)</source>
        <translation>拖动以浏览时间（←/→ 一天，↑/↓ 一个月，PgUp/PgDn 一年）</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play from the start of the range to its end</source>
        <translation>从区间开头播放到结尾</translation>
    </message>
    <message>
        <source>One step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>How far one step goes</source>
        <translation>每一步的跨度</translation>
    </message>
    <message>
        <source>by event</source>
        <translation>按事件</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>按 %1</translation>
    </message>
    <message>
        <source>Steps a second while playing</source>
        <translation>播放时每秒步数</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Start again at the beginning of the range</source>
        <translation>从区间开头重新开始</translation>
    </message>
    <message>
        <source>Play from</source>
        <translation>播放起点</translation>
    </message>
    <message>
        <source>Play to</source>
        <translation>播放终点</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Drag through time: %1 to %2 (←/→ a day, ↑/↓ a month, PgUp/PgDn a year)</source>
        <translation>拖动以浏览时间：%1 至 %2（←/→ 一天，↑/↓ 一个月，PgUp/PgDn 一年）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::DownloadAreaDialog</name>
    <message>
        <source>Download basemap area</source>
        <translation>下载底图区域</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>lon %1° to %2°, lat %3° to %4°</source>
        <translation>经度 %1° 至 %2°，纬度 %3° 至 %4°</translation>
    </message>
    <message>
        <source>From zoom</source>
        <translation>起始缩放级别</translation>
    </message>
    <message>
        <source>To zoom</source>
        <translation>结束缩放级别</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 tiles, about %2 (%3 fetched at zoom %4; the lower zooms are built from them). The file opens as a layer when done.</source>
        <translation>%1 个瓦片，约 %2（在缩放级别 %4 获取 %3 个；较低级别由其生成）。完成后文件将作为图层打开。</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::ExportDialog</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>来源和许可</translation>
    </message>
    <message>
        <source>Locator map</source>
        <translation>位置图</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Map page</source>
        <translation>地图页面</translation>
    </message>
    <message>
        <source>One-page brief (map, countries, hazard statistics)</source>
        <translation>单页简报（地图、国家、危险区统计）</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG files (PDF and SVG are vector)</source>
        <translation>PNG 文件的分辨率（PDF 和 SVG 为矢量格式）</translation>
    </message>
    <message>
        <source>right of the map</source>
        <translation>地图右侧</translation>
    </message>
    <message>
        <source>below the map</source>
        <translation>地图下方</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>PNG 分辨率</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>加载模板…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Load layout template</source>
        <translation>加载版面模板</translation>
    </message>
    <message>
        <source>Layout templates (*.json);;All files (*)</source>
        <translation>版面模板 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>Save layout template</source>
        <translation>保存版面模板</translation>
    </message>
    <message>
        <source>Layout templates (*.json)</source>
        <translation>版面模板 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>No preview: the map has nothing to show yet</source>
        <translation>无预览：地图尚无可显示的内容</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::FieldMappingDialog</name>
    <message>
        <source>Import %1 — field mapping</source>
        <translation>导入 %1——字段映射</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::GeorefWindow</name>
    <message>
        <source>Pick on &amp;map</source>
        <translation>在地图上选取(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>移除点(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Georeference</source>
        <translation>地理配准(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Georeference — %1</source>
        <translation>地理配准 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Click a place on the scan you can also find on the map (a crossroads, a bridge, a grid crossing). &lt;b&gt;2.&lt;/b&gt; Click the same place on the main map, or type its coordinate (decimal degrees, DMS, UTM or MGRS). Four or more points, spread around the sheet; the residuals show which one disagrees.</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; 在扫描图上单击一个在地图上也能找到的位置（十字路口、桥梁、网格交叉点）。&lt;b&gt;2.&lt;/b&gt; 在主地图上单击同一位置，或输入其坐标（十进制度、度分秒、UTM 或 MGRS）。使用四个或更多分布在整张图上的点；残差会显示哪个点不一致。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Scan x, y (px)</source>
        <translation>扫描图 x, y（像素）</translation>
    </message>
    <message>
        <source>Map coordinate</source>
        <translation>地图坐标</translation>
    </message>
    <message>
        <source>Residual (px)</source>
        <translation>残差（像素）</translation>
    </message>
    <message>
        <source>Residual (m)</source>
        <translation>残差（米）</translation>
    </message>
    <message>
        <source>Map → scan, in scan pixels</source>
        <translation>地图 → 扫描图，以扫描图像素计</translation>
    </message>
    <message>
        <source>Scan → map, in metres on the ellipsoid</source>
        <translation>扫描图 → 地图，以椭球面上的米计</translation>
    </message>
    <message>
        <source>Coordinate of the selected point, e.g. 50.4501, 30.5234 · 36U 322345 5590123</source>
        <translation>所选点的坐标，例如 50.4501, 30.5234 · 36U 322345 5590123</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>While down, a click on the main map gives the selected point its coordinate</source>
        <translation>按下时，在主地图上单击即可为所选点设置坐标</translation>
    </message>
    <message>
        <source>Polynomial 1 keeps straight lines straight (a flat, undistorted sheet, at least 3 points); 2 and 3 bend a distorted sheet (6 and 10 points); the thin-plate spline passes through every point (residuals are then zero, so check with spare points)</source>
        <translation>一次多项式保持直线为直线（平整、无变形的图纸，至少 3 个点）；二次和三次多项式可校正变形的图纸（分别需 6 和 10 个点）；薄板样条穿过每个点（此时残差为零，请用备用点检查）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the GeoTIFF to write</source>
        <translation>选择要写入的 GeoTIFF</translation>
    </message>
    <message>
        <source>Transformation:</source>
        <translation>变换：</translation>
    </message>
    <message>
        <source>Output CRS:</source>
        <translation>输出坐标系：</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>拟合：</translation>
    </message>
    <message>
        <source>GeoTIFF:</source>
        <translation>GeoTIFF：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the georeferencer (Esc); a run in progress is canceled</source>
        <translation>关闭地理配准（Esc）；正在进行的运行将被取消</translation>
    </message>
    <message>
        <source>Point %1 placed on the scan: now click the same place on the map, or type its coordinate</source>
        <translation>点 %1 已放置在扫描图上：现在请在地图上单击同一位置，或输入其坐标</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Write the georeferenced scan</source>
        <translation>写入地理配准后的扫描图</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Canceled; nothing was written</source>
        <translation>已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>Written %1 and opened under the vector layers</source>
        <translation>已写入 %1，并在矢量图层下方打开</translation>
    </message>
    <message>
        <source>WGS 84 (EPSG:4326)</source>
        <translation>WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
        <source>Map CRS: %1</source>
        <translation>地图坐标系：%1</translation>
    </message>
    <message>
        <source>Click the place on the scan first, then on the map</source>
        <translation>请先在扫描图上单击位置，再在地图上单击</translation>
    </message>
    <message>
        <source>Point %1 placed on the map at %2</source>
        <translation>点 %1 已放置在地图上 %2 处</translation>
    </message>
    <message>
        <source>Point %1: %2</source>
        <translation>点 %1：%2</translation>
    </message>
    <message>
        <source>— click the map or type it</source>
        <translation>——在地图上单击或输入</translation>
    </message>
    <message numerus="yes">
        <source>RMS %1 px · %2 m over %n point(s)</source>
        <translation>
            <numerusform>RMS %1 像素 · %2 米，共 %n 个点</numerusform>
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
        <translation>应用</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> m²</translation>
    </message>
    <message>
        <source>anti-personnel mines</source>
        <translation>杀伤人员地雷</translation>
    </message>
    <message>
        <source>anti-vehicle mines</source>
        <translation>反车辆地雷</translation>
    </message>
    <message>
        <source>unexploded ordnance</source>
        <translation>未爆弹药</translation>
    </message>
    <message>
        <source>abandoned explosive ordnance</source>
        <translation>废弃爆炸性弹药</translation>
    </message>
    <message>
        <source>cluster munition remnants</source>
        <translation>集束弹药残留物</translation>
    </message>
    <message>
        <source>improvised explosive devices</source>
        <translation>简易爆炸装置</translation>
    </message>
    <message>
        <source>Local id *</source>
        <translation>本地编号 *</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Classification *</source>
        <translation>分类 *</translation>
    </message>
    <message>
        <source>Status *</source>
        <translation>状态 *</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态起始日期</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>状态原因</translation>
    </message>
    <message>
        <source>Contamination</source>
        <translation>污染</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Evidence description</source>
        <translation>证据描述</translation>
    </message>
    <message>
        <source>Estimated area</source>
        <translation>估计面积</translation>
    </message>
    <message>
        <source>Remaining area</source>
        <translation>剩余面积</translation>
    </message>
    <message>
        <source>Date of information *</source>
        <translation>信息日期 *</translation>
    </message>
    <message>
        <source>Reported by *</source>
        <translation>报告人 *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;small&gt;* required&lt;/small&gt;</source>
        <translation>&lt;small&gt;* 必填&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Click a hazard area while drawing, or finish one.</source>
        <translation>绘制时单击危险区，或完成一个危险区。</translation>
    </message>
    <message>
        <source>Also in the file (kept as it is): %1</source>
        <translation>文件中的其他内容（保持原样）：%1</translation>
    </message>
    <message>
        <source>Incomplete: %1 not filled in. The area is saved, and shown hatched on the map until they are.</source>
        <translation>不完整：%1 未填写。区域已保存，填写完成前在地图上以阴影线显示。</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::HistoryView</name>
    <message>
        <source>&lt;opened for editing&gt;</source>
        <translation>&lt;已打开编辑&gt;</translation>
    </message>
    <message>
        <source>&lt;not editing&gt;</source>
        <translation>&lt;未在编辑&gt;</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map.</source>
        <translation>单击地图上的要素。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Nothing here: %1</source>
        <translation>此处没有内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) at %1</source>
        <translation>
            <numerusform>%1 处有 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — feature %2</source>
        <translation>%1 — 要素 %2</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source>Area (ellipsoidal, WGS 84)</source>
        <translation>面积（椭球面，WGS 84）</translation>
    </message>
    <message>
        <source>Perimeter (ellipsoidal)</source>
        <translation>周长（椭球面）</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>未测量：%1</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerChooserDialog</name>
    <message>
        <source>Choose layers — %1</source>
        <translation>选择图层 — %1</translation>
    </message>
    <message>
        <source>, %1 features</source>
        <translation>，%1 个要素</translation>
    </message>
    <message>
        <source>This file holds several layers. Which ones should be added?</source>
        <translation>此文件包含多个图层。要添加哪些？</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerLoader</name>
    <message>
        <source>Not yet in the map CRS, so hidden: %1. Choose the map CRS again to finish.</source>
        <translation>尚未转换到地图坐标系，因此隐藏：%1。请重新选择地图坐标系以完成。</translation>
    </message>
    <message numerus="yes">
        <source>%1: coloured by treaty status (joined on %2). %n feature(s) have no treaty status (click one on the map for the reason).
%3</source>
        <translation>
            <numerusform>%1：已按条约状态着色（按 %2 连接）。%n 个要素没有条约状态（在地图上单击其中一个可查看原因）。
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerPanel</name>
    <message>
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>图层不透明度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;图例&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <source>%1 — treaty status, %2</source>
        <translation>%1 — 条约状态，%2</translation>
    </message>
    <message>
        <source>    %1 States Parties (by deposit, as ICBL counts)</source>
        <translation>    %1 个缔约国（按交存日期，依 ICBL 统计方式）</translation>
    </message>
    <message>
        <source>A state counts from the day it deposits until its withdrawal takes effect; the classes below show the legal status (in force or not).</source>
        <translation>国家自交存之日起计入，直至其退出生效；下列类别显示法律状态（是否生效）。</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（按 %2）</translation>
    </message>
    <message>
        <source>other values</source>
        <translation>其他值</translation>
    </message>
    <message>
        <source>    outline by %1:</source>
        <translation>    按 %1 描边：</translation>
    </message>
    <message>
        <source>incomplete: required fields empty</source>
        <translation>不完整：必填字段为空</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MapCanvas</name>
    <message>
        <source>Rendering failed: %1</source>
        <translation>渲染失败：%1</translation>
    </message>
    <message>
        <source>Rendering failed (unknown error)</source>
        <translation>渲染失败（未知错误）</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MeasureTool</name>
    <message>
        <source>Area %1 · perimeter %2</source>
        <translation>面积 %1 · 周长 %2</translation>
    </message>
    <message>
        <source>1 leg</source>
        <translation>1 段</translation>
    </message>
    <message>
        <source>%1 legs</source>
        <translation>%1 段</translation>
    </message>
    <message>
        <source>Distance %1 in %2 (ellipsoidal, WGS 84)</source>
        <translation>距离 %1，共 %2（椭球面，WGS 84）</translation>
    </message>
    <message>
        <source>; bearings true (T) and magnetic (M): declination %1 at the first point (%2, %3)</source>
        <translation>；方位角为真方位 (T) 和磁方位 (M)：第一个点处磁偏角 %1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 (ellipsoidal)</source>
        <translation>%1（椭球面）</translation>
    </message>
    <message>
        <source>Total %1 (ellipsoidal)</source>
        <translation>共计 %1（椭球面）</translation>
    </message>
    <message>
        <source> (ellipsoidal, WGS 84)</source>
        <translation>（椭球面，WGS 84）</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MessageBar</name>
    <message numerus="yes">
        <source>Details (%n line(s))</source>
        <translation>
            <numerusform>详细信息（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the whole message</source>
        <translation>显示或隐藏完整消息</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Show or hide the older messages</source>
        <translation>显示或隐藏较早的消息</translation>
    </message>
    <message>
        <source>Show only the newest</source>
        <translation>只显示最新的消息</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)</source>
        <translation>
            <numerusform>还有 %n 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MissingFilesDialog</name>
    <message>
        <source>&amp;Search folder…</source>
        <translation>搜索文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>Missing layer files</source>
        <translation>缺失的图层文件</translation>
    </message>
    <message>
        <source>These files of the project were not found. Browse for each, or search a folder for them. Layers left missing are skipped for now and kept in the project.</source>
        <translation>未找到项目中的这些文件。请逐个浏览查找，或在文件夹中搜索。仍缺失的图层暂时跳过，并保留在项目中。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>找到位置</translation>
    </message>
    <message>
        <source>missing — skipped</source>
        <translation>缺失——已跳过</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Look for the missing file names in a folder and all folders inside it</source>
        <translation>在文件夹及其所有子文件夹中查找缺失的文件名</translation>
    </message>
    <message>
        <source>Search folder for missing files</source>
        <translation>在文件夹中搜索缺失的文件</translation>
    </message>
    <message numerus="yes">
        <source>(%n found in %1)</source>
        <translation>
            <numerusform>（在 %1 中找到 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>All files found.</source>
        <translation>已找到所有文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still missing.</source>
        <translation>
            <numerusform>仍有 %n 个文件缺失。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::PasswordDialog</name>
    <message>
        <source>Workspace password</source>
        <translation>工作区密码</translation>
    </message>
    <message>
        <source>%1 needs the password of %2. It is kept in memory for this session only, never written to the project or the settings.</source>
        <translation>%1 需要 %2 的密码。密码仅在本次会话中保存在内存里，绝不会写入项目或设置。</translation>
    </message>
    <message>
        <source>your database user</source>
        <translation>您的数据库用户</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::PreferencesDialog</name>
    <message>
        <source>&amp;Clear now</source>
        <translation>立即清除(&amp;C)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Takes effect when MineAtlas restarts.</source>
        <translation>MineAtlas 重新启动后生效。</translation>
    </message>
    <message>
        <source>m² and ha, or ha and km² (by size)</source>
        <translation>m² 和公顷，或公顷和 km²（按大小）</translation>
    </message>
    <message>
        <source>Square metres (m²)</source>
        <translation>平方米 (m²)</translation>
    </message>
    <message>
        <source>Hectares (ha)</source>
        <translation>公顷 (ha)</translation>
    </message>
    <message>
        <source>Square kilometres (km²)</source>
        <translation>平方千米 (km²)</translation>
    </message>
    <message>
        <source>Metric (m, km)</source>
        <translation>公制 (m, km)</translation>
    </message>
    <message>
        <source>Imperial (ft, mi)</source>
        <translation>英制 (ft, mi)</translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation>上次使用的</translation>
    </message>
    <message>
        <source>EPSG:3857 (Web Mercator)</source>
        <translation>EPSG:3857 (Web Mercator)</translation>
    </message>
    <message>
        <source>EPSG:4326 (WGS 84 plate carrée)</source>
        <translation>EPSG:4326 (WGS 84 等距圆柱投影)</translation>
    </message>
    <message>
        <source>EPSG:3035 (LAEA Europe)</source>
        <translation>EPSG:3035 (欧洲 LAEA)</translation>
    </message>
    <message>
        <source>The map CRS a new map starts in: pick one or type an EPSG code (e.g. EPSG:32636)</source>
        <translation>新地图的初始地图坐标系：选择一个或输入 EPSG 代码（例如 EPSG:32636）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>While drawing, a click this close to a vertex or an edge of a visible layer lands on it</source>
        <translation>绘制时，在距可见图层的顶点或边此距离内单击将吸附到其上</translation>
    </message>
    <message>
        <source>Where basemap tiles are kept for offline use</source>
        <translation>底图瓦片的保存位置，供离线使用</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>The oldest tiles are removed when the cache grows past this</source>
        <translation>缓存超过此大小时，将删除最旧的瓦片</translation>
    </message>
    <message>
        <source>Remove every cached tile now (downloaded MBTiles areas are kept)</source>
        <translation>立即删除所有缓存的瓦片（已下载的 MBTiles 区域将保留）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>面积(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Distances:</source>
        <translation>距离(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;oordinates:</source>
        <translation>坐标(&amp;O)：</translation>
    </message>
    <message>
        <source>Map and editing</source>
        <translation>地图和编辑</translation>
    </message>
    <message>
        <source>Default map &amp;CRS:</source>
        <translation>默认地图坐标系(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Snapping tolerance:</source>
        <translation>吸附容差(&amp;S)：</translation>
    </message>
    <message>
        <source>Basemap tile cache</source>
        <translation>底图瓦片缓存</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>大小上限(&amp;L)：</translation>
    </message>
    <message>
        <source>Cleared: %1 freed.</source>
        <translation>已清除：释放了 %1。</translation>
    </message>
    <message>
        <source>New maps start in the CRS used last.</source>
        <translation>新地图使用上次使用的坐标系。</translation>
    </message>
    <message>
        <source>No tiles cached there yet.</source>
        <translation>该处尚无缓存的瓦片。</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>已使用：%1。</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::ScanView</name>
    <message>
        <source>Click a mark you can find on the map to place a control point; drag to pan, wheel to zoom, Home to see it all</source>
        <translation>单击在地图上也能找到的标记以放置控制点；拖动平移，滚轮缩放，Home 显示全部</translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation>正在读取扫描图…</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::SearchBox</name>
    <message>
        <source>Find a place, country or hazard id (Ctrl+F)</source>
        <translation>查找地点、国家或危险区编号 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Indexing the layers…</source>
        <translation>正在为图层建立索引…</translation>
    </message>
    <message>
        <source>Nothing found: places, countries and hazard ids of the open layers are searched</source>
        <translation>未找到：搜索范围为已打开图层中的地点、国家和危险区编号</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::StyleDialog</name>
    <message>
        <source>Layer style</source>
        <translation>图层样式</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <source>Categorized by %1</source>
        <translation>按 %1 分类</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation>轮廓宽度</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>点大小</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>metres on the ground</source>
        <translation>地面米数</translation>
    </message>
    <message>
        <source>(none: every point counts 1)</source>
        <translation>（无：每个点计为 1）</translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation>绘制为</translation>
    </message>
    <message>
        <source>Heatmap radius</source>
        <translation>热力图半径</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::SurveyDialog</name>
    <message>
        <source>Survey points</source>
        <translation>勘查点</translation>
    </message>
    <message>
        <source>One point per line, benchmark first, e.g.
36T VS 12345 67890
46.6012, 32.6104
46°36&apos;12&quot;N 32°37&apos;01&quot;E
36T 547000 5161000
B 090 D 250   (bearing ° from true north, distance m, from the previous point)
B 085 M D 250   (bearing from magnetic north, taken on the date below)</source>
        <translation>每行一个点，先写基准点，例如：
36T VS 12345 67890
46.6012, 32.6104
46°36&apos;12&quot;N 32°37&apos;01&quot;E
36T 547000 5161000
B 090 D 250   （自真北起算的方位角°，距离米，从前一个点起）
B 085 M D 250   （自磁北起算的方位角，于下方日期测得）</translation>
    </message>
    <message>
        <source>The day the magnetic bearings (&quot;M&quot;) were taken: magnetic north moves, so the declination added to them is the one on that day (World Magnetic Model)</source>
        <translation>测量磁方位角（“M”）的日期：磁北会移动，因此所加的磁偏角为当日的值（世界地磁模型）</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Create area</source>
        <translation>创建区域</translation>
    </message>
    <message>
        <source>Benchmark and turning points (WGS 84):</source>
        <translation>基准点和转折点（WGS 84）：</translation>
    </message>
    <message>
        <source>Magnetic bearings taken on:</source>
        <translation>磁方位角测量日期：</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s); an area needs at least 3.</source>
        <translation>
            <numerusform>%n 个点；区域至少需要 3 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points.</source>
        <translation>
            <numerusform>%n 个点。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::SyncReportDialog</name>
    <message>
        <source>Sync report</source>
        <translation>同步报告</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>执行的操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>%1.
Conflicts keep both versions until you choose. The report is also in %2</source>
        <translation>%1。
在您做出选择之前，冲突的两个版本都会保留。报告也已保存到 %2</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Save the offline version to the workspace as a new version</source>
        <translation>将离线版本作为新版本保存到工作区</translation>
    </message>
    <message>
        <source>Delete it in the workspace too</source>
        <translation>同时在工作区中删除</translation>
    </message>
    <message>
        <source>Replace the offline copy with the workspace version</source>
        <translation>用工作区版本替换离线副本</translation>
    </message>
    <message>
        <source>Remove it from the offline copy too</source>
        <translation>同时从离线副本中移除</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::TemporalDialog</name>
    <message>
        <source>Dates and time — %1</source>
        <translation>日期和时间 — %1</translation>
    </message>
    <message>
        <source>(none: the layer ignores the date)</source>
        <translation>（无：图层忽略日期）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无结束</translation>
    </message>
    <message>
        <source>Without an end field: how long each feature lasts after its start</source>
        <translation>无结束字段时：每个要素自开始起持续多久</translation>
    </message>
    <message>
        <source>Shown while active: from the start day, until the end day (not included)</source>
        <translation>在有效期内显示：从开始日到结束日（不含）</translation>
    </message>
    <message>
        <source>Accumulated: shown from the start day on (what was recorded by the date)</source>
        <translation>累计：自开始日起显示（截至该日期已记录的内容）</translation>
    </message>
    <message>
        <source>Start date field</source>
        <translation>开始日期字段</translation>
    </message>
    <message>
        <source>End date field</source>
        <translation>结束日期字段</translation>
    </message>
    <message>
        <source>Or a duration</source>
        <translation>或时长</translation>
    </message>
    <message>
        <source>The layer is shown whatever the map&apos;s date.</source>
        <translation>无论地图日期如何都显示该图层。</translation>
    </message>
    <message>
        <source>%1 of %2 features have dates from %3 to %4.</source>
        <translation>%2 个要素中有 %1 个的日期在 %3 至 %4 之间。</translation>
    </message>
    <message>
        <source>No feature has a date in this field: every feature would always be shown.</source>
        <translation>此字段中没有要素有日期：所有要素将始终显示。</translation>
    </message>
    <message>
        <source>%1 values are not dates and are treated as empty.</source>
        <translation>%1 个值不是日期，将视为空值。</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::VertexTool</name>
    <message>
        <source>Not changed: the point is outside what the map CRS can convert to WGS 84</source>
        <translation>未更改：该点超出地图坐标系可转换为 WGS 84 的范围</translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::WorkspaceDialog</name>
    <message>
        <source>Open hazard workspace</source>
        <translation>打开危险区工作区</translation>
    </message>
    <message>
        <source>A team&apos;s hazard areas in PostgreSQL + PostGIS. Give a service name from pg_service.conf, or the server&apos;s host, port, database and user.</source>
        <translation>团队在 PostgreSQL + PostGIS 中的危险区。请填写 pg_service.conf 中的服务名称，或服务器的主机、端口、数据库和用户。</translation>
    </message>
    <message>
        <source>optional, e.g. hazards</source>
        <translation>可选，例如 hazards</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org，或套接字文件夹</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>默认（5432）</translation>
    </message>
    <message>
        <source>e.g. hazards</source>
        <translation>例如 hazards</translation>
    </message>
    <message>
        <source>your database user</source>
        <translation>您的数据库用户</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the service file</source>
        <translation>留空：从 ~/.pgpass 或服务文件读取</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; never written to settings or the project</source>
        <translation>仅在本次会话中保存在内存中；绝不会写入设置或项目</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>TLS 模式(&amp;T)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>表(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>mineatlas::hazard::EditSession</name>
    <message>
        <source>An import is still running</source>
        <translation>导入仍在进行</translation>
    </message>
    <message>
        <source>No layer to edit</source>
        <translation>没有可编辑的图层</translation>
    </message>
    <message>
        <source>Not editing a hazard layer</source>
        <translation>未在编辑危险区图层</translation>
    </message>
    <message>
        <source>An import is writing to %1; try again when it has finished</source>
        <translation>导入正在写入 %1；请在其完成后重试</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Undo failed, nothing changed: %1</source>
        <translation>撤销失败，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Redo failed, nothing changed: %1</source>
        <translation>重做失败，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>add area %1</source>
        <translation>添加区域 %1</translation>
    </message>
    <message>
        <source>Not saved: a vertex lies outside what the map CRS can convert to WGS 84</source>
        <translation>未保存：有顶点超出地图坐标系可转换为 WGS 84 的范围</translation>
    </message>
    <message>
        <source>Not saved: a point is not a valid longitude/latitude</source>
        <translation>未保存：有点不是有效的经纬度</translation>
    </message>
    <message>
        <source>%1: the area is no longer in the file</source>
        <translation>%1：该区域已不在文件中</translation>
    </message>
    <message>
        <source>edit area %1</source>
        <translation>编辑区域 %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>reshape area %1</source>
        <translation>重塑区域 %1</translation>
    </message>
    <message>
        <source>A vertex of the %1 lies outside what the map CRS can convert to WGS 84</source>
        <translation>%1的一个顶点超出地图坐标系可转换为 WGS 84 的范围</translation>
    </message>
    <message>
        <source>The %1 is not a valid ring: %2</source>
        <translation>%1不是有效的环：%2</translation>
    </message>
    <message>
        <source>hole</source>
        <translation>孔洞</translation>
    </message>
    <message>
        <source>Draw the hole entirely inside one hazard area</source>
        <translation>请在单个危险区内部完整绘制孔洞</translation>
    </message>
    <message>
        <source>split shape</source>
        <translation>分割形状</translation>
    </message>
    <message>
        <source>Draw the part to split off over exactly one hazard area (it touches %1)</source>
        <translation>请在恰好一个危险区上绘制要分割的部分（当前接触 %1 个）</translation>
    </message>
    <message>
        <source>The shape must cut the area in two: part inside, part outside</source>
        <translation>该形状必须将区域一分为二：一部分在内，一部分在外</translation>
    </message>
    <message>
        <source>Not split: %1</source>
        <translation>未分割：%1</translation>
    </message>
    <message>
        <source>split area %1</source>
        <translation>分割区域 %1</translation>
    </message>
    <message>
        <source>delete area %1</source>
        <translation>删除区域 %1</translation>
    </message>
    <message>
        <source>A vertex lies outside what the map CRS can convert to WGS 84</source>
        <translation>有顶点超出地图坐标系可转换为 WGS 84 的范围</translation>
    </message>
    <message>
        <source>A vertex lies outside what the map CRS can convert to WGS 84; the journal keeps the sketch as it was before it</source>
        <translation>有顶点超出地图坐标系可转换为 WGS 84 的范围；日志保留添加该顶点之前的草图</translation>
    </message>
    <message>
        <source>%1: cannot write the sketch journal; the sketch is only in memory</source>
        <translation>%1：无法写入草图日志；草图仅保存在内存中</translation>
    </message>
    <message>
        <source>%1: the sketch left behind lies outside what the map CRS can show; it stays in the journal (choose another map CRS to get it back)</source>
        <translation>%1：遗留的草图超出地图坐标系可显示的范围；它保留在日志中（选择其他地图坐标系即可恢复）</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>导入已在进行中</translation>
    </message>
    <message>
        <source>%1: already in the layer (same GUID %2)</source>
        <translation>%1：图层中已存在（相同 GUID %2）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; kept as it is (not in the vocabulary)</source>
        <translation>%1：“%2”保持原样（不在词表中）</translation>
    </message>
    <message numerus="yes">
        <source>import %n area(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个区域</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: import failed: %2</source>
        <translation>%1：导入失败：%2</translation>
    </message>
    <message>
        <source>%1: import failed</source>
        <translation>%1：导入失败</translation>
    </message>
    <message>
        <source>%1: not saved, %2 was changed by %3 since you read it (now version %4). Nothing was overwritten; choose keep mine, take theirs or merge.</source>
        <translation>%1：未保存，自您读取以来 %2 已被 %3 更改（现为第 %4 版）。未覆盖任何内容；请选择保留我的、采用对方的或合并。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>restore version %1 of %2</source>
        <translation>恢复 %2 的第 %1 版</translation>
    </message>
</context>
<context>
    <name>mineatlas::project</name>
    <message>
        <source>%1: &quot;%2&quot; must be a date as YYYY-MM-DD</source>
        <translation>%1：“%2”必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not a MineAtlas project (&quot;kind&quot; is not &quot;%2&quot;)</source>
        <translation>%1 不是 MineAtlas 项目（&quot;kind&quot; 不是 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a whole number from 1</source>
        <translation>%1：&quot;version&quot; 必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>%1 is a version %2 project; this MineAtlas reads up to version %3. Open it with a newer MineAtlas.</source>
        <translation>%1 是第 %2 版项目；此 MineAtlas 最高只能读取第 %3 版。请用较新版本的 MineAtlas 打开。</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>该项目</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 在第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1 is not a MineAtlas project (not a JSON object)</source>
        <translation>%1 不是 MineAtlas 项目（不是 JSON 对象）</translation>
    </message>
    <message>
        <source>%1: &quot;map.extent&quot; must be [xmin, ymin, xmax, ymax] with min &lt; max</source>
        <translation>%1：&quot;map.extent&quot; 必须为 [xmin, ymin, xmax, ymax]，且 min &lt; max</translation>
    </message>
    <message>
        <source>%1: &quot;map.size&quot; must be [width, height] in pixels, up to 20000</source>
        <translation>%1：&quot;map.size&quot; 必须为以像素计的 [width, height]，最大 20000</translation>
    </message>
    <message>
        <source>%1: &quot;layers&quot; must be a list</source>
        <translation>%1：&quot;layers&quot; 必须是列表</translation>
    </message>
    <message>
        <source>%1: layer %2 has no &quot;path&quot;</source>
        <translation>%1：图层 %2 没有 &quot;path&quot;</translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>Cannot write project %1: %2</source>
        <translation>无法写入项目 %1：%2</translation>
    </message>
</context>
<context>
    <name>mineatlas::project::IdentifyController</name>
    <message>
        <source>outside the map</source>
        <translation>地图之外</translation>
    </message>
</context>
<context>
    <name>mineatlas::project::ProjectController</name>
    <message>
        <source>%1: the date field %2 is gone; the layer ignores the date</source>
        <translation>%1：日期字段 %2 已不存在；该图层将忽略日期</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder %1</source>
        <translation>无法创建恢复文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write the recovery copy %1: %2</source>
        <translation>无法写入恢复副本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the recovery copy %1: %2</source>
        <translation>无法打开恢复副本 %1：%2</translation>
    </message>
</context>
<context>
    <name>mineatlas::time::TimeController</name>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>mineatlas::treaty::TreatyController</name>
    <message>
        <source>Ottawa Treaty status as of %1</source>
        <translation>截至 %1 的《渥太华条约》状态</translation>
    </message>
    <message>
        <source>Select a vector layer to join</source>
        <translation>请选择要连接的矢量图层</translation>
    </message>
    <message>
        <source>%1 joined on %2: %3 feature(s) matched; no treaty status: %4</source>
        <translation>%1 已按 %2 连接：匹配 %3 个要素；无条约状态：%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No country of a treaty map is in view.</source>
        <translation>视图中没有条约地图上的国家。</translation>
    </message>
</context>
</TS>
