<?php
// Symfony Messenger worker (messenger:consume): a handler declared with #[AsMessageHandler] appends every handled
// message to its own property; the handler is a shared service that lives as long as the worker.

use App\Kernel;
use App\Message\SendInvoiceEmail;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Transport\InMemory\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Message/SendInvoiceEmail.php';
require_once __DIR__.'/src/MessageHandler/SendInvoiceEmailHandler.php';

$kernel = new Kernel('prod', false);
$kernel->boot();
$container = $kernel->getContainer();

$transport = new InMemoryTransport();
$worker = new Worker(['async' => $transport], $container->get(MessageBusInterface::class), $container->get('event_dispatcher'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // the broker delivers the next message; the worker consumes it
    $transport->send(new Envelope(new SendInvoiceEmail(70000 + $i, "accounting{$i}@client.example", 0 === $i % 3 ? 'fr' : 'en')));
    $worker->run();
}
