<?php

// bin/console messenger:consume billing --limit=$PHPLEAK_N

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Logging/MonologFactory.php';
require __DIR__ . '/src/Message/GenerateBill.php';
require __DIR__ . '/src/Repository/MeterReadingRepository.php';
require __DIR__ . '/src/Billing/Bill.php';
require __DIR__ . '/src/Billing/BillCalculator.php';
require __DIR__ . '/src/MessageHandler/GenerateBillHandler.php';

use App\Message\GenerateBill;
use Symfony\Component\Messenger\Transport\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

$bus = (require __DIR__ . '/config/services.php')();

// The billing run for cycle 07 fans out one message per account.
$transport = new InMemoryTransport(static fn (int $i): GenerateBill => new GenerateBill(
    'BR-2024-07-C07',
    sprintf('WA-%07d', 4100000 + $i),
    'C07',
    '2024-06-01',
    '2024-06-30',
));

$worker = new Worker(['billing' => $transport], $bus);
$worker->run(['limit' => (int) (getenv('PHPLEAK_N') ?: 100)]);
