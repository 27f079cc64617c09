<?php
// Symfony Messenger worker: a handler registered through the older MessageHandlerInterface saves each imported product
// through a shared repository whose identity map keeps every product for the life of the worker.

use App\Kernel;
use App\Message\ImportProduct;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Transport\InMemory\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Message/ImportProduct.php';
require_once __DIR__.'/src/Catalog/Product.php';
require_once __DIR__.'/src/Catalog/ProductRepository.php';
require_once __DIR__.'/src/MessageHandler/ImportProductHandler.php';

$kernel = new Kernel('prod', false);
$kernel->boot();
$container = $kernel->getContainer();

$transport = new InMemoryTransport();
$worker = new Worker(['async' => $transport], $container->get(MessageBusInterface::class), $container->get('event_dispatcher'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = new ImportProduct(sprintf('ACME-%06d', $i), "Desk lamp model {$i}", "Adjustable LED desk lamp, model {$i}. ".str_repeat('Warm and cold light modes. ', 32), 2990 + $i);
    $transport->send(new Envelope($message));
    $worker->run();
}
