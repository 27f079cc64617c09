<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/vendor/doctrine/dbal.php';
require __DIR__ . '/src/Message/GenerateInvoicePdf.php';
require __DIR__ . '/src/Handler/GenerateInvoicePdfHandler.php';

use App\Handler\GenerateInvoicePdfHandler;
use App\Handler\PdfRenderer;
use App\Message\GenerateInvoicePdf;
use Doctrine\DBAL\Connection;
use Doctrine\DBAL\Logging\DebugStack;
use Symfony\Component\DependencyInjection\ServiceLocator;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\EventDispatcher;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\TransportInterface;
use Symfony\Component\Messenger\Worker;
use Symfony\Component\Messenger\WorkerMessageHandledEvent;

/** Doctrine transport stand-in: one message per poll. */
final class InvoiceQueue implements TransportInterface
{
    private int $next = 1;

    public function get(): iterable
    {
        $id = 240000 + $this->next++;
        yield new Envelope(new GenerateInvoicePdf($id, "billing+{$id}@customer.example", ['en', 'de', 'fr'][$id % 3]));
    }

    public function ack(Envelope $envelope): void
    {
    }
}

// compiled container (APP_ENV=prod, APP_DEBUG=1 on the worker host)
$debug = true;
$services = new ServiceLocator([
    'doctrine.dbal.default_connection' => static fn () => new Connection(
        ['url' => 'pgsql://billing@db/billing'],
        $debug ? new DebugStack() : null,
    ),
    'app.pdf_renderer' => static fn () => new PdfRenderer(),
]);

$bus = new MessageBus([
    GenerateInvoicePdf::class => new GenerateInvoicePdfHandler($services),
]);
$dispatcher = new EventDispatcher();

// messenger.listener.reset_services: reset stateful services between messages
$resetter = new ServicesResetter($services);
$dispatcher->addListener(WorkerMessageHandledEvent::class, static function () use ($resetter): void {
    $resetter->reset();
});

$worker = new Worker(['async_invoices' => new InvoiceQueue()], $bus, $dispatcher);
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
