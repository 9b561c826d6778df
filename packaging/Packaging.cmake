# Installation and the Debian package (cpack -G DEB in the build folder).
include(GNUInstallDirs)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.comptoir.Comptoir.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.comptoir.Comptoir.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/comptoir.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.comptoir.Comptoir.svg)

set(CPACK_PACKAGE_NAME comptoir)
set(CPACK_PACKAGE_VENDOR "Comptoir")
set(CPACK_PACKAGE_CONTACT "Comptoir developers <dev@comptoir.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
