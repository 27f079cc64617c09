<?php

declare(strict_types=1);

require __DIR__ . '/vendor/lite/orm/EntityManager.php';
require __DIR__ . '/vendor/lite/orm/ManagerRegistry.php';
require __DIR__ . '/vendor/lite/messenger/Messenger.php';
require __DIR__ . '/src/Entity/Product.php';
require __DIR__ . '/src/Message/ImportProductRow.php';
require __DIR__ . '/src/MessageHandler/ImportProductRowHandler.php';
require __DIR__ . '/src/EventSubscriber/ClearEntityManagerSubscriber.php';

use App\EventSubscriber\ClearEntityManagerSubscriber;
use App\Message\ImportProductRow;
use App\MessageHandler\ImportProductRowHandler;
use Lite\Messenger\Envelope;
use Lite\Messenger\EventDispatcher;
use Lite\Messenger\ReceiverInterface;
use Lite\Messenger\Worker;
use Lite\Orm\ManagerRegistry;

final class CsvFeedReceiver implements ReceiverInterface
{
    public function __construct(private readonly string $feed, private readonly int $rows)
    {
    }

    public function get(): iterable
    {
        for ($line = 1; $line <= $this->rows; $line++) {
            yield new Envelope(new ImportProductRow($this->feed, $line, [
                'sku' => sprintf(' sku-%06d ', $line),
                'name' => "Ergonomic office chair, model {$line}",
                'description' => "<p>Breathable mesh back, adjustable lumbar support and 4D armrests. Batch {$line} of the spring catalogue, shipped from the central warehouse.</p>",
                'price' => (string) (199 + $line % 50) . '.90',
                'currency' => 'EUR',
                'attributes' => "color:graphite|material:mesh|warranty:5y|line:{$line}",
            ]));
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$registry = new ManagerRegistry();
$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new ClearEntityManagerSubscriber($registry));

$worker = new Worker(
    new CsvFeedReceiver('supplier-acme.csv', $n),
    [ImportProductRow::class => new ImportProductRowHandler($registry)],
    $dispatcher,
);
$worker->run();
