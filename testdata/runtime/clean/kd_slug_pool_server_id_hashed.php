<?php
// A memcached-style pool registers its servers at boot; each request picks one by hashing the item key and keeps per-server stats and lazy connections in the singleton pool keyed by the registered server id.

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
    /** @var array<string, array{hits: int, bytes: int}> */
    private array $stats = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function addServer(string $id, string $address): void
    {
        $this->servers[$id] = $address;
    }

    public function get(string $key): string
    {
        $ids = array_keys($this->servers);
        $id = $ids[crc32($key) % count($ids)];
        $conn = $this->connections[$id] ??= new ServerConnection($id, $this->servers[$id]);
        $this->stats[$id] ??= ['hits' => 0, 'bytes' => 0];
        $this->stats[$id]['hits']++;
        $this->stats[$id]['bytes'] += strlen($key);
        return "{$conn->id}:{$key}";
    }
}

function product_page(int $productId): string
{
    return ServerPool::instance()->get("product:{$productId}:html");
}

$pool = ServerPool::instance();
$pool->addServer('cache-a', '10.0.4.11:11211');
$pool->addServer('cache-b', '10.0.4.12:11211');
$pool->addServer('cache-c', '10.0.4.13:11211');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    product_page($i);
}
