<?php

use App\Fines\AccrueOverdueFineHandler;
use App\Fines\FineLedgerFlusher;
use App\Fines\FinePolicy;
use App\Fines\FineRowBuffer;
use App\Message\AccrueOverdueFine;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

return [
    'services' => [
        FinePolicy::class => fn (array $c) => new FinePolicy(),
        FineRowBuffer::class => fn (array $c) => new FineRowBuffer(),
        AccrueOverdueFineHandler::class => fn (array $c) => new AccrueOverdueFineHandler($c[FinePolicy::class], $c[FineRowBuffer::class]),
        FineLedgerFlusher::class => fn (array $c) => new FineLedgerFlusher($c[FineRowBuffer::class]),
    ],
    'messenger.message_handler' => [
        AccrueOverdueFine::class => [AccrueOverdueFineHandler::class],
    ],
    // kernel.event_listener tags: event => service
    'kernel.event_listener' => [
        ['event' => WorkerMessageHandledEvent::class, 'service' => FineLedgerFlusher::class],
    ],
];
