# Fails when lupdate finds a string of the sources that the shipped translation
# lacks or leaves unfinished. Runs lupdate on a copy: the tree is not touched.
# -D LUPDATE=... -D TS=... -D SOURCE_DIR=... -D WORK_DIR=...
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS} NAME)
set(copy ${WORK_DIR}/${ts_name})
file(COPY_FILE ${TS} ${copy})
file(GLOB_RECURSE sources ${SOURCE_DIR}/model/*.cpp ${SOURCE_DIR}/model/*.h ${SOURCE_DIR}/views/*.cpp
     ${SOURCE_DIR}/views/*.h ${SOURCE_DIR}/app/gui/*.cpp ${SOURCE_DIR}/app/gui/*.h)
execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none ${sources} -ts ${copy}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ ${copy} content)
string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" examples "${content}")
    list(SUBLIST examples 0 10 first)
    message(FATAL_ERROR "${ts_name}: ${count} string(s) untranslated; run translations/update.sh and translate them. "
                        "For example:\n${first}")
endif()
message(STATUS "${ts_name}: every string translated")
