# The man page (help2man) and the bash completion script, generated from the
# built entente's own command definitions by scripts/shell_docs.sh, and
# installed where man and bash-completion look for them.
set(ENTENTE_SHELL_DOCS ${PROJECT_BINARY_DIR}/shell-docs)
add_custom_command(
  OUTPUT ${ENTENTE_SHELL_DOCS}/entente.bash
  BYPRODUCTS ${ENTENTE_SHELL_DOCS}/entente.1
  COMMAND ${PROJECT_SOURCE_DIR}/scripts/shell_docs.sh $<TARGET_FILE:entente_cli> ${ENTENTE_SHELL_DOCS}
  DEPENDS entente_cli ${PROJECT_SOURCE_DIR}/scripts/shell_docs.sh
  COMMENT "Man page and bash completion from entente's command definitions"
  VERBATIM)
add_custom_target(entente_shell_docs ALL DEPENDS ${ENTENTE_SHELL_DOCS}/entente.bash)
install(FILES ${ENTENTE_SHELL_DOCS}/entente.1 DESTINATION share/man/man1 OPTIONAL)
install(FILES ${ENTENTE_SHELL_DOCS}/entente.bash DESTINATION share/bash-completion/completions
        RENAME entente)
