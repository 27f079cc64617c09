<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/container/Container.php';
require __DIR__ . '/vendor/illuminate/support/Facades/Facade.php';
require __DIR__ . '/vendor/swoole/Http/Response.php';
require __DIR__ . '/app/Streaming/ArchiveWriter.php';
require __DIR__ . '/app/Streaming/LogStreamHub.php';
require __DIR__ . '/app/Facades/LogStream.php';
require __DIR__ . '/app/Jobs/RunScriptStep.php';

use App\Facades\LogStream;
use App\Jobs\RunScriptStep;
use App\Streaming\ArchiveWriter;
use App\Streaming\LogStreamHub;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;
use Swoole\Http\Response;

// --- Swoole server boot: one hub per worker process -----------------------------------------

$app = Container::getInstance();
$app->singleton(ArchiveWriter::class, static fn (): ArchiveWriter => new ArchiveWriter());
$app->singleton(LogStreamHub::class, static fn (Container $c): LogStreamHub => new LogStreamHub($c->make(ArchiveWriter::class), 4096));
Facade::setFacadeApplication($app);

// --- task loop: $server->on('task', ...) runs one build step per task; some jobs
// have a browser tab open on /jobs/{id}/trace (GET with Accept: text/event-stream)

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$images = ['php:8.2-cli', 'php:8.3-cli', 'node:20-alpine'];
for ($i = 0; $i < $n; $i++) {
    $jobId = 310_000 + $i;
    if ($i % 5 === 0) {
        $browser = new Response(1000 + $i % 64);
        $browser->header('Content-Type', 'text/event-stream');
        LogStream::watch(LogStream::channelFor($jobId), $browser->fd, static fn (string $event): bool => $browser->write($event));
    }

    $step = new RunScriptStep($jobId, sprintf('runner-%02d.ci.internal', $i % 12), $images[$i % 3], [
        'composer install --no-progress',
        'vendor/bin/phpstan analyse --no-progress',
        'vendor/bin/phpunit --colors=never',
    ]);
    $step->handle();
}
