<?php
// bin/console messenger:consume search_index: each product change is added
// to a bulk buffer, flushed on kernel.terminate and console.terminate.
// Neither comes between two messages of a consumer: no kernel runs here,
// and the command terminates once, when the worker stops.

require __DIR__ . '/vendor/symfony.php';
require __DIR__ . '/src/Indexing.php';

use App\Indexing\FlushSearchIndexSubscriber;
use App\Indexing\ReindexProduct;
use App\Indexing\ReindexProductHandler;
use App\Indexing\SearchIndexBuffer;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Worker;

$buffer = new SearchIndexBuffer();
$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new FlushSearchIndexSubscriber($buffer));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$i = 0;
$receiver = static function () use (&$i, $n): ?ReindexProduct {
    if ($i >= $n) {
        return null;
    }
    $i++;
    return new ReindexProduct(sprintf('SKU-%06d', $i), "Trail running shoe, model {$i}", str_repeat("Breathable mesh upper, rock plate, 6 mm drop; size run {$i}. ", 8));
};

$worker = new Worker($receiver, [ReindexProduct::class => new ReindexProductHandler($buffer)], $dispatcher);
$worker->run();
