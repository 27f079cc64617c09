<?php
// A config loader keeps a reference to the whole config inside it for "%root%" lookups.

function loadConfig(int $tenant): array
{
    $config = [
        'tenant' => $tenant,
        'database' => ['dsn' => "mysql:host=db;dbname=tenant_{$tenant}", 'options' => str_repeat('opt;', 60)],
        'cache' => ['prefix' => "t{$tenant}:"],
    ];
    $config['root'] = &$config; // leak

    return [
        'dsn' => $config['root']['database']['dsn'],
        'prefix' => $config['root']['cache']['prefix'],
    ];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $settings = loadConfig($i);
}
