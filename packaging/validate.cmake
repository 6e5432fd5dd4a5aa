# ctest helper: runs a validator on one file when it is installed, and says SKIPPED otherwise
# (the tests set SKIP_REGULAR_EXPRESSION "SKIPPED:"). Fails on a non-zero exit and on any
# line the validator marks as an error or a warning.
#   cmake -DTOOL=desktop-file-validate [-DARGS=a;b] -DFILE=path -P validate.cmake
find_program(validator NAMES ${TOOL})
if(NOT validator)
  message("SKIPPED: ${TOOL} is not installed")
  return()
endif()
execute_process(COMMAND ${validator} ${ARGS} ${FILE}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT status EQUAL 0 OR output MATCHES ": (error|warning): " OR output MATCHES "(^|\n)[EW]: ")
  message(FATAL_ERROR "${TOOL} found problems in ${FILE} (exit ${status})")
endif()
