<?php

// bin/console messenger:consume moderation --limit=… (supervisor restarts it)

use App\Kernel;
use Symfony\Component\Messenger\Worker;

require __DIR__ . '/vendor/autoload.php';

$container = (new Kernel(__DIR__))->boot();

$worker = new Worker(
    ['moderation' => $container->get('messenger.transport.moderation')],
    $container->get('messenger.bus.default'),
    $container->get('event_dispatcher'),
);

$worker->run();
