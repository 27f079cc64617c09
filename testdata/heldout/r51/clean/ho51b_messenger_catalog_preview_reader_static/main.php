<?php
declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Message/GenerateCatalogPreview.php';
require __DIR__ . '/src/Import/CsvBatchReader.php';
require __DIR__ . '/src/Import/PreviewStore.php';
require __DIR__ . '/src/MessageHandler/GenerateCatalogPreviewHandler.php';

use App\Import\PreviewStore;
use App\Message\GenerateCatalogPreview;
use App\MessageHandler\GenerateCatalogPreviewHandler;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\EventListener\StopWorkerOnMessageLimitListener;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

/** Stand-in for the AMQP receiver: hands out one upload message per get(). */
final class SupplierUploadsReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    public int $acked = 0;

    public function get(): iterable
    {
        $i = $this->delivered++;
        $csv = "sku;title;ean;price;stock\n";
        for ($r = 0; $r < 30; $r++) {
            $csv .= sprintf("S%d-%05d;Garden hose %dm;40%011d;%d.%02d;%d\n", $i % 4, $r, 10 + $r, $i * 100 + $r, 9 + $r % 20, $r * 7 % 100, ($i + $r) % 80);
        }
        yield new Envelope(
            new GenerateCatalogPreview(1 + $i % 4, sprintf('upl_%06d', $i), $csv),
            [new TransportMessageIdStamp($i)],
        );
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
    }
}

$config = require __DIR__ . '/config/import.php';

$handler = new GenerateCatalogPreviewHandler(new PreviewStore(), $config['preview']['rows'], $config['preview']['delimiter']);
$bus = new MessageBus([
    new HandleMessageMiddleware(new HandlersLocator([GenerateCatalogPreview::class => [$handler]])),
]);

$events = new EventDispatcher();
$events->addSubscriber(new StopWorkerOnMessageLimitListener((int) (getenv('PHPLEAK_N') ?: 100)));

// bin/console messenger:consume supplier_uploads --limit=N
$worker = new Worker(['supplier_uploads' => new SupplierUploadsReceiver()], $bus, $events);
$worker->run();
