<?php
// A queue worker resizes uploaded images; the job handler logs through a Log facade that resolves a shared Logger from the service container, which keeps every record for the debug bar; the worker discards the logger after each job so the next job gets a fresh one.

require __DIR__ . '/src/Container.php';
require __DIR__ . '/src/Facades.php';
require __DIR__ . '/src/Logging.php';
require __DIR__ . '/src/Jobs.php';

use Acme\Foundation\Container;
use Acme\Jobs\ResizeImage;
use Acme\Jobs\ResizeImageHandler;
use Acme\Logging\Logger;
use Acme\Support\Facades\Log;

final class RedisQueueStub
{
    private int $popped = 0;

    public function __construct(private int $limit) {}

    public function pop(string $queue): ?ResizeImage
    {
        if ($this->popped >= $this->limit) {
            return null;
        }
        $i = $this->popped++;
        return new ResizeImage(sprintf('uploads/%04d/%02d/photo-%08d.jpg', 2024, $i % 12 + 1, $i), 1280, 720, "user{$i}@example.org");
    }
}

$container = Container::getInstance();
$container->singleton('log', static fn () => new Logger('worker', 'info'));
$container->bind(ResizeImageHandler::class, static fn () => new ResizeImageHandler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new RedisQueueStub($n);
while (($job = $queue->pop('images')) !== null) {
    $container->get(ResizeImageHandler::class)->handle($job);

    // Reset per-job state: drop the shared logger and the facade's cached root.
    $container->forgetInstance('log');
    Log::clearResolvedInstance('log');
}
