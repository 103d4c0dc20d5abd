# Installation layout and packages: a .deb here (cpack -G DEB), NSIS or WiX on Windows with the
# Qt runtime gathered by windeployqt.
include(GNUInstallDirs)

foreach(target hrdesk hrdesk-admin)
  if(TARGET ${target})
    install(TARGETS ${target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desk)
  endif()
endforeach()

if(UNIX AND NOT APPLE)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/hrdesk.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desk)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/operations.md ${PROJECT_SOURCE_DIR}/README.md
          DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT desk)
endif()

if(WIN32 AND TARGET hrdesk)
  # windeployqt copies the Qt DLLs, plugins (platforms, styles, sqldrivers are not needed: our
  # driver is linked in) and Qt's own translations next to the installed executables.
  find_program(HRDESK_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
  if(HRDESK_WINDEPLOYQT)
    install(CODE "
      execute_process(COMMAND \"${HRDESK_WINDEPLOYQT}\" --release --no-compiler-runtime
                              --no-opengl-sw --no-system-d3d-compiler
                              \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/hrdesk.exe\"
                              \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/hrdesk-admin.exe\"
                      COMMAND_ERROR_IS_FATAL ANY)
    " COMPONENT desk)
  endif()
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT desk)
  include(InstallRequiredSystemLibraries)
endif()

set(CPACK_PACKAGE_NAME "hrdesk")
set(CPACK_PACKAGE_VENDOR "HR Desk")
set(CPACK_PACKAGE_CONTACT "HR Desk maintainers <maintainers@hrdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "HR Desk")
set(CPACK_PACKAGE_EXECUTABLES "hrdesk" "HR Desk")
set(CPACK_STRIP_FILES ON)

# Debian: dependencies computed from the linked shared libraries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps only knows the soname, which SQLCipher 3 shares; HR Desk needs SQLCipher 4.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlcipher1 (>= 4.5)")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, fonts-wqy-microhei, qt6-translations-l10n")

# Windows installers.
set(CPACK_NSIS_DISPLAY_NAME "HR Desk")
set(CPACK_NSIS_PACKAGE_NAME "HR Desk")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "hrdesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_WIX_UPGRADE_GUID "6C1D4C7A-2F0B-4E54-9C61-5B8F2C0A9E31")
set(CPACK_WIX_CULTURES "zh-CN;en-US")

if(WIN32)
  set(CPACK_GENERATOR "NSIS;WIX")
else()
  set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
