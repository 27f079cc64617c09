<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Audit/AuditEntry.php';
require __DIR__ . '/app/Audit/AuditTrail.php';
require __DIR__ . '/app/Billing/InvoiceRenderer.php';
require __DIR__ . '/app/Jobs/GenerateInvoicePdf.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use App\Jobs\GenerateInvoicePdf;
use App\Providers\AppServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;

$app = Container::getInstance();
$provider = new AppServiceProvider($app, ['audit' => require __DIR__ . '/config/audit.php']);
$provider->register();
$provider->boot();

$queue = new RedisQueue('redis');
$worker = new Worker($app, $app->make(Dispatcher::class));
$customers = [
    ['id' => 'cus_1042', 'name' => 'Nordwind Logistics GmbH', 'email' => 'ap@nordwind.example'],
    ['id' => 'cus_2211', 'name' => 'Bakker & Zonen B.V.', 'email' => 'finance@bakker.example'],
    ['id' => 'cus_3090', 'name' => 'Atelier Dupont SARL', 'email' => 'compta@dupont.example'],
];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $queue->push(GenerateInvoicePdf::class, [
        'invoice_id' => sprintf('inv_%08d', 5_120_000 + $i),
        'requested_by' => $i % 7 === 0 ? 'user:ops-finance' : 'system:billing-run',
        'email_customer' => $i % 2 === 0,
        'snapshot' => [
            'number' => sprintf('INV-2024-%06d', 18_000 + $i),
            'customer' => $customers[$i % 3],
            'currency' => 'EUR',
            'issued_on' => '2024-03-' . str_pad((string) (1 + $i % 28), 2, '0', STR_PAD_LEFT),
            'lines' => [
                ['description' => 'Platform subscription (March)', 'qty' => 1, 'unit_minor' => 49_900],
                ['description' => 'Additional seats', 'qty' => 1 + $i % 12, 'unit_minor' => 1_500],
            ],
        ],
    ]);
    $worker->runNextJob($queue);
}
