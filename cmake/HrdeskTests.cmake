# hrdesk_add_test(TestName SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [ENVIRONMENT K=V ...])
# One Qt Test executable per TestX class, registered with CTest under its class name.
function(hrdesk_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  hrdesk_target_defaults(${name})
  target_link_libraries(${name} PRIVATE Qt6::Test hrdesk_testsupport ${ARG_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  # English messages by default (tests compare them); tests of zh_CN install the translator.
  set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "HRDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
          "HRDESK_BINARY_DIR=${PROJECT_BINARY_DIR}" ${ARG_ENVIRONMENT})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}" TIMEOUT 600)
endfunction()
