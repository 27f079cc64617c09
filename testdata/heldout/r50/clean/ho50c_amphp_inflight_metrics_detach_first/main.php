<?php

// AMPHP HTTP server (bin/server.php): one process, long-lived services,
// middleware stacked around the request handler.

use Amp\Http\Server\DefaultErrorHandler;
use Amp\Http\Server\Driver\ServerSocket;
use Amp\Http\Server\Driver\ServerSocketFactory;
use Amp\Http\Server\Request;
use Amp\Http\Server\SocketHttpServer;
use Amp\Http\Server\Uri;
use App\Container;
use App\Handler\StockLevelHandler;
use App\Middleware\MetricsMiddleware;
use App\Middleware\RequestIdMiddleware;
use Psr\Log\NullLogger;
use function Amp\Http\Server\Middleware\stackMiddleware;
use function Amp\trapSignal;

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Container.php';
require __DIR__ . '/src/Metrics/Sampler.php';
require __DIR__ . '/src/Metrics/Histogram.php';
require __DIR__ . '/src/Metrics/InflightTracker.php';
require __DIR__ . '/src/Middleware/RequestIdMiddleware.php';
require __DIR__ . '/src/Middleware/MetricsMiddleware.php';
require __DIR__ . '/src/Repository/StockRepository.php';
require __DIR__ . '/src/Handler/StockLevelHandler.php';

/** Clients polling stock levels, as the listening socket would parse them. */
final class ReplayServerSocketFactory implements ServerSocketFactory
{
    public function __construct(private int $requests)
    {
    }

    public function listen(string $address): ServerSocket
    {
        return new class($this->requests) implements ServerSocket {
            private int $accepted = 0;

            public function __construct(private int $requests)
            {
            }

            public function accept(): ?Request
            {
                if ($this->accepted >= $this->requests) {
                    return null;
                }
                $i = $this->accepted++;

                return new Request('GET', new Uri('/stock/' . (20000 + $i), 'fields=levels'), [
                    'Accept' => 'application/json',
                    'User-Agent' => 'pos-terminal/4.2 (store ' . ($i % 40) . ')',
                    'X-Request-Id' => sprintf('pos-%04d-%08d', $i % 40, $i),
                    'Authorization' => 'Bearer ' . str_repeat('k', 180),
                ]);
            }
        };
    }
}

$container = new Container(['metrics' => require __DIR__ . '/config/metrics.php']);
(require __DIR__ . '/src/services.php')($container);

$server = new SocketHttpServer(new NullLogger(), new ReplayServerSocketFactory((int) (getenv('PHPLEAK_N') ?: 100)));
$server->expose('0.0.0.0:8080');
$server->start(
    stackMiddleware(
        $container->get(StockLevelHandler::class),
        $container->get(RequestIdMiddleware::class),
        $container->get(MetricsMiddleware::class),
    ),
    new DefaultErrorHandler(),
);

$signal = trapSignal([2, 15]); // SIGINT, SIGTERM
$server->stop();
