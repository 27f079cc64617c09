<?php

// RoadRunner HTTP worker (psr-worker.php): boot once, then serve requests
// from the relay until it closes.

use App\Container;
use App\Http\Kernel;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\RelayInterface;
use Spiral\RoadRunner\Worker;

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Container.php';
require __DIR__ . '/src/helpers.php';
require __DIR__ . '/src/Routing/CompiledRoute.php';
require __DIR__ . '/src/Routing/RouteCollection.php';
require __DIR__ . '/src/Routing/RouteCompiler.php';
require __DIR__ . '/src/Repository/ProductRepository.php';
require __DIR__ . '/src/Controller/ProductController.php';
require __DIR__ . '/src/Middleware/RequestIdMiddleware.php';
require __DIR__ . '/src/Middleware/CacheHeadersMiddleware.php';
require __DIR__ . '/src/Http/Kernel.php';

/** Replays product-page traffic the way the RoadRunner relay delivers it. */
final class ReplayRelay implements RelayInterface
{
    private int $sent = 0;

    public function __construct(private int $requests)
    {
    }

    public function receive(): ?array
    {
        if ($this->sent >= $this->requests) {
            return null;
        }
        $id = 1000 + $this->sent++;
        $header = json_encode([
            'method' => 'GET',
            'uri' => "/products/{$id}/product-{$id}",
            'headers' => ['Accept' => 'application/json', 'X-Request-Id' => "rr-{$id}"],
        ]);

        return [$header, ''];
    }

    public function send(string $header, string $body): void
    {
    }
}

$container = Container::getInstance();
(require __DIR__ . '/config/services.php')($container);
$kernel = $container->get(Kernel::class);

$worker = new PSR7Worker(
    Worker::createFromRelay(new ReplayRelay((int) (getenv('PHPLEAK_N') ?: 100))),
    new Psr17Factory(),
);

while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($kernel->handle($request));
    } catch (\Throwable $e) {
        $worker->respond(new \Nyholm\Psr7\Response(500, [], 'Internal Server Error'));
    }
}
