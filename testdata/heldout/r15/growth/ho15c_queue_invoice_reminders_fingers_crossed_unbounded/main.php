<?php
// Modelled on symfony/recipes#730 ("[Monolog] Add buffer_size on fingers_crossed handler", after symfony/symfony#35426): an unbounded fingers_crossed buffer in a worker.

declare(strict_types=1);

require __DIR__ . '/vendor/monolog/monolog.php';
require __DIR__ . '/src/Logging/LoggerFactory.php';
require __DIR__ . '/src/Support/Log.php';
require __DIR__ . '/src/Jobs/SendInvoiceReminder.php';

use App\Jobs\ReminderMailer;
use App\Jobs\SendInvoiceReminder;
use App\Logging\LoggerFactory;
use App\Support\Log;

Log::swap((new LoggerFactory(require __DIR__ . '/config/logging.php'))->channel());
$mailer = new ReminderMailer();

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// queue:work stand-in: one job at a time, the process never restarts.
for ($i = 0; $i < $n; $i++) {
    $job = new SendInvoiceReminder(
        sprintf('INV-2024-%06d', $i),
        "billing+{$i}@customer.test",
        12_500 + $i * 3,
        new \DateTimeImmutable('2024-04-01'),
    );

    try {
        $job->handle($mailer);
    } catch (\Throwable $e) {
        Log::error('Job failed', ['job' => $job::class, 'exception' => $e->getMessage()]);
    }
}
