<?php

// Octane-style worker: the application is booted once and every request is
// handed to the same kernel instance.

require __DIR__ . '/vendor/illuminate-lite/Container.php';
require __DIR__ . '/vendor/illuminate-lite/Facade.php';
require __DIR__ . '/vendor/lexaudit/AuditBuffer.php';
require __DIR__ . '/app/Facades/Audit.php';
require __DIR__ . '/app/Intake/IntakeRequest.php';
require __DIR__ . '/app/Intake/MatterNumberAllocator.php';
require __DIR__ . '/app/Http/MatterIntakeController.php';
require __DIR__ . '/app/Http/Kernel.php';

use App\Http\Kernel;
use App\Http\MatterIntakeController;
use App\Intake\MatterNumberAllocator;
use Illuminate\Lite\Container;
use Illuminate\Lite\Facade;
use LexAudit\AuditBuffer;
use LexAudit\NullSink;

$app = Container::getInstance();
$app->configure([
    'audit.batch_size' => (int) (getenv('AUDIT_BATCH_SIZE') ?: 0), // 0: ship once per request, on shutdown
]);
$app->singleton('audit', fn (Container $c) => new AuditBuffer(new NullSink(), $c->config('audit.batch_size')));
$app->singleton(MatterNumberAllocator::class, fn () => new MatterNumberAllocator());
$app->singleton(MatterIntakeController::class, fn (Container $c) => new MatterIntakeController($c->make(MatterNumberAllocator::class)));
Facade::setFacadeApplication($app);

$kernel = new Kernel($app);

$types = ['litigation', 'transactional', 'regulatory', 'employment'];
$groups = ['Commercial Litigation', 'Corporate', 'Labor and Employment', 'Financial Regulatory'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $payload = [
        'client_name' => sprintf('  Harrow & Vance Holdings %d LLC ', 7000 + $i),
        'matter_type' => ucfirst($types[$i % 4]),
        'practice_group' => $groups[$i % 4],
        'summary' => sprintf(
            'Prospective client reports a dispute with supplier #%d over delayed shipments under the master services agreement dated %s; requests review of indemnity and limitation of liability clauses before the %s board meeting.',
            31000 + $i,
            date('Y-m-d', 1700000000 - $i * 86400),
            date('F', 1700000000 + $i * 3600),
        ),
        'referred_by' => $i % 3 === 0 ? 'partner-referral' : 'web',
        'received_at' => 1700000000 + $i * 37,
    ];

    $response = $kernel->handle('POST', '/matters/intake', $payload);
    $kernel->terminate();
}
