# entente_embed(TARGET SYMBOL FILE): compiles FILE's bytes into TARGET as
#   extern const std::string_view SYMBOL;   (namespace entente::embedded)
# Used for the small core tables (CAMEO codes, countries) so that the library
# works without a datasets/ folder next to it.
function(entente_embed target symbol file)
  file(READ ${file} content)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cpp)
  string(FIND "${content}" ")EMBED\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter")
  endif()
  file(CONFIGURE OUTPUT ${out} CONTENT
       "#include <string_view>\nnamespace entente::embedded {\nextern const std::string_view ${symbol};\nconst std::string_view ${symbol} = R\"EMBED(${content})EMBED\";\n}\n"
       @ONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
  target_sources(${target} PRIVATE ${out})
endfunction()
