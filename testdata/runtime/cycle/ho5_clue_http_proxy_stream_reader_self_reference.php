<?php
// A ReactPHP HTTP CONNECT proxy connector buffers the proxy's reply with a data listener that captures itself by reference, so every tunnel leaves a closure cycle behind.
// https://github.com/clue/reactphp-http-proxy/pull/18

final class DuplexStream
{
    private array $listeners = [];
    public string $transcript = '';
    public bool $closed = false;

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $candidate) {
            if ($candidate === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
    }

    public function emit(string $event, array $args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }

    public function write(string $data): void
    {
        $this->transcript .= $data;
    }

    public function close(): void
    {
        $this->closed = true;
        $this->listeners = [];
    }
}

final class Deferred
{
    public ?DuplexStream $value = null;
    public ?string $error = null;

    public function resolve(DuplexStream $stream): void { $this->value = $stream; }
    public function reject(string $reason): void { $this->error = $reason; }
}

final class ProxyConnector
{
    public function __construct(private string $proxyUri) {}

    public function connect(string $host, int $port, DuplexStream $stream): Deferred
    {
        $deferred = new Deferred();
        $buffer = '';
        $fn = function (string $chunk) use (&$buffer, &$fn, $deferred, $stream) { // leak
            $buffer .= $chunk;
            $pos = strpos($buffer, "\r\n\r\n");
            if ($pos !== false) {
                $stream->removeListener('data', $fn);

                $status = (int) substr($buffer, 9, 3);
                if ($status < 200 || $status >= 300) {
                    $deferred->reject('Proxy rejected with HTTP error code: ' . $status);
                    $stream->close();
                    return;
                }
                $deferred->resolve($stream);
                $buffer = (string) substr($buffer, $pos + 4);
                return;
            }
            if (isset($buffer[8192])) {
                $deferred->reject('Proxy must not send more than 8 KiB of headers');
                $stream->close();
            }
        };
        $stream->on('data', $fn);
        $stream->write("CONNECT {$host}:{$port} HTTP/1.1\r\nHost: {$host}:{$port}\r\n\r\n");

        return $deferred;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$connector = new ProxyConnector('http://127.0.0.1:3128');
for ($i = 0; $i < $n; $i++) {
    $stream = new DuplexStream();
    $tunnel = $connector->connect("api-{$i}.example.com", 443, $stream);
    $stream->emit('data', ["HTTP/1.1 200 Connection established\r\nVia: 1.1 squid-proxy-{$i}\r\n"]);
    $stream->emit('data', ['Proxy-Agent: ' . str_repeat('squid/5.7 (Debian) ', 20) . "\r\n\r\n"]);
    $tunnel->value?->write("GET /v1/orders/{$i} HTTP/1.1\r\nHost: api-{$i}.example.com\r\n\r\n");
    $tunnel->value?->close();
}
