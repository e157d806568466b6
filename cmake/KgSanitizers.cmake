# kg_enable_sanitizers(target): adds -fsanitize= for KG_SANITIZE (e.g. "address;undefined")
# to both compiling and linking.
function(kg_enable_sanitizers target)
  if(KG_SANITIZE)
    list(JOIN KG_SANITIZE "," _kg_san)
    target_compile_options(${target} PRIVATE -fsanitize=${_kg_san} -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${_kg_san})
    # Sanitized programs link as position-dependent executables: a PIE kg carries about a
    # million relative relocations (the sanitizers' metadata points into its data) that the
    # loader applied at every start, 0.1 s of CPU in each of the thousands of processes the
    # test suite starts. The instrumentation and the checks are the same.
    get_target_property(_kg_type ${target} TYPE)
    if(_kg_type STREQUAL "EXECUTABLE")
      target_link_options(${target} PRIVATE -no-pie)
    endif()
  endif()
endfunction()
