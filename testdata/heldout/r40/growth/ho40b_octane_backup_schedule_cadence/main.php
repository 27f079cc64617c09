<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate-lite/Container.php';
require __DIR__ . '/vendor/illuminate-lite/Repository.php';
require __DIR__ . '/vendor/illuminate-lite/helpers.php';
require __DIR__ . '/vendor/octane-lite/Worker.php';
require __DIR__ . '/app/Backups/BackupFrequency.php';
require __DIR__ . '/app/Backups/BackupPolicy.php';
require __DIR__ . '/app/Backups/BackupCadence.php';
require __DIR__ . '/app/Backups/BuildsCadenceKeys.php';
require __DIR__ . '/app/Backups/CadenceResolver.php';
require __DIR__ . '/app/Http/BackupScheduleController.php';

use App\Backups\CadenceResolver;
use App\Http\BackupScheduleController;
use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Laravel\Octane\Worker;

$app = Container::getInstance();
$app->instance('config', new Repository([
    'backups' => [
        'timezones' => ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Singapore'],
        'blackout' => ['weekday' => 'Sunday', 'from' => '02:00', 'until' => '04:00'],
    ],
]));
$app->singleton(CadenceResolver::class, static fn () => new CadenceResolver(config('backups.blackout')));
$app->singleton(BackupScheduleController::class, static fn () => new BackupScheduleController());

$worker = new Worker(static function (array $request): array {
    [, , $serverId] = explode('/', trim($request['path'], '/'));

    return app(BackupScheduleController::class)->update(
        $serverId,
        $request['json'],
        new DateTimeImmutable('@' . $request['time']),
    );
});

$requests = static function (int $n): Generator {
    $frequencies = ['hourly', 'daily', 'weekly', 'daily'];
    $zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Mars/Olympus'];
    for ($i = 0; $i < $n; $i++) {
        yield [
            'method' => 'PUT',
            'path' => sprintf('/api/servers/srv-%05d/backup-schedule', 10000 + $i),
            'time' => 1714521600 + $i * 45,
            'json' => [
                'frequency' => $frequencies[$i % 4],
                'timezone' => $zones[$i % 4],
                'retention' => (string) (3 + $i % 10),
                'target' => 's3://panel-backups/tenant-' . ($i % 50),
            ],
        ];
    }
};

$worker->run($requests((int) (getenv('PHPLEAK_N') ?: 100)));
