<?php
// bin/console messenger:consume damage_claims — assesses the damage reports
// that branch staff file when a rental car comes back.

require __DIR__ . '/vendor/autoload.php';

use App\Message\AssessDamageReport;
use App\MessageHandler\AssessDamageReportHandler;
use App\Messaging\DamageClaimsReceiver;
use App\Middleware\ClaimBreadcrumbMiddleware;
use App\Repair\RepairEstimator;
use App\Support\AuditLog;
use App\Support\BreadcrumbFactory;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Worker;

$config = require __DIR__ . '/config/messenger.php';

$bus = new MessageBus([
    new ClaimBreadcrumbMiddleware(new BreadcrumbFactory('consumer-7f9c', '2025.03.2'), new AuditLog()),
    new HandleMessageMiddleware(new HandlersLocator([
        AssessDamageReport::class => [new AssessDamageReportHandler(new RepairEstimator($config['labour_rate_pence']))],
    ])),
]);

$worker = new Worker(['damage_claims' => new DamageClaimsReceiver()], $bus);
$worker->run(['sleep' => 1000000]);
