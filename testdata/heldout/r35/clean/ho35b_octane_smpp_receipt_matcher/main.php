<?php

require __DIR__ . '/vendor/octane-lite/Application.php';
require __DIR__ . '/vendor/octane-lite/Facade.php';
require __DIR__ . '/vendor/octane-lite/Request.php';
require __DIR__ . '/vendor/octane-lite/Worker.php';
require __DIR__ . '/vendor/smpp/SmscSimulator.php';
require __DIR__ . '/app/Sms/MessageKey.php';
require __DIR__ . '/app/Sms/PendingSubmission.php';
require __DIR__ . '/app/Sms/PendingSubmissionRegistry.php';
require __DIR__ . '/app/Sms/DeliveryReceipt.php';
require __DIR__ . '/app/Facades/Pending.php';
require __DIR__ . '/app/Http/SendSmsController.php';
require __DIR__ . '/app/Http/DeliveryReportController.php';

use App\Http\DeliveryReportController;
use App\Http\SendSmsController;
use App\Sms\PendingSubmissionRegistry;
use OctaneLite\Application;
use OctaneLite\Facade;
use OctaneLite\Request;
use OctaneLite\Worker;
use Smpp\SmscSimulator;

// Boot once per worker.
$app = new Application(['sms' => require __DIR__ . '/config/sms.php']);
$app->singleton(SmscSimulator::class, fn (Application $a) => new SmscSimulator(
    $a->config('sms.connections.' . $a->config('sms.default') . '.system_id')
));
$app->singleton(PendingSubmissionRegistry::class, fn () => new PendingSubmissionRegistry());
$app->singleton(SendSmsController::class, fn (Application $a) => new SendSmsController($a, $a->make(SmscSimulator::class)));
$app->singleton(DeliveryReportController::class, fn (Application $a) => new DeliveryReportController($a));
Facade::setFacadeApplication($app);

$worker = new Worker($app);
$worker->post('/api/sms', [SendSmsController::class, '__invoke']);
$worker->post('/hooks/smpp/dlr', [DeliveryReportController::class, '__invoke']);

$smsc = $app->make(SmscSimulator::class);
$senders = ['ACME', 'ACMEBANK', '447860012345'];
$stats = ['DELIVRD', 'DELIVRD', 'UNDELIV', 'DELIVRD', 'EXPIRED'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $to = '4477009' . str_pad((string) (($i * 7919) % 100000), 5, '0', STR_PAD_LEFT);
    $text = sprintf('Your verification code is %06d. It expires in 10 minutes. Ref %s. Do not share this code with anyone, including our staff.', ($i * 104729) % 1000000, bin2hex(random_bytes(6)));
    $sent = $worker->handle(new Request('POST', '/api/sms', [
        'from' => $senders[$i % 3],
        'to' => $to,
        'text' => $text,
        'client_ref' => 'cr-' . uniqid('', true),
        'tags' => ['campaign' => 'otp', 'tenant' => 't' . ($i % 4)],
    ]));

    $worker->handle(new Request('POST', '/hooks/smpp/dlr', [
        'connection' => $app->config('sms.default'),
        'short_message' => $smsc->receiptFor($sent['message_id'], $stats[$i % 5], $text),
    ]));
}
