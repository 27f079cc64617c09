<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/queue.php';
require __DIR__ . '/app/Jobs/Concerns/DefersUntilCommitted.php';
require __DIR__ . '/app/Services/LedgerClient.php';
require __DIR__ . '/app/Jobs/SyncInvoiceToLedger.php';

use App\Jobs\SyncInvoiceToLedger;
use App\Services\LedgerClient;
use Illuminate\Database\DatabaseManager;
use Illuminate\Queue\Jobs\RedisJob;
use Illuminate\Queue\Worker;

$limit = (int) (getenv('PHPLEAK_N') ?: 100);
$popped = 0;

// the redis connection: each pop returns the next serialized job
$pop = static function (string $queue) use (&$popped, $limit): ?RedisJob {
    if ($popped >= $limit) {
        return null;
    }
    $n = ++$popped;
    $invoice = [
        'id' => $n,
        'number' => sprintf('INV-2024-%06d', $n),
        'customer' => sprintf('CUST-%05d', $n % 9000),
        'total' => round(($n % 311) * 13.7, 2),
        'currency' => 'EUR',
        'memo' => 'Quarterly maintenance, site ' . ($n % 40) . ', PO ' . md5((string) $n),
    ];

    return new RedisJob(json_encode(['displayName' => SyncInvoiceToLedger::class, 'data' => [$invoice]]), $queue);
};

$worker = new Worker($pop, [
    LedgerClient::class => new LedgerClient('https://ledger.internal/api', 'tok_live_5d1c'),
    DatabaseManager::class => new DatabaseManager(),
]);

// php artisan queue:work redis --queue=ledger
$worker->daemon('redis', 'ledger');
