<?php

namespace React\Stream;

use Evenement\EventEmitter;

/** Response body stream; emits 'close' once the client is done reading. */
final class ThroughStream extends EventEmitter
{
    private bool $closed = false;
    public int $written = 0;

    public function write(string $chunk): bool
    {
        $this->written += strlen($chunk);

        return !$this->closed;
    }

    public function close(): void
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        $this->emit('close');
        $this->removeAllListeners();
    }
}

namespace React\Http\Message;

final class ServerRequest
{
    public function __construct(public readonly string $method, public readonly string $path, public readonly array $attributes)
    {
    }

    public function getAttribute(string $name): mixed
    {
        return $this->attributes[$name] ?? null;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly array $headers, public readonly mixed $body)
    {
    }
}

namespace React\EventLoop;

/** One loop per process; futureTick callbacks run on the next turn. */
final class Loop
{
    private static ?\SplQueue $ticks = null;

    public static function futureTick(callable $callback): void
    {
        (self::$ticks ??= new \SplQueue())->enqueue($callback);
    }

    public static function run(): void
    {
        while (self::$ticks !== null && !self::$ticks->isEmpty()) {
            (self::$ticks->dequeue())();
        }
    }
}

namespace React\Http;

use React\EventLoop\Loop;
use React\Http\Message\ServerRequest;
use React\Stream\ThroughStream;

final class HttpServer
{
    /** @var callable */
    private $handler;

    public function __construct(callable $handler)
    {
        $this->handler = $handler;
    }

    /** Connection-layer stand-in: runs the handler, streams the body, then the client disconnects. */
    public function accept(ServerRequest $request): void
    {
        $response = ($this->handler)($request);
        if ($response->body instanceof ThroughStream) {
            $body = $response->body;
            Loop::futureTick(static fn () => $body->close());
        }
        Loop::run();
    }
}
