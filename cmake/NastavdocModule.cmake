# Warnings and sanitizers for every target of ours.
add_library(nastavdoc_options INTERFACE)
target_compile_options(nastavdoc_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    $<$<BOOL:${NASTAVDOC_WERROR}>:-Werror>)
target_include_directories(nastavdoc_options INTERFACE ${PROJECT_SOURCE_DIR})
if(NASTAVDOC_SANITIZE)
    target_compile_options(nastavdoc_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(nastavdoc_options INTERFACE -fsanitize=address,undefined)
endif()

# nastavdoc_module(<name> DIR <folder> [DEPS <targets...>] [PRIVATE_DEPS <targets...>])
# One static library nastavdoc_<name> from every .cpp in engine/<folder> and its subfolders.
# The DEPS are the arrows of the architecture: a forbidden include fails the link.
function(nastavdoc_module name)
    cmake_parse_arguments(ARG "" "DIR" "DEPS;PRIVATE_DEPS" ${ARGN})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${ARG_DIR}/*.cpp)
    list(FILTER sources EXCLUDE REGEX "/main\\.cpp$")
    if(NOT sources)
        message(FATAL_ERROR "engine/${ARG_DIR} of module ${name} has no sources")
    endif()
    add_library(nastavdoc_${name} STATIC ${sources})
    target_link_libraries(nastavdoc_${name} PUBLIC nastavdoc_options ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
endfunction()

# nastavdoc_unit_tests(<module>): one GoogleTest binary from tests/unit/<module>/**/*_test.cpp.
function(nastavdoc_unit_tests module)
    cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
    string(REPLACE "/" "_" flat ${module})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/unit/${module}/*_test.cpp)
    if(NOT sources)
        return()
    endif()
    add_executable(${flat}_tests ${sources})
    target_link_libraries(${flat}_tests PRIVATE nastavdoc_${flat} nastavdoc_test_support ${ARG_DEPS}
                          GTest::gtest GTest::gmock GTest::gtest_main)
    gtest_discover_tests(${flat}_tests
        PROPERTIES LABELS unit ENVIRONMENT "TZ=Pacific/Chatham;LC_ALL=C.UTF-8"
        DISCOVERY_TIMEOUT 60)
    # A module's extra CTest tests (readers that judge what its unit tests wrote).
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/unit/${module}/CMakeLists.txt)
        add_subdirectory(${CMAKE_CURRENT_SOURCE_DIR}/unit/${module} ${CMAKE_CURRENT_BINARY_DIR}/unit/${module})
    endif()
endfunction()
