<?php
// A long-running queue consumer command imports products and schedules deferred follow-up tasks on an in-process priority queue scheduler.

declare(strict_types=1);

require __DIR__ . '/src/Clock/Clock.php';
require __DIR__ . '/src/Messenger/Transport.php';
require __DIR__ . '/src/Scheduler/DeferredTaskScheduler.php';
require __DIR__ . '/src/Catalog/ProductImportedHandler.php';
require __DIR__ . '/src/Command/ConsumeMessagesCommand.php';

use Acme\Catalog\ProductImportedHandler;
use Acme\Clock\SimulatedClock;
use Acme\Command\ConsumeMessagesCommand;
use Acme\Messenger\ReplayReceiver;
use Acme\Scheduler\DeferredTask;
use Acme\Scheduler\DeferredTaskScheduler;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$clock = new SimulatedClock();
$scheduler = new DeferredTaskScheduler();
$indexed = 0;
$scheduler->registerRunner('search.reindex', static function (DeferredTask $task) use (&$indexed): void {
    $indexed += strlen((string) ($task->context['description'] ?? '')) > 0 ? 1 : 0;
});
$scheduler->registerRunner('http_cache.warmup', static function (DeferredTask $task): void {
});

$command = new ConsumeMessagesCommand(new ReplayReceiver($clock, $n), $scheduler, $clock);
$command->addHandler('catalog.product_imported', new ProductImportedHandler($scheduler, $clock));
$command->execute(['time-limit' => 86400]);
