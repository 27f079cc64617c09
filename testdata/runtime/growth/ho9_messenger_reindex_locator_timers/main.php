<?php
// A Symfony Messenger consumer reindexing products whose handler times each message with a Timers service fetched from a service locator.

require __DIR__ . '/vendor/symfony.php';
require __DIR__ . '/src/Profiling/Timers.php';
require __DIR__ . '/src/Message/ReindexProduct.php';
require __DIR__ . '/src/MessageHandler/ReindexProductHandler.php';

use App\Message\ReindexProduct;
use App\MessageHandler\ReindexProductHandler;
use App\Profiling\Timers;
use Symfony\Component\DependencyInjection\ServiceLocator;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$locator = new ServiceLocator(['timers' => static fn (): Timers => new Timers()]);
$handler = new ReindexProductHandler($locator);

$receiver = (static function (int $count): \Generator {
    for ($id = 1; $id <= $count; $id++) {
        yield new Envelope(new ReindexProduct($id, "Ergonomic chair model {$id}", str_repeat("Adjustable lumbar support and armrests for model {$id}. ", 8)));
    }
})($n);

(new Worker($receiver, [ReindexProduct::class => $handler]))->run();
