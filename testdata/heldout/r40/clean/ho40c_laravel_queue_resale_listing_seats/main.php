<?php

require __DIR__ . '/vendor/illuminate/queue.php';
require __DIR__ . '/app/Models/Ticket.php';
require __DIR__ . '/app/Models/TicketBundle.php';
require __DIR__ . '/app/Models/ResaleListing.php';
require __DIR__ . '/app/Services/ResaleRules.php';
require __DIR__ . '/app/Jobs/SettleResaleListing.php';

use App\Jobs\SettleResaleListing;
use App\Services\PayoutLedger;
use App\Services\ResaleRules;
use Illuminate\Container\Container;
use Illuminate\Queue\RedisQueueStub;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

// php artisan queue:work redis --queue=resale --max-jobs=N
$container = new Container();
$container->instance(ResaleRules::class, new ResaleRules());
$container->instance(PayoutLedger::class, new PayoutLedger());

$queue = new RedisQueueStub(static function (int $i, string $queue): SettleResaleListing {
    $tickets = [];
    foreach ([1, 2] as $k) {
        $tickets[] = [
            'barcode' => strtoupper(bin2hex(random_bytes(12))),
            'section' => ['Mezzanine', 'Stalls', 'Dress Circle'][$i % 3],
            'row' => chr(65 + $i % 18),
            'seat' => $i % 30 + $k,
            'face_cents' => 8900,
            'holder' => sprintf('fan%d.%s@mail.example', $i, bin2hex(random_bytes(4))),
        ];
    }

    return new SettleResaleListing([
        'listing_id' => 'rl_' . bin2hex(random_bytes(10)),
        'seller_id' => 40000 + $i,
        'event_id' => 918 + $i % 2,
        'asking_cents' => 2 * (9000 + ($i % 9) * 100),
        'listed_at' => gmdate('Y-m-d\TH:i:s\Z', 1767225600 + $i * 41),
        'tickets' => $tickets,
    ]);
});

$worker = new Worker($queue, $container);
$worker->daemon('resale', new WorkerOptions(maxJobs: (int) (getenv('PHPLEAK_N') ?: 100), sleep: 0));
