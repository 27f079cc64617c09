<?php

use App\Message\RecordRentPayment;
use Symfony\Component\Messenger\Transport\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

require __DIR__ . '/vendor/autoload.php';

$services = (require __DIR__ . '/config/services.php')();

$leaseIds = ['L-2201', 'L-2202', 'L-3107', 'L-3110', 'L-4015'];
$methods = ['ach', 'card', 'check', 'ach'];

$transport = new InMemoryTransport(static function (int $seq) use ($leaseIds, $methods): RecordRentPayment {
    $month = 1 + intdiv($seq, 5) % 12;
    return new RecordRentPayment(
        $leaseIds[$seq % 5],
        sprintf('TEN-%05d', 300 + $seq % 5),
        180000 + ($seq * 37) % 60000,
        sprintf('2025-%02d', $month),
        $methods[$seq % 4],
        sprintf('py_%s', substr(hash('sha256', "payment-$seq"), 0, 24)),
        sprintf('2025-%02d-%02dT14:%02d:00+00:00', $month, 1 + $seq % 9, $seq % 60),
    );
}, (int) (getenv('PHPLEAK_N') ?: 100));

$worker = new Worker(['async_payments' => $transport], $services['handlers'], $services['dispatcher']);
$worker->run();
