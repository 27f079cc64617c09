<?php

declare(strict_types=1);

require __DIR__ . '/vendor/frankenphp/worker.php';
require __DIR__ . '/src/Concerns/RemembersLastSeen.php';
require __DIR__ . '/src/Runner/Heartbeat.php';
require __DIR__ . '/src/Runner/RunnerRegistry.php';
require __DIR__ . '/src/Http/HeartbeatAction.php';

use Acme\Runners\Http\HeartbeatAction;
use Acme\Runners\Runner\RunnerRegistry;

$_ENV['FRANKENPHP_MAX_REQUESTS'] = (int) (getenv('PHPLEAK_N') ?: 100);

// Worker boot: the runner fleet is registered once from the fleet manifest.
$registry = new RunnerRegistry();
for ($r = 0; $r < 12; ++$r) {
    $id = 'rnr-' . str_pad((string) $r, 3, '0', STR_PAD_LEFT);
    $registry->register($id, 'glrt-' . substr(hash('sha256', $id), 0, 20));
}
$action = new HeartbeatAction($registry);

$status = 0;
$handler = static function () use ($action, &$status): void {
    $status = $action();
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
