<?php

declare(strict_types=1);

require __DIR__ . '/vendor/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/messenger/Envelope.php';
require __DIR__ . '/vendor/messenger/Worker.php';
require __DIR__ . '/src/ImportCustomers.php';
require __DIR__ . '/src/Events.php';
require __DIR__ . '/src/ImportSession.php';
require __DIR__ . '/src/ImportCustomersHandler.php';

use App\Message\ImportCustomers;
use App\MessageHandler\ImportCustomersHandler;
use Vendor\Messenger\Envelope;
use Vendor\Messenger\Worker;

$worker = new Worker([ImportCustomers::class => new ImportCustomersHandler()]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $rows = [];
    for ($r = 0; $r < 6; $r++) {
        // every other batch comes from a broken export with mostly bad emails
        $valid = $i % 2 === 0 || $r === 0;
        $rows[] = [
            'name' => "Customer $i-$r",
            'email' => $valid ? "c$i.$r@example.test" : "c$i.$r at example",
            'company' => 'Company ' . ($i * 7 + $r),
        ];
    }
    $worker->handle(new Envelope(new ImportCustomers(sprintf('batch-%06d', $i), $rows)));
}
