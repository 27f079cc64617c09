<?php
// A refund consumer hands its handler to a queue library's consumer and
// runs it; the library polls a producer callback for one message at a
// time until it answers null. The handler remembers every refund it
// processed, by refund id, so its table grows by one entry per message.

require __DIR__ . '/vendor/acme/queue/Queue.php';
require __DIR__ . '/src/Refunds.php';

use Acme\Queue\CallbackTransport;
use Acme\Queue\Consumer;
use App\RefundHandler;
use App\RefundRequested;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$transport = new CallbackTransport(static function (int $seq) use ($n): ?RefundRequested {
    if ($seq >= $n) {
        return null;
    }
    return new RefundRequested(sprintf('rf_%08d', 5000 + $seq), 100 + $seq % 900, str_repeat('damaged on arrival ', 20));
});
$consumer = new Consumer($transport, [RefundRequested::class => new RefundHandler()]);
$consumer->run();
