<?php
// Messenger worker (messenger:consume async --limit=PHPLEAK_N) sharing one container; a MessageHandlerInterface handler imports product rows from the supplier feed in batches of 50.
use App\Message\ImportProductRow;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\Messenger\{Envelope, MessageBus, Worker};
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/messenger.php';
foreach (['Message/ImportProductRow', 'Catalog/ProductRepository', 'MessageHandler/ImportProductRowHandler'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$container = new Container();
$bus = MessageBus::fromHandlers($container, array_filter(get_declared_classes(), fn ($c) => str_starts_with($c, 'App\\MessageHandler\\')));

// The "async" transport: hands the worker the next queued message each time it polls.
$transport = new class implements ReceiverInterface {
    private int $sequence = 0;

    public function get(): iterable
    {
        $i = $this->sequence++;
        yield new Envelope(new ImportProductRow('SKU-' . str_pad((string) $i, 8, '0', STR_PAD_LEFT), "Trail runner {$i}", str_repeat("Breathable mesh upper, rock plate, 6mm drop. ", 10), 8900 + $i));
    }

    public function ack(Envelope $envelope): void {}
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
(new Worker(['async' => $transport], $bus))->run(['limit' => $n]);
