<?php
// An RPC gateway registers its backend servers at boot, but keeps lazy connections in the singleton pool keyed by the backend name taken from the request path; unknown names fall back to the default address yet still get their own connection.

final class ServerConnection
{
    public string $handshake;

    public function __construct(public string $id, public string $address)
    {
        $this->handshake = "version 1.6.21 {$id}@{$address} " . str_repeat('stat ', 110);
    }
}

final class ServerPool
{
    private static ?self $instance = null;

    /** @var array<string, string> */
    private array $servers = [];
    /** @var array<string, ServerConnection> */
    private array $connections = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function addServer(string $id, string $address): void
    {
        $this->servers[$id] = $address;
    }

    public function forward(string $backend, string $call): string
    {
        $address = $this->servers[$backend] ?? $this->servers['default'];
        $conn = $this->connections[$backend] ??= new ServerConnection($backend, $address); // leak
        return "{$conn->id}:{$call}";
    }
}

function gateway(string $path): string
{
    [, $backend, $call] = explode('/', trim($path, '/'), 3) + [1 => 'default', 2 => 'ping'];
    return ServerPool::instance()->forward($backend, $call);
}

$pool = ServerPool::instance();
$pool->addServer('default', '10.0.5.10:9000');
$pool->addServer('billing', '10.0.5.11:9000');
$pool->addServer('catalog', '10.0.5.12:9000');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    gateway("/rpc/svc-{$i}/Orders.Get");
}
