<?php
// Connection settings are memoised in a function static under one of three constant keys.

const CONN_PRIMARY = 'primary';
const CONN_REPLICA = 'replica';
const CONN_ANALYTICS = 'analytics';

function connectionConfig(string $name): array
{
    static $configs = [];
    return $configs[$name] ??= [
        'dsn' => "pgsql:host={$name}.db.internal;dbname=app",
        'options' => ['timeout' => 5, 'application_name' => str_repeat('app-', 20) . $name],
    ];
}

function pickConnection(int $requestId, bool $write): string
{
    $name = $write ? CONN_PRIMARY : ($requestId % 10 === 0 ? CONN_ANALYTICS : CONN_REPLICA);
    return connectionConfig($name)['dsn'];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    pickConnection($i, $i % 4 === 0);
}
