<?php
// The database manager caches connections in a class static keyed by the DSN, built from config('database.dsn_template') and the tenant subdomain of the request, so every tenant adds a connection.

final class Config
{
    public static array $items = [];

    public static function get(string $key, mixed $default = null): mixed
    {
        $value = self::$items;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }
        return $value;
    }
}

function config(string $key, mixed $default = null): mixed
{
    return Config::get($key, $default);
}

final class Connection
{
    public array $queryLog = [];
    public string $handshake;

    public function __construct(public string $dsn, public array $options, public string $tenantSchema = 'public')
    {
        $this->handshake = "connected to {$dsn} as {$tenantSchema}; " . str_repeat('server_param=on; ', 24);
    }

    public function select(string $sql, array $bindings): array
    {
        return [['sql' => $sql, 'bindings' => $bindings, 'schema' => $this->tenantSchema]];
    }
}

final class DB
{
    /** @var array<string, Connection> */
    private static array $connections = [];

    public static function forTenant(string $tenant): Connection
    {
        $name = config('database.default');
        $dsn = sprintf(config('database.dsn_template'), $tenant);
        return self::$connections[$dsn] ??= new Connection($dsn, config("database.connections.{$name}.options", []), $tenant); // leak
    }
}

final class InvoiceController
{
    public function show(array $server, int $invoiceId): array
    {
        $tenant = explode('.', $server['HTTP_HOST'])[0];
        return DB::forTenant($tenant)->select('SELECT * FROM invoices WHERE id = ?', [$invoiceId]);
    }
}

Config::$items = [
    'database' => [
        'default' => 'pgsql',
        'dsn_template' => 'pgsql:host=db.internal;dbname=billing;options=--search_path=%s',
        'connections' => [
            'pgsql' => ['dsn' => 'pgsql:host=db.internal;dbname=billing', 'options' => ['timeout' => 3, 'sslmode' => str_repeat('require', 60)]],
        ],
    ],
];

$controller = new InvoiceController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show(['HTTP_HOST' => "acme{$i}.billing.example.com"], $i);
}
