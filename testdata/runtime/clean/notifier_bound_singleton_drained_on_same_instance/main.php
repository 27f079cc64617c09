<?php
// A library service registers the notifier with singleton(): one
// notifier for the process. The hold service is given it when it is
// built and queues a notice on it per request; after each response a
// terminate hook looks the notifier up again, gets the same one, and
// drains it.

require __DIR__ . '/vendor/Container.php';
require __DIR__ . '/src/Notices.php';

use App\HoldNotifier;
use App\HoldService;
use App\SendQueuedNotices;
use Stub\Container;

$c = new Container();
$c->singleton(HoldNotifier::class, fn (Container $c) => new HoldNotifier());
$c->singleton(HoldService::class, fn (Container $c) => new HoldService($c->get(HoldNotifier::class)));
$c->singleton(SendQueuedNotices::class, fn (Container $c) => new SendQueuedNotices($c));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $c->get(HoldService::class)->place(sprintf('card-%06d', $i), 'Title ' . ($i % 40));
    $c->get(SendQueuedNotices::class)->terminate();
}
