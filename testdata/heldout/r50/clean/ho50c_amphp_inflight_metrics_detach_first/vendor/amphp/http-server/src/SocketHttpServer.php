<?php

namespace Amp\Http\Server;

use Amp\Http\Server\Driver\ServerSocket;
use Amp\Http\Server\Driver\ServerSocketFactory;
use Psr\Log\LoggerInterface;
use Revolt\EventLoop;

final class SocketHttpServer implements HttpServer
{
    /** @var list<string> */
    private array $addresses = [];

    /** @var list<ServerSocket> */
    private array $sockets = [];

    public function __construct(private LoggerInterface $logger, private ServerSocketFactory $serverSocketFactory)
    {
    }

    public function expose(string $address): void
    {
        $this->addresses[] = $address;
    }

    public function start(RequestHandler $requestHandler, ErrorHandler $errorHandler): void
    {
        foreach ($this->addresses as $address) {
            $socket = $this->serverSocketFactory->listen($address);
            $this->sockets[] = $socket;
            $this->logger->info("Listening on {$address}");
            EventLoop::defer(fn () => $this->acceptLoop($socket, $requestHandler, $errorHandler));
        }
    }

    private function acceptLoop(ServerSocket $socket, RequestHandler $requestHandler, ErrorHandler $errorHandler): void
    {
        $request = $socket->accept();
        if ($request === null) {
            return;
        }
        try {
            $requestHandler->handleRequest($request);
        } catch (\Throwable $e) {
            $this->logger->error('Unhandled exception', ['exception' => $e]);
            $errorHandler->handleError(500, null, $request);
        }
        unset($request);
        EventLoop::defer(fn () => $this->acceptLoop($socket, $requestHandler, $errorHandler));
    }

    public function stop(): void
    {
        $this->sockets = [];
    }
}
