# Fails when employees or customers are inserted anywhere but in their writer: the staff form,
# the import and the demo data all write through core/staff/EmployeeWriter and
# core/customers/CustomerWriter, so that a rule added there holds for every path.
# Run as: cmake -DSOURCE_DIR=<repo> -P OneWriterPerEntity.cmake
set(writers
  "employee=core/staff/EmployeeWriter.cpp"
  "customer=core/customers/CustomerWriter.cpp")
file(GLOB_RECURSE sources
  "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
  "${SOURCE_DIR}/storage/*.cpp" "${SOURCE_DIR}/storage/*.h"
  "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
  "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
  "${SOURCE_DIR}/cli/*.cpp" "${SOURCE_DIR}/cli/*.h"
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/server/*.cpp" "${SOURCE_DIR}/server/*.h")
if(NOT sources)
  message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
set(offenders "")
foreach(entry IN LISTS writers)
  string(REPLACE "=" ";" pair "${entry}")
  list(GET pair 0 table)
  list(GET pair 1 writer)
  set(found FALSE)
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "INSERT (OR [A-Z]+ )?INTO ${table}[ (]")
    if(lines)
      file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
      if(relative STREQUAL writer)
        set(found TRUE)
      else()
        list(APPEND offenders "${relative} inserts into ${table} (only ${writer} may)")
      endif()
    endif()
  endforeach()
  if(NOT found)
    message(FATAL_ERROR "${writer} no longer inserts into ${table}: update this check")
  endif()
endforeach()
if(offenders)
  list(JOIN offenders "\n  " report)
  message(FATAL_ERROR "Rows written outside their writer:\n  ${report}")
endif()
list(LENGTH sources count)
message(STATUS "employees and customers are inserted only by their writers (${count} files checked)")
