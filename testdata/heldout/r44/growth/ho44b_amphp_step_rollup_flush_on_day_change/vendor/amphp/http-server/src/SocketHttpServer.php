<?php

declare(strict_types=1);

namespace Amp\Http\Server;

use Amp\Http\Server\Driver\Client;
use Psr\Log\LoggerInterface;

/**
 * Local stand-in for amphp/http-server's SocketHttpServer. No sockets:
 * start() replays recorded requests through the handler, PHPLEAK_N of them,
 * the way the event loop would dispatch them one after another.
 */
final class SocketHttpServer
{
    /** @var list<string> */
    private array $addresses = [];
    /** @var list<\Closure> */
    private array $onStop = [];
    /** @var null|\Closure(int): array{string, string, array, string} */
    private ?\Closure $replay = null;
    private string $status = 'stopped';

    private function __construct(private LoggerInterface $logger)
    {
    }

    public static function createForDirectAccess(LoggerInterface $logger, bool $enableCompression = true, ?int $connectionLimit = null): self
    {
        return new self($logger);
    }

    public function expose(string $address): void
    {
        $this->addresses[] = $address;
    }

    /** Test double only: recorded traffic to feed through start(). */
    public function replay(\Closure $recorded): void
    {
        $this->replay = $recorded;
    }

    public function onStop(\Closure $onStop): void
    {
        $this->onStop[] = $onStop;
    }

    public function getStatus(): string
    {
        return $this->status;
    }

    public function start(RequestHandler $requestHandler, ErrorHandler $errorHandler): void
    {
        $this->status = 'started';
        $this->logger->info('Listening on ' . implode(', ', $this->addresses));
        $total = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $total; $i++) {
            [$method, $uri, $headers, $body] = ($this->replay)($i);
            $client = new Client('192.0.2.' . ($i % 254 + 1) . ':' . (50000 + $i % 10000));
            $request = new Request($client, $method, $uri, $headers, $body);
            try {
                $response = $requestHandler->handleRequest($request);
            } catch (\Throwable $e) {
                $this->logger->error('Unexpected error', ['exception' => $e->getMessage()]);
                $response = $errorHandler->handleError(500, null, $request);
            }
            unset($request, $response, $client);
        }
    }

    public function stop(): void
    {
        foreach ($this->onStop as $callback) {
            $callback($this);
        }
        $this->status = 'stopped';
    }
}
