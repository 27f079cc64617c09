<?php

declare(strict_types=1);

// bin/console messenger:consume lis --time-limit=0

require __DIR__ . '/vendor/autoload.php';

use App\Kernel;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Worker;

$kernel = new Kernel(__DIR__);

$bus = new MessageBus([
    new HandleMessageMiddleware($kernel->handlersLocator()),
]);

$worker = new Worker(['lis' => $kernel->get('messenger.transport.lis')], $bus);
$worker->run(['sleep' => 1_000_000]);
