# The model's sub-libraries and the one-way rule between them.
#
# apim_layer(NAME MAY_USE <layers...>) makes the static library apim_<NAME> from
# the sources in <NAME>/ and links the layers it may use. A layer may only use
# layers declared before it, so the graph cannot have a cycle. Headers are
# visible only through a link (each layer publishes its own folder), so an
# include across a forbidden edge does not compile either.
#
# apim_check_layers() runs after every layer is declared and stops the configure
# step when any apim_* library links a layer outside its MAY_USE list, whoever
# added that link and wherever.

function(apim_layer name)
    cmake_parse_arguments(PARSE_ARGV 1 L "" "" "MAY_USE")
    get_property(declared GLOBAL PROPERTY APIM_LAYERS)
    foreach(dep IN LISTS L_MAY_USE)
        if(NOT dep IN_LIST declared)
            message(FATAL_ERROR "model layer '${name}' may not use '${dep}': "
                                "a layer may only use layers declared before it")
        endif()
    endforeach()
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cpp
                                        ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.h)
    add_library(apim_${name} STATIC ${sources})
    target_include_directories(apim_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/${name})
    foreach(dep IN LISTS L_MAY_USE)
        target_link_libraries(apim_${name} PUBLIC apim_${dep})
    endforeach()
    set_property(GLOBAL APPEND PROPERTY APIM_LAYERS ${name})
    set_property(GLOBAL PROPERTY APIM_LAYER_${name}_MAY_USE ${L_MAY_USE})
endfunction()

function(apim_check_layers)
    get_property(layers GLOBAL PROPERTY APIM_LAYERS)
    foreach(layer IN LISTS layers)
        get_property(allowed GLOBAL PROPERTY APIM_LAYER_${layer}_MAY_USE)
        get_target_property(direct apim_${layer} LINK_LIBRARIES)
        get_target_property(iface apim_${layer} INTERFACE_LINK_LIBRARIES)
        foreach(lib IN LISTS direct iface)
            # $<LINK_ONLY:apim_x> is how CMake records a PRIVATE link of a static library.
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            if(lib MATCHES "^apim_(.+)$")
                set(used ${CMAKE_MATCH_1})
                if(used IN_LIST layers AND NOT used IN_LIST allowed)
                    message(FATAL_ERROR "forbidden link: model layer '${layer}' links '${used}', "
                                        "but may use only: ${allowed}")
                endif()
            endif()
        endforeach()
    endforeach()
endfunction()
