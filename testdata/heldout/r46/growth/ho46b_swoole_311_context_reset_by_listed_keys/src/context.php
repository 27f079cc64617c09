<?php

namespace Civic311;

function context_config(): array
{
    static $config = null;
    return $config ??= require __DIR__ . '/../config/context.php';
}

function context_boot(): void
{
    $GLOBALS['civic311'] = context_config()['defaults'];
}

/** @return array<string, mixed> reference to the shared request context */
function &context(): array
{
    return $GLOBALS['civic311'];
}

function context_reset(): void
{
    $config = context_config();
    foreach ($config['reset_after_request'] as $key) {
        $GLOBALS['civic311'][$key] = $config['defaults'][$key];
    }
}
