<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/foundation.php';
require __DIR__ . '/vendor/illuminate/mail.php';
require __DIR__ . '/vendor/illuminate/queue.php';
require __DIR__ . '/src/Providers/MailServiceProvider.php';
require __DIR__ . '/src/Jobs/SendInvoiceEmail.php';

use App\Jobs\InvoiceQueue;
use App\Jobs\SendInvoiceEmailHandler;
use App\Providers\MailServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

// php artisan queue:work redis --queue=billing
$app = new Application(__DIR__);
$app->register(new MailServiceProvider($app));

$handlers = [];
$worker = new Worker(
    new InvoiceQueue((int) (getenv('PHPLEAK_N') ?: 100)),
    $app->make('events'),
    static function (object $command) use ($app, &$handlers): object {
        return $handlers[$command::class] ??= new SendInvoiceEmailHandler($app->make('mailer'));
    },
);

$worker->daemon('billing', new WorkerOptions(maxJobs: 0, sleep: 3, stopWhenEmpty: true));
