<?php

require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Bus/Queueable.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Queue/InteractsWithQueue.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Queue/Jobs/Job.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Queue/Worker.php';
require __DIR__ . '/app/Exceptions/PolicyNotInForce.php';
require __DIR__ . '/app/Jobs/Concerns/WithClaimAuditContext.php';
require __DIR__ . '/app/Logging/ClaimAuditLogger.php';
require __DIR__ . '/app/Services/CoverageVerifier.php';
require __DIR__ . '/app/Services/ClaimLedger.php';
require __DIR__ . '/app/Jobs/ProcessFirstNoticeOfLoss.php';

use App\Jobs\ProcessFirstNoticeOfLoss;
use App\Logging\ClaimAuditLogger;
use App\Services\ClaimLedger;
use App\Services\CoverageVerifier;
use Illuminate\Container\Container;
use Illuminate\Queue\Worker;

$app = new Container();
$app->singleton(CoverageVerifier::class, static function (): CoverageVerifier {
    $policies = [];
    for ($p = 0; $p < 40; $p++) {
        $policies[sprintf('AU-%05d', 20000 + $p)] = [
            'effective' => '2024-01-01',
            'expires' => $p % 5 === 0 ? '2024-03-31' : '2025-01-01',
            'deductible' => [500, 1000, 2500][$p % 3],
        ];
    }

    return new CoverageVerifier($policies);
});
$app->singleton(ClaimLedger::class, static fn () => new ClaimLedger());
$app->singleton(ClaimAuditLogger::class, static fn () => new ClaimAuditLogger());

$next = 0;
$pop = static function (string $queue) use (&$next): ?string {
    $i = $next++;
    $command = new ProcessFirstNoticeOfLoss(
        sprintf('FNOL-%s-%06d', date('Ymd', 1717200000 + intdiv($i, 300) * 86400), $i),
        sprintf('AU-%05d', 20000 + ($i * 7) % 40),
        ['web', 'agent', 'phone', 'mobile'][$i % 4] . "-reporter-{$i}@example.test",
        date('Y-m-d', 1717200000 + ($i % 120) * 86400),
        250 + ($i * 613) % 4000,
        "Rear-ended at a stop light on Route {$i}; other driver admitted fault at the scene. "
            . str_repeat('Bumper cover cracked, trunk lid misaligned, tail lamp assembly broken. ', 20),
        ['web', 'agent', 'phone', 'mobile'][$i % 4],
    );

    return json_encode([
        'uuid' => sprintf('%08x-4f1e-4a6b-9c1d-%012x', $i, $i * 7919),
        'displayName' => ProcessFirstNoticeOfLoss::class,
        'job' => 'Illuminate\\Queue\\CallQueuedHandler@call',
        'data' => ['commandName' => ProcessFirstNoticeOfLoss::class, 'command' => serialize($command)],
    ]);
};

(new Worker($app, $pop))->daemon('redis', 'claims-intake', (int) (getenv('PHPLEAK_N') ?: 100));
