<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/Container.php';
require __DIR__ . '/vendor/laravel/Queue.php';
require __DIR__ . '/vendor/laravel/Facade.php';
require __DIR__ . '/vendor/laravel/ServiceProvider.php';
require __DIR__ . '/app/Retention/InvoiceLine.php';
require __DIR__ . '/app/Retention/RetentionLedger.php';
require __DIR__ . '/app/Facades/Retention.php';
require __DIR__ . '/app/Providers/RetentionServiceProvider.php';
require __DIR__ . '/app/Jobs/ImportSubcontractorInvoice.php';

use App\Jobs\ImportSubcontractorInvoice;
use App\Providers\RetentionServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Queue\ArrayQueue;
use Illuminate\Queue\Worker;

$app = Container::getInstance();
(new RetentionServiceProvider($app))->register();

$queue = new ArrayQueue();
$worker = new Worker($app, $queue);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$types = ['LAB', 'MAT', 'PLT', 'VAR'];

for ($i = 0; $i < $n; $i++) {
    $queue->push(new ImportSubcontractorInvoice(
        invoiceNo: sprintf('INV-%06d', 500000 + $i),
        abn: sprintf('51 %03d %03d %03d', $i % 13, 824, 753),
        lines: [
            [
                'type' => $types[$i % 4],
                'description' => sprintf('Progress claim %d, stage %d: supply and install cold-formed steel framing to levels %d-%d incl. bracing and head tracks per shop drawing SD-%03d; %d%% complete as at cut-off.', $i, 1 + $i % 6, 2 + $i % 10, 3 + $i % 10, $i % 120, 10 * (1 + $i % 9)),
                'amount' => 18250.50 + $i,
            ],
            [
                'type' => $types[($i + 2) % 4],
                'description' => sprintf('Scissor lift hire EWP-%03d (19ft electric), %d days on site, damage waiver and delivery/collection to gate %d; dockets attached, signed by foreman.', $i % 25, 3 + $i % 10, 1 + $i % 3),
                'amount' => 1480.00 + $i % 100,
            ],
        ],
    ));
    $worker->daemon(1);
}
