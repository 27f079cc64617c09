<?php

declare(strict_types=1);

require __DIR__ . '/bootstrap/queue.php';
require __DIR__ . '/app/Repositories/InvoiceRepository.php';
require __DIR__ . '/app/Support/InvoiceCursor.php';
require __DIR__ . '/app/Mail/ReminderMailer.php';
require __DIR__ . '/app/Jobs/SendOverdueReminders.php';

use App\Jobs\SendOverdueReminders;
use App\Mail\LogReminderMailer;
use App\Mail\ReminderMailer;
use App\Repositories\InvoiceRepository;
use Illuminate\Container\Container;
use Illuminate\Queue\Worker;

$app = new Container();
$app->instance(InvoiceRepository::class, new InvoiceRepository());
$app->instance(ReminderMailer::class, new LogReminderMailer());

$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->process('redis', new SendOverdueReminders(tenantId: 100 + $i, today: '2024-02-01'));
}
