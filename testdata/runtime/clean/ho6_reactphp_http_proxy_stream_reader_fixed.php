<?php
// A ReactPHP worker opens tunnels through an HTTP CONNECT proxy; the header-reading data listener is removed from the stream once the CONNECT promise settles, so no closure cycle is left.
// https://github.com/clue/reactphp-http-proxy/pull/18

trait EventEmitterTrait
{
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class Connection
{
    use EventEmitterTrait;

    public string $written = '';
    public bool $closed = false;

    public function __construct(public readonly string $remoteAddress) {}

    public function write(string $data): void
    {
        $this->written .= $data;
        // the fake proxy answers the CONNECT request right away
        $this->emit('data', ["HTTP/1.1 200 Connection established\r\nProxy-Agent: squid/5.7\r\nVia: 1.1 proxy.internal (squid/5.7)\r\n\r\n"]);
    }

    public function close(): void
    {
        $this->closed = true;
    }
}

final class Deferred
{
    private array $handlers = [];
    private ?array $result = null;

    public function resolve(Connection $value): void
    {
        $this->settle([true, $value]);
    }

    public function reject(Throwable $reason): void
    {
        $this->settle([false, $reason]);
    }

    public function then(callable $onFulfilled, ?callable $onRejected = null): self
    {
        $this->handlers[] = [$onFulfilled, $onRejected];
        if ($this->result !== null) {
            $this->settle($this->result);
        }
        return $this;
    }

    public function always(callable $onSettled): self
    {
        return $this->then(static fn () => $onSettled(), static fn () => $onSettled());
    }

    private function settle(array $result): void
    {
        $this->result = $result;
        [$handlers, $this->handlers] = [$this->handlers, []];
        foreach ($handlers as [$onFulfilled, $onRejected]) {
            $result[0] ? $onFulfilled($result[1]) : ($onRejected === null ? null : $onRejected($result[1]));
        }
    }
}

final class ProxyConnector
{
    public function __construct(private string $proxyHost, private string $auth) {}

    public function connect(string $uri): Deferred
    {
        $stream = new Connection($this->proxyHost);
        $deferred = new Deferred();

        // keep buffering data until headers are complete
        $buffer = '';
        $fn = function (string $chunk) use (&$buffer, $deferred, $stream): void {
            $buffer .= $chunk;
            $pos = strpos($buffer, "\r\n\r\n");
            if ($pos !== false) {
                if (!str_starts_with($buffer, 'HTTP/1.1 200')) {
                    $stream->close();
                    $deferred->reject(new RuntimeException('Proxy refused connection: ' . strtok($buffer, "\r\n")));
                    return;
                }
                $deferred->resolve($stream);
            }
        };
        $stream->on('data', $fn);

        $stream->write("CONNECT $uri HTTP/1.1\r\nHost: $uri\r\nProxy-Authorization: Basic {$this->auth}\r\n\r\n");

        return $deferred->always(static function () use ($stream, $fn): void {
            // stop buffering when connection has been established or rejected
            $stream->removeListener('data', $fn);
        });
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$connector = new ProxyConnector('10.0.0.5:3128', base64_encode('crawler:s3cr3t-proxy-password'));
$opened = 0;
for ($i = 0; $i < $n; $i++) {
    $connector->connect(sprintf('shard-%04d.api.example.com:443', $i))->then(static function (Connection $tunnel) use (&$opened): void {
        $opened++;
        $tunnel->close();
    });
}
