<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationController</name>
    <message>
        <source>An animation export is already running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>An import is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not editing a hazard layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is writing to %1; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed, nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo failed, nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a vertex lies outside what the map CRS can convert to WGS 84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a point is not a valid longitude/latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the area is no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshape area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vertex of the %1 lies outside what the map CRS can convert to WGS 84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a valid ring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the hole entirely inside one hazard area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the part to split off over exactly one hazard area (it touches %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape must cut the area in two: part inside, part outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not split: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vertex lies outside what the map CRS can convert to WGS 84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vertex lies outside what the map CRS can convert to WGS 84; the journal keeps the sketch as it was before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the sketch journal; the sketch is only in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sketch left behind lies outside what the map CRS can show; it stays in the journal (choose another map CRS to get it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the layer (same GUID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; kept as it is (not in the vocabulary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import %n area(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: import failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>An export is already running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeorefController</name>
    <message>
        <source>Click a place on the scan first, then give its coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georeferencing is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyController</name>
    <message>
        <source>outside the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1; and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;As of %1: no treaty status.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt; (row %1 of the territories table):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the vocabulary: kept as it is)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeController</name>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatyController</name>
    <message>
        <source>Select a vector layer to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined on %2: %3 feature(s) matched; no treaty status: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ottawa Treaty status as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country of a treaty map is in view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MineAtlas: landmine contamination, borders and the Ottawa treaty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers to open (any GDAL vector or raster file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show this lon/lat box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: identify here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show treaty status as of this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: start editing the top layer (a hazard layer), so --identify opens an area in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: en, uk or zh_CN (default: the Preferences choice, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::BasemapActions</name>
    <message>
        <source>Add &amp;basemap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile basemap under the layers: OpenStreetMap, an XYZ address or a WMTS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download basemap area for offline use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap&apos;s tiles of the area in view, to an MBTiles file that opens as a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A basemap is already being added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A basemap download is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a basemap first (Layer ▸ Add basemap…): there is nothing to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view cannot be placed in longitude and latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save offline basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 tiles to %2 for offline use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::ExportActions</name>
    <message>
        <source>&amp;Export map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished page of the map as shown: PDF, SVG or PNG, with legend, scale bar and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a layer first: there is no map to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open layers: GeoPackage, Shapefile, GeoJSON, KML, GeoTIFF… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data was not found beside the app (share/mineatlas/sample-data); set MINEATLAS_SAMPLE_DATA to its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample countries and the illustrative (not real) hazard areas, incidents and front line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::GeorefActions</name>
    <message>
        <source>&amp;Georeference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick control points on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a scanned map or sketch on the map from control points and write it as a GeoTIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no georeferencing; it is shown in pixel space — Layer ▸ Georeference… to place it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georeference a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and images (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A georeferenced copy is still being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n point(s), RMS %2 m</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 placed on the map as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::HazardActions</name>
    <message>
        <source>Discard the sketch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Throw away the %n vertices drawn so far?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sketch in progress lies outside what this map CRS can show; it is kept in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the form keeps your values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this hazard area? (Undo brings it back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;hazard layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw hazard areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click vertices, Backspace removes the last, Enter or double-click finishes, Esc stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area, drag its vertices, click an edge to add one, Delete removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a &amp;hole in an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit off part of an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;survey points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import hazard areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport hazard areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to vertices and edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While drawing, clicks within 10 px of a vertex or edge of a visible layer land on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a hazard layer in the Layers panel (File ▸ New hazard layer… makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Select a hazard layer (File ▸ New hazard layer… makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part to split off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A sketch of %1 with %n vertices was being drawn on %2 when MineAtlas last stopped. Restore it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the hole inside an area, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw around the part to split off, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the sketch is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hole cut out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part split off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the sketch is kept; fix it or undo vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved hazard area to %1 — fill in its attributes in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hazard layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entering survey points replaces the %n vertices drawn so far. Discard them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — the points stay on the map as a sketch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the surveyed area (%n points) — fill in its attributes in the form</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import hazard areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s) as one step (Undo takes them all back)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with required fields empty (hatched on the map)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. Skipped %n: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a hazard layer to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hazard areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected hazard area(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s) to %1, but %2 of them have required fields empty: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n selected area(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnetic bearings are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MineAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MineAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MineAtlas&lt;/b&gt; %1&lt;br&gt;A desktop viewer for landmine contamination, borders and the Ottawa Mine Ban Treaty.&lt;br&gt;GDAL %2, PROJ %3, Qt %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer has no features yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::ProgressWidgets</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop what is running; nothing half-done is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::SearchActions</name>
    <message>
        <source>&amp;Find place, country or hazard id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the open layers: places (also by their names in other languages), countries and hazard areas by id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::TableActions</name>
    <message>
        <source>Attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features of the selected layer as a table (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lect features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature to select it, drag a box to select those in it; Ctrl toggles. Esc goes back to panning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected: select features in the attribute table or with Layer ▸ Select features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selectio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute table — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vector layer to select its features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::TimeActions</name>
    <message>
        <source>Export &amp;animation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map through time as an animated GIF, MP4/WebM video or PNG frames, with the date and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen map with a large date and legend: Space plays or pauses, ←/→ step, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation export canceled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2 frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by &quot;%2&quot;, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown from that date on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown while active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the map&apos;s date: %1. Layer ▸ Dates and time… changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a layer first: there is no map to animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An animation export is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm);;PNG frames, in a folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::TreatyActions</name>
    <message>
        <source>Load &amp;treaty table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load treaty table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty table (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading treaty table %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous table stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded treaty table %1 (%2 states)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy treaty status of visible countries (&amp;CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy treaty status of visible countries (&amp;Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by &amp;treaty status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not joined to the treaty table: use Layer ▸ Join to treaty table by field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a country layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by reported AP mine &amp;contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmine Monitor&apos;s reported anti-personnel mine contamination by size class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join to treaty table by field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a vector layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join to treaty table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field holding ISO codes or country names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlighted states…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes to outline and label, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the treaty table, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the status of the countries in view as of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a country layer joined to the treaty table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reported anti-personnel mine contamination (%2) for %3 features; click a country for its figures and Article 5 deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::ViewActions</name>
    <message>
        <source>&amp;Pan / identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, click to identify, Shift+drag to zoom to a box (Esc comes back here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box to zoom to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click points to measure the distance along them on the ellipsoid, with each leg&apos;s bearing from true and magnetic north; double-click or Enter to finish, Esc to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of an area to measure it on the ellipsoid; double-click or Enter to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS 84 plate carrée (EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAEA Europe (EPSG:3035)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other EPSG code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSG code (e.g. 32636 for UTM 36N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to coordinate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre the map on a point typed in any form (decimal degrees, DMS, UTM, MGRS) and mark it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy coordinate under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy where the mouse is on the map, in the coordinate format chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scale bar measured on the ellipsoid at the centre of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate format — click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over the map to copy a coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point in any form (WGS 84): 50.4501, 30.5234 · 50°27&apos;00&quot;N 30°31&apos;24&quot;E · 36U 322345 5590123 · 36U UA 22345 90123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside what the map CRS (%2) can show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centred on %1 (%2); Esc clears the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map CRS: %1 — click to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AddBasemapDialog</name>
    <message>
        <source>Add basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap standard tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XYZ tiles (URL template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WMTS service (GetCapabilities URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deepest zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap&apos;s tiles are run by volunteers on donated servers, under a &lt;a href=&quot;%1&quot;&gt;tile usage policy&lt;/a&gt;. MineAtlas identifies itself to the server, keeps every tile it gets in the cache folder (so places you have seen stay available offline), shows “%2” on the map, and does &lt;b&gt;not&lt;/b&gt; bulk-download: an area download from OpenStreetMap is limited to %3 tiles, zoom %4 at most. For larger offline areas use a provider that allows it, or your own tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Web Mercator tile service: the address holds {z}, {x} and {y}. Respect the provider&apos;s terms, and give its attribution: it is shown on the map and in exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first layer of the service is used, in its first tile matrix set. The capabilities are kept beside the basemap, so it opens from the cache offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO 8601 duration: P1D a day, P7D a week, P1M a month, P3M a quarter, P1Y a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hazard areas recorded, 2022–2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames, %2 s at %3 frames a second (the last frame is held 2 s longer). GIF keeps the legend colours exact; MP4 and WebM need ffmpeg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::AttributeTable</name>
    <message>
        <source>Filter: text in any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the map to the selected features (double-click a row for one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting %1 features…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features, %2 shown, %3 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::CountryPanel</name>
    <message>
        <source>Click a country on a treaty map to see its timeline and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;No treaty status.&lt;/b&gt; This area is not a state in the treaty table (for example a territory whose status is disputed, or not a UN member).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain — %1 or %2, depending on a date the sources give only roughly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Map feature: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;As of %1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accession deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratification deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratification/accession deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed by Art. 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a withdrawal; the treaty has no suspension clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&apos;3&apos;&gt;Never signed, never joined.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt; (row %1 of the treaty table):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::DateControl</name>
    <message>
        <source>The map&apos;s date: treaty statuses and layers with dates are shown as of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag through time (←/→ a day, ↑/↓ a month, PgUp/PgDn a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from the start of the range to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far one step goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps a second while playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again at the beginning of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag through time: %1 to %2 (←/→ a day, ↑/↓ a month, PgUp/PgDn a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::DownloadAreaDialog</name>
    <message>
        <source>Download basemap area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lon %1° to %2°, lat %3° to %4°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tiles, about %2 (%3 fetched at zoom %4; the lower zooms are built from them). The file opens as a layer when done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::ExportDialog</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locator map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page brief (map, countries, hazard statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of PNG files (PDF and SVG are vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load layout template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout templates (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the map has nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::FieldMappingDialog</name>
    <message>
        <source>Import %1 — field mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::GeorefWindow</name>
    <message>
        <source>Pick on &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Georeference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georeference — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Click a place on the scan you can also find on the map (a crossroads, a bridge, a grid crossing). &lt;b&gt;2.&lt;/b&gt; Click the same place on the main map, or type its coordinate (decimal degrees, DMS, UTM or MGRS). Four or more points, spread around the sheet; the residuals show which one disagrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan x, y (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map → scan, in scan pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan → map, in metres on the ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate of the selected point, e.g. 50.4501, 30.5234 · 36U 322345 5590123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While down, a click on the main map gives the selected point its coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polynomial 1 keeps straight lines straight (a flat, undistorted sheet, at least 3 points); 2 and 3 bend a distorted sheet (6 and 10 points); the thin-plate spline passes through every point (residuals are then zero, so check with spare points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the GeoTIFF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoTIFF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the georeferencer (Esc); a run in progress is canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 placed on the scan: now click the same place on the map, or type its coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the georeferenced scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 and opened under the vector layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS 84 (EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map CRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the place on the scan first, then on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 placed on the map at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— click the map or type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>RMS %1 px · %2 m over %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::HazardForm</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anti-personnel mines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anti-vehicle mines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexploded ordnance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned explosive ordnance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster munition remnants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvised explosive devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local id *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of information *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;* required&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a hazard area while drawing, or finish one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in the file (kept as it is): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: %1 not filled in. The area is saved, and shown hatched on the map until they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::HistoryView</name>
    <message>
        <source>&lt;opened for editing&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;not editing&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — feature %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (ellipsoidal, WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perimeter (ellipsoidal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerChooserDialog</name>
    <message>
        <source>Choose layers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds several layers. Which ones should be added?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerLoader</name>
    <message>
        <source>Not yet in the map CRS, so hidden: %1. Choose the map CRS again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: coloured by treaty status (joined on %2). %n feature(s) have no treaty status (click one on the map for the reason).
%3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::LayerPanel</name>
    <message>
        <source>Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — treaty status, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 States Parties (by deposit, as ICBL counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state counts from the day it deposits until its withdrawal takes effect; the classes below show the legal status (in force or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    outline by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: required fields empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MeasureTool</name>
    <message>
        <source>Area %1 · perimeter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance %1 in %2 (ellipsoidal, WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; bearings true (T) and magnetic (M): declination %1 at the first point (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ellipsoidal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 (ellipsoidal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::MessageBar</name>
    <message numerus="yes">
        <source>Details (%n line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::ScanView</name>
    <message>
        <source>Click a mark you can find on the map to place a control point; drag to pan, wheel to zoom, Home to see it all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::SearchBox</name>
    <message>
        <source>Find a place, country or hazard id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found: places, countries and hazard ids of the open layers are searched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::StyleDialog</name>
    <message>
        <source>Layer style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorized by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: every point counts 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::SurveyDialog</name>
    <message>
        <source>Survey points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per line, benchmark first, e.g.
36T VS 12345 67890
46.6012, 32.6104
46°36&apos;12&quot;N 32°37&apos;01&quot;E
36T 547000 5161000
B 090 D 250   (bearing ° from true north, distance m, from the previous point)
B 085 M D 250   (bearing from magnetic north, taken on the date below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the magnetic bearings (&quot;M&quot;) were taken: magnetic north moves, so the declination added to them is the one on that day (World Magnetic Model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark and turning points (WGS 84):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnetic bearings taken on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s); an area needs at least 3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::TemporalDialog</name>
    <message>
        <source>Dates and time — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the layer ignores the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an end field: how long each feature lasts after its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown while active: from the start day, until the end day (not included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulated: shown from the start day on (what was recorded by the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer is shown whatever the map&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 features have dates from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature has a date in this field: every feature would always be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values are not dates and are treated as empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mineatlas::gui::VertexTool</name>
    <message>
        <source>Not changed: the point is outside what the map CRS can convert to WGS 84</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
