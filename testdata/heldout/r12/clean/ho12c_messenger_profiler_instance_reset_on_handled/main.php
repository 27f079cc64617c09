<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Messenger/ProfileHandlingMiddleware.php';
require __DIR__ . '/src/Messenger/ProfilerSubscriber.php';
require __DIR__ . '/src/Billing/GenerateInvoicePdf.php';

use App\Billing\GenerateInvoicePdf;
use App\Billing\GenerateInvoicePdfHandler;
use App\Messenger\ProfileHandlingMiddleware;
use App\Messenger\ProfilerSubscriber;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\EventDispatcher;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;
use Symfony\Component\Messenger\WorkerMessageHandledEvent;

function transport(int $count): \Generator
{
    for ($i = 0; $i < $count; $i++) {
        $id = sprintf('%08x-%04x', 0x5e000000 + $i, $i % 0xffff);
        yield new Envelope(
            new GenerateInvoicePdf(40000 + $i, "billing+{$i}@customer.test"),
            ['transport_message_id' => $id],
        );
    }
}

$events = new EventDispatcher();
$subscriber = new ProfilerSubscriber();
$events->addListener(WorkerMessageHandledEvent::class, [$subscriber, 'onMessageHandled']);

$handler = new GenerateInvoicePdfHandler();
$bus = new MessageBus([new ProfileHandlingMiddleware()], \Closure::fromCallable($handler));

$worker = new Worker(transport((int) (getenv('PHPLEAK_N') ?: 100)), $bus, $events);
$worker->run();
