<?php
// A queue worker syncs CRM contacts, looking customers up through a repository that borrows database connections from a connection pool and returns them in a finally block.

final class Connection
{
    private array $statementCache = [];

    public function __construct(public readonly string $dsn, public readonly array $options, public readonly int $id)
    {
        $this->statementCache['ping'] = 'SELECT 1 /* conn ' . $id . ' ' . $dsn . ' */';
        $this->statementCache['session'] = sprintf("SET SESSION application_name = 'crm-sync-%d', statement_timeout = %d", $id, $options['timeout']);
        $this->statementCache['tz'] = "SET TIME ZONE 'UTC' /* " . str_repeat('-', 200) . ' */';
    }

    public function fetchOne(string $sql, array $params): ?array
    {
        $email = $params['email'];
        return str_ends_with($email, '.invalid') ? null : ['id' => crc32($email), 'email' => $email, 'tier' => 'gold'];
    }
}

final class ConnectionPool
{
    private SplQueue $idle;
    private SplObjectStorage $borrowed;
    private int $created = 0;

    public function __construct(private string $dsn, private array $options)
    {
        $this->idle = new SplQueue();
        $this->borrowed = new SplObjectStorage();
    }

    public function acquire(): Connection
    {
        $conn = $this->idle->isEmpty() ? new Connection($this->dsn, $this->options, ++$this->created) : $this->idle->dequeue();
        $this->borrowed->attach($conn);
        return $conn;
    }

    public function release(Connection $conn): void
    {
        $this->borrowed->detach($conn);
        $this->idle->enqueue($conn);
    }

    public function stats(): array { return ['idle' => count($this->idle), 'borrowed' => count($this->borrowed), 'created' => $this->created]; }
}

final class CustomerRepository
{
    public function __construct(private ConnectionPool $pool) {}

    public function findByEmail(string $email): ?array
    {
        $conn = $this->pool->acquire();
        try {
            return $conn->fetchOne('SELECT id, email, tier FROM customers WHERE email = :email', ['email' => $email]);
        } finally {
            $this->pool->release($conn);
        }
    }
}

final class ContactSyncHandler
{
    public int $synced = 0;
    public function __construct(private CustomerRepository $customers) {}

    public function __invoke(array $message): void
    {
        $customer = $this->customers->findByEmail(strtolower(trim($message['email'])));
        if ($customer !== null) {
            $this->synced++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$pool = new ConnectionPool('pgsql:host=db;dbname=crm', ['timeout' => 5000, 'persistent' => false, 'sslmode' => 'prefer']);
$handler = new ContactSyncHandler(new CustomerRepository($pool));
for ($i = 0; $i < $n; $i++) {
    $handler(['email' => " Contact{$i}@Example.COM ", 'source' => 'hubspot']);
}
