# ctest helper for the shared-mime-info XML: builds a private MIME database from it with
# update-mime-database (which reports what it cannot read) and checks that the file type and its
# glob arrived. Says SKIPPED where shared-mime-info is not installed.
#   cmake -DFILE=path -DTYPE=application/x-… -DGLOB=*.ext -DWORK=dir -P validate-mime.cmake
find_program(updater NAMES update-mime-database)
if(NOT updater)
  message("SKIPPED: update-mime-database is not installed")
  return()
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/packages")
file(COPY "${FILE}" DESTINATION "${WORK}/packages")
execute_process(COMMAND ${updater} -V "${WORK}"
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT status EQUAL 0 OR output MATCHES "(Error|Warning|error|warning)")
  message(FATAL_ERROR "update-mime-database found problems in ${FILE} (exit ${status})")
endif()
file(READ "${WORK}/globs2" globs)
string(FIND "${globs}" ":${TYPE}:${GLOB}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${TYPE} with ${GLOB} is missing from the database built of ${FILE}:\n${globs}")
endif()
message("${TYPE}: ${GLOB}")
