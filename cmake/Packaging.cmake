# Installation layout and the Debian package (cpack -G DEB, or scripts/package).
#   /usr/bin/mineatlas, /usr/bin/mineatlas-render
#   /usr/share/applications/mineatlas.desktop, /usr/share/icons/hicolor/scalable/apps/mineatlas.svg
#   /usr/share/mineatlas/sample-data/   (the sample data and its README: sources and licences)
#   /usr/share/doc/mineatlas/           (README, the hazard schema, the layout template format)
# The treaty and contamination tables and the magnetic model are compiled into the binaries.
include(GNUInstallDirs)

install(TARGETS mineatlas mineatlas-render RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/desktop/mineatlas.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/desktop/mineatlas.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY sample-data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/mineatlas/sample-data)
install(FILES README.md docs/hazard-schema.md docs/layout-template.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mineatlas)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mineatlas)
set(CPACK_PACKAGE_VENDOR "MineAtlas")
set(CPACK_PACKAGE_CONTACT "MineAtlas developers <mineatlas@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop map viewer for landmine contamination, borders and the Mine Ban Treaty")
set(CPACK_PACKAGE_DESCRIPTION "MineAtlas shows hazard areas, borders and the Ottawa Mine Ban Treaty's status on any
date, with sources; draws and edits hazard areas without losing work; and makes briefings and
animations. It reads any vector or raster file GDAL reads and works offline.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/mineatlas")
# Library dependencies from the binaries (dpkg-shlibdeps); GDAL's data and PROJ's grids and a font
# that covers Latin, Cyrillic and Chinese, so no label is drawn as empty boxes on a fresh machine.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own strings (the OK / Cancel / Yes / No buttons of every dialog, the file dialogs) come from
# qt6-translations-l10n: without it a Ukrainian or Chinese window asks its questions with English
# buttons, so it is a dependency, not a recommendation. MineAtlas's own translations are compiled
# into the binaries (Qt resources), nothing to install for them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "gdal-data, proj-data, fonts-dejavu-core, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ffmpeg")
include(CPack)
