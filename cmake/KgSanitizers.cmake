# kg_enable_sanitizers(target): adds -fsanitize= for KG_SANITIZE (e.g. "address;undefined")
# to both compiling and linking.
function(kg_enable_sanitizers target)
  if(KG_SANITIZE)
    list(JOIN KG_SANITIZE "," _kg_san)
    target_compile_options(${target} PRIVATE -fsanitize=${_kg_san} -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${_kg_san})
  endif()
endfunction()
