<?php

declare(strict_types=1);

require __DIR__ . '/app/Container/Container.php';
require __DIR__ . '/app/Logging/Loggers.php';
require __DIR__ . '/app/Http/Kernel.php';

use App\Container\Container;
use App\Http\Kernel;
use App\Http\Request;
use App\Logging\BufferLogger;
use App\Logging\LoggerInterface;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Octane boots the application once per worker.
$app = Container::getInstance();
$app->singleton(BufferLogger::class, static fn (): BufferLogger => new BufferLogger(capacity: 50));
$app->scoped(LoggerInterface::class, static fn (Container $c): LoggerInterface => $c->make(BufferLogger::class));

$kernel = new Kernel($app);
$tenants = ['acme', 'globex', 'initech', 'umbrella'];

for ($i = 0; $i < $n; $i++) {
    $request = new Request(
        path: "/api/projects/{$i}/timesheets",
        headers: ['X-Tenant' => $tenants[$i % 4], 'X-Request-Id' => sprintf('req-%08x', $i)],
        body: json_encode(['entries' => array_fill(0, 6, ['hours' => 7.5, 'task' => "T-{$i}"])]),
    );
    $kernel->handle($request);
    $app->forgetScopedInstances(); // Octane's RequestTerminated listener
}
