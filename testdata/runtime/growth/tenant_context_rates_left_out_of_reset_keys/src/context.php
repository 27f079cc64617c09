<?php

namespace Billing;

function context_config(): array
{
    static $config = null;
    return $config ??= require __DIR__ . '/../config/context.php';
}

function context_boot(): void
{
    $GLOBALS['tenant_ctx'] = context_config()['defaults'];
}

function context_reset(): void
{
    $config = context_config();
    foreach ($config['reset_after_job'] as $key) {
        $GLOBALS['tenant_ctx'][$key] = $config['defaults'][$key];
    }
}

/** The exchange rate of a currency pair on a day, looked up once per job. */
function rate(string $pair, string $day): float
{
    return $GLOBALS['tenant_ctx']['rates']["{$pair}@{$day}"] ??= rate_lookup($pair, $day); // leak
}

function rate_lookup(string $pair, string $day): float
{
    return 1 + (crc32($pair . $day) % 1000) / 10000;
}
