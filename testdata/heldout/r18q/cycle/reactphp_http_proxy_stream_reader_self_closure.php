<?php
// Modelled on clue/reactphp-http-proxy https://github.com/clue/reactphp-http-proxy/pull/18: the CONNECT response reader closure captured itself (use (&$fn)) to remove its own listener, a cycle that kept each proxied connection alive
declare(strict_types=1);

namespace React\Promise;

final class Promise
{
    private ?array $result = null;
    private array $handlers = [];

    public function __construct(private $canceller = null)
    {
    }

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise
    {
        $next = new Deferred();
        $this->subscribe(static function (bool $ok, $value) use ($next, $onFulfilled, $onRejected) {
            $callback = $ok ? $onFulfilled : $onRejected;
            try {
                if ($callback === null) {
                    $ok ? $next->resolve($value) : $next->reject($value);
                } else {
                    $next->resolve($callback($value));
                }
            } catch (\Throwable $e) {
                $next->reject($e);
            }
        });

        return $next->promise();
    }

    public function always(callable $onSettled): Promise
    {
        return $this->then(static function ($value) use ($onSettled) {
            $onSettled();
            return $value;
        }, static function ($reason) use ($onSettled) {
            $onSettled();
            throw $reason;
        });
    }

    public function settle(bool $ok, $value): void
    {
        if ($this->result !== null) {
            return;
        }
        if ($ok && $value instanceof Promise) {
            $value->subscribe(fn (bool $ok, $inner) => $this->settle($ok, $inner));
            return;
        }
        $this->result = [$ok, $value];
        $this->canceller = null;
        $handlers = $this->handlers;
        $this->handlers = [];
        foreach ($handlers as $handler) {
            $handler($ok, $value);
        }
    }

    private function subscribe(callable $handler): void
    {
        $this->result === null ? $this->handlers[] = $handler : $handler(...$this->result);
    }
}

final class Deferred
{
    private Promise $promise;

    public function __construct(?callable $canceller = null)
    {
        $this->promise = new Promise($canceller);
    }

    public function promise(): Promise
    {
        return $this->promise;
    }

    public function resolve($value = null): void
    {
        $this->promise->settle(true, $value);
    }

    public function reject(\Throwable $reason): void
    {
        $this->promise->settle(false, $reason);
    }
}

namespace React\Socket;

use React\Promise\Deferred;
use React\Promise\Promise;

/** Stands in for a TCP connection to the proxy; the fake proxy accepts every CONNECT. */
final class Connection
{
    private array $listeners = [];
    public array $outgoing = [];
    public string $tlsSession;

    public function __construct(public string $remote)
    {
        $this->tlsSession = str_repeat(md5($remote), 24);
    }

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        $index = array_search($listener, $this->listeners[$event] ?? [], true);
        if ($index !== false) {
            unset($this->listeners[$event][$index]);
        }
    }

    public function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
    }

    public function write(string $data): void
    {
        $this->outgoing[] = $data;
        if (str_starts_with($data, 'CONNECT ')) {
            $this->emit('data', ["HTTP/1.1 200 Connection established\r\nVia: squid\r\n\r\n"]);
        }
    }

    public function close(): void
    {
        $this->emit('close');
        $this->listeners = [];
    }
}

final class Connector
{
    public function connect(string $uri): Promise
    {
        $deferred = new Deferred();
        $deferred->resolve(new Connection($uri));

        return $deferred->promise();
    }
}

namespace Clue\React\HttpProxy;

use React\Promise\Deferred;
use React\Socket\Connection;
use React\Socket\Connector;
use RuntimeException;

class ProxyConnector
{
    public function __construct(private string $proxyUri, private Connector $connector, private string $proxyAuth = '')
    {
    }

    public function connect($uri)
    {
        $parts = parse_url($uri);
        $host = trim($parts['host'], '[]');
        $port = $parts['port'];
        $auth = $this->proxyAuth;

        return $this->connector->connect($this->proxyUri . '?hostname=' . $host)->then(function (Connection $stream) use ($host, $port, $auth) {
            $deferred = new Deferred(function ($_, $reject) use ($stream) {
                $reject(new RuntimeException('Connection canceled while waiting for response from proxy (ECONNABORTED)', 103));
                $stream->close();
            });

            // keep buffering data until headers are complete
            $buffer = '';
            $fn = function ($chunk) use (&$buffer, &$fn, $deferred, $stream) { // leak
                $buffer .= $chunk;

                $pos = strpos($buffer, "\r\n\r\n");
                if ($pos !== false) {
                    // end of headers received => stop buffering
                    $stream->removeListener('data', $fn);

                    // try to parse headers as response message
                    if (!preg_match('#^HTTP/1\.[01] (\d{3}) ?([^\r\n]*)#', $buffer, $m)) {
                        $deferred->reject(new RuntimeException('Invalid response received from proxy (EBADMSG)', 71));
                        $stream->close();
                        return;
                    }
                    if ((int) $m[1] < 200 || (int) $m[1] >= 300) {
                        $deferred->reject(new RuntimeException('Proxy refused connection with HTTP error code ' . $m[1] . ' (ECONNREFUSED)', 111));
                        return $stream->close();
                    }

                    // all okay, resolve with stream instance
                    $deferred->resolve($stream);

                    // emit remaining incoming as data event
                    $buffer = (string) substr($buffer, $pos + 4);
                    if ($buffer !== '') {
                        $stream->emit('data', [$buffer]);
                        $buffer = '';
                    }
                    return;
                }
            };
            $stream->on('data', $fn);

            $stream->on('close', function () use ($deferred) {
                $deferred->reject(new RuntimeException('Connection to proxy lost while waiting for response (ECONNRESET)', 104));
            });

            $stream->write("CONNECT " . $host . ":" . $port . " HTTP/1.1\r\nHost: " . $host . ":" . $port . "\r\n" . $auth . "\r\n");

            return $deferred->promise();
        });
    }
}

namespace App;

use Clue\React\HttpProxy\ProxyConnector;
use React\Socket\Connection;
use React\Socket\Connector;

// A ReactPHP crawler worker: every job opens a tunnel through the corporate proxy, sends one request and closes it.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$proxy = new ProxyConnector('tcp://proxy.internal:3128', new Connector());
for ($i = 0; $i < $n; $i++) {
    $proxy->connect('tcp://shop-' . $i . '.example.com:443')->then(static function (Connection $connection) use ($i) {
        $connection->write("GET /feed.xml?page={$i} HTTP/1.1\r\nHost: shop-{$i}.example.com\r\n\r\n");
        $connection->close();
    });
}
