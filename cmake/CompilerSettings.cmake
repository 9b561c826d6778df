# Warnings and sanitizers for Comptoir's own targets, through one interface library.
add_library(comptoir_compiler_settings INTERFACE)

target_compile_options(comptoir_compiler_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(COMPTOIR_WERROR)
    target_compile_options(comptoir_compiler_settings INTERFACE -Werror)
endif()

target_compile_definitions(comptoir_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(COMPTOIR_SANITIZE)
    target_compile_options(comptoir_compiler_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(comptoir_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
