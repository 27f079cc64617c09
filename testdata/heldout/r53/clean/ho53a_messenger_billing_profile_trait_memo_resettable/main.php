<?php
// bin/console messenger:consume async --limit=N, reduced to what runs.

require __DIR__ . '/vendor/symfony/contracts.php';
require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Billing/BillingProfile.php';
require __DIR__ . '/src/Billing/BillingProfileRepository.php';
require __DIR__ . '/src/Billing/MemoizesLookups.php';
require __DIR__ . '/src/Message/GenerateInvoice.php';
require __DIR__ . '/src/MessageHandler/GenerateInvoiceHandler.php';
require __DIR__ . '/src/InvoiceQueueReceiver.php';

use App\InvoiceQueueReceiver;
use App\Message\GenerateInvoice;
use App\MessageHandler\GenerateInvoiceHandler;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\EventListener\ResetServicesListener;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

$container = new Container();
(require __DIR__ . '/config/services.php')($container);

$dispatcher = new EventDispatcher();
$resetListener = new ResetServicesListener(new ServicesResetter($container->taggedKernelReset()));
$dispatcher->addListener(WorkerMessageHandledEvent::class, [$resetListener, 'resetServices']);

$bus = new MessageBus(new HandlersLocator([
    GenerateInvoice::class => [$container->get(GenerateInvoiceHandler::class)],
]));

$worker = new Worker(
    ['async' => new InvoiceQueueReceiver((int) (getenv('PHPLEAK_N') ?: 100))],
    $bus,
    $dispatcher,
);
$worker->run();
