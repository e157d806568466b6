# kg_set_warnings(target): our warning set, on our targets only.
function(kg_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(KG_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
    # GCC 12 at -O3 reports overlaps in std::string's inlined copies that cannot happen
    # ("accessing 9223372036854775810 or more bytes", GCC bug 105329): still shown, not fatal.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-error=restrict)
    endif()
  endif()
  kg_enable_sanitizers(${target})
endfunction()
