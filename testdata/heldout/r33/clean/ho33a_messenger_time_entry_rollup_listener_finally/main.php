<?php

// messenger:consume billing_time_entries -- one long-running consumer.

require __DIR__ . '/vendor/symfony-lite/EventDispatcher.php';
require __DIR__ . '/vendor/symfony-lite/MessageBus.php';
require __DIR__ . '/src/Message/RecordTimeEntry.php';
require __DIR__ . '/src/Billing/TimeEntry.php';
require __DIR__ . '/src/Billing/InvoiceDraftUpdated.php';
require __DIR__ . '/src/Billing/Ledger.php';
require __DIR__ . '/src/Billing/RecordTimeEntryHandler.php';

use App\Billing\Ledger;
use App\Billing\RecordTimeEntryHandler;
use App\Message\RecordTimeEntry;
use Symfony\Lite\EventDispatcher\EventDispatcher;
use Symfony\Lite\Messenger\InMemoryTransportWorker;
use Symfony\Lite\Messenger\MessageBus;

$dispatcher = new EventDispatcher();
$handler = new RecordTimeEntryHandler(
    $dispatcher,
    new Ledger(['LIT-2023-000981', 'LIT-2024-000305', 'LIT-2024-000311', 'LIT-2024-000322', 'LIT-2024-000334', 'CORP-2024-000120']),
    6,
    ['jmarsh' => 650.0, 'pkeane' => 425.0, 'tosei' => 310.0],
);
$bus = new MessageBus([RecordTimeEntry::class => $handler]);

function timeEntryMessages(int $n): \Generator
{
    $timekeepers = ['jmarsh', 'pkeane', 'tosei'];
    $codes = ['L110', 'NC', 'L120', 'NC', 'L210', 'NC', 'A103', 'L240'];
    for ($i = 0; $i < $n; $i++) {
        yield new RecordTimeEntry(
            $timekeepers[$i % 3],
            sprintf('LIT-2024-%06d', 300 + $i % 40),
            $codes[$i % 8],
            11 + ($i * 7) % 95,
            sprintf(
                'review and revise draft responses to defendant\'s second set of interrogatories (nos. %d-%d); correspondence with client re: document collection from custodian %d; update litigation hold tracker; attention to privilege designations for Bates range HLD%07d-HLD%07d',
                $i % 20,
                $i % 20 + 6,
                $i,
                120000 + $i * 40,
                120039 + $i * 40,
            ),
            date('Y-m-d', 1717000000 + $i * 1800),
        );
    }
}

$worker = new InMemoryTransportWorker($bus);
$worker->run(timeEntryMessages((int) (getenv('PHPLEAK_N') ?: 100)));
