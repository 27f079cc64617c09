<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/Container.php';
require __DIR__ . '/vendor/illuminate/Facade.php';
require __DIR__ . '/app/Uploads/ChunkPart.php';
require __DIR__ . '/app/Uploads/UploadSession.php';
require __DIR__ . '/app/Uploads/UploadSessionRegistry.php';
require __DIR__ . '/app/Facades/UploadSessions.php';
require __DIR__ . '/app/Http/ChunkUploadController.php';

use App\Http\ChunkUploadController;
use App\Uploads\UploadSessionRegistry;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

// Octane worker boot: providers registered once
$app = Container::getInstance();
$app->singleton(UploadSessionRegistry::class, static fn () => new UploadSessionRegistry());
$app->singleton(ChunkUploadController::class, static fn () => new ChunkUploadController('/var/spool/uploads'));
Facade::setFacadeApplication($app);

$tenants = ['Acme', 'Globex', 'Initech'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    // one resumable upload per iteration: three chunk requests
    $tenant = $tenants[$i % count($tenants)];
    $uploadId = 'upl_' . bin2hex(random_bytes(8));
    $filename = sprintf('clip-%d-%s.mp4', $i, date('Ymd'));
    $total = 3;
    for ($chunk = 0; $chunk < $total; $chunk++) {
        $request = [
            'tenant' => $tenant,
            'upload_id' => $uploadId,
            'filename' => $filename,
            'index' => $chunk,
            'total' => $total,
            'body' => str_repeat(chr(65 + $chunk), 512) . $uploadId,
        ];
        $response = $app->make(ChunkUploadController::class)($request);
    }
}
