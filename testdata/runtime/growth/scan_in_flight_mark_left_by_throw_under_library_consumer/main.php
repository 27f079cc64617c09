<?php
// A document scan consumer runs under a queue library's consumer, which
// logs a failed message and goes on with the next. The handler marks each
// scan in flight, checks it, and takes the mark off after the work; a
// scan below 300 dpi throws between the two, so its mark, and the scan it
// holds, stay.

require __DIR__ . '/vendor/acme/queue/Queue.php';
require __DIR__ . '/src/Scans.php';

use Acme\Queue\CallbackTransport;
use Acme\Queue\Consumer;
use App\InFlight;
use App\ScanHandler;
use App\ScanUploaded;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$transport = new CallbackTransport(static function (int $seq) use ($n): ?ScanUploaded {
    if ($seq >= $n) {
        return null;
    }
    return new ScanUploaded(sprintf('scan_%07d', $seq), $seq % 2 === 0 ? 150 : 600, str_repeat('#', 900));
});
$consumer = new Consumer($transport, [ScanUploaded::class => new ScanHandler(new InFlight())]);
$consumer->run();
