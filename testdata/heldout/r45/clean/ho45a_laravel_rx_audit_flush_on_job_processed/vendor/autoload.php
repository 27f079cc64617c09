<?php

declare(strict_types=1);

// composer dump-autoload --optimize (class map, flattened for the container image)
$vendor = __DIR__ . '/laravel/framework/src/Illuminate';
require_once $vendor . '/Container/Container.php';
require_once $vendor . '/Events/Dispatcher.php';
require_once $vendor . '/Support/ServiceProvider.php';
require_once $vendor . '/Foundation/Application.php';
require_once $vendor . '/Foundation/Bus/Dispatchable.php';
require_once $vendor . '/Contracts/Queue/ShouldQueue.php';
require_once $vendor . '/Bus/Queueable.php';
require_once $vendor . '/Queue/InteractsWithQueue.php';
require_once $vendor . '/Queue/WorkerOptions.php';
require_once $vendor . '/Queue/Jobs/Job.php';
require_once $vendor . '/Queue/Events/Events.php';
require_once $vendor . '/Queue/RedisQueue.php';
require_once $vendor . '/Queue/Worker.php';

$app = __DIR__ . '/../app';
require_once $app . '/Audit/AuditEntry.php';
require_once $app . '/Audit/AuditSink.php';
require_once $app . '/Audit/DatabaseAuditSink.php';
require_once $app . '/Audit/PrescriptionAuditLog.php';
require_once $app . '/Pharmacy/NewRxMessage.php';
require_once $app . '/Pharmacy/SurescriptsGateway.php';
require_once $app . '/Jobs/TransmitPrescription.php';
require_once $app . '/Providers/AppServiceProvider.php';
require_once $app . '/Providers/AuditServiceProvider.php';
