<?php

declare(strict_types=1);

namespace App\Database\Pool;

final class Connection
{
    /** @var array<string, string> */
    private array $prepared = [];

    public function __construct(
        public readonly string $dsn,
        public readonly int $id,
        private readonly string $sessionTicket,
    ) {
    }

    /** @return array<string, mixed> */
    public function select(string $sql, array $bindings): array
    {
        $this->prepared[md5($sql)] = $sql;

        return ['found' => ($bindings[1] % 3) !== 0, 'id' => $bindings[1], 'tenant' => $bindings[0]];
    }

    public function isAlive(): bool
    {
        return $this->sessionTicket !== '';
    }
}

final class LeaseInfo
{
    public function __construct(
        public readonly string $tenant,
        public readonly string $purpose,
        public readonly float $borrowedAt,
    ) {
    }
}

final class ConnectionPool
{
    private \SplQueue $idle;
    private \SplObjectStorage $borrowed;
    private int $nextId = 1;

    public function __construct(
        private readonly string $dsn,
        private readonly int $maxIdle = 4,
    ) {
        $this->idle = new \SplQueue();
        $this->borrowed = new \SplObjectStorage();
    }

    public function acquire(string $tenant, string $purpose): Connection
    {
        $connection = null;
        while (!$this->idle->isEmpty()) {
            $candidate = $this->idle->dequeue();
            if ($candidate->isAlive()) {
                $connection = $candidate;
                break;
            }
        }
        $connection ??= $this->open();
        $this->borrowed->attach($connection, new LeaseInfo($tenant, $purpose, microtime(true))); // leak

        return $connection;
    }

    public function release(Connection $connection): void
    {
        if (!$this->borrowed->contains($connection)) {
            return;
        }
        $this->borrowed->detach($connection);
        if ($this->idle->count() < $this->maxIdle) {
            $this->idle->enqueue($connection);
        }
    }

    public function inUse(): int
    {
        return $this->borrowed->count();
    }

    private function open(): Connection
    {
        $ticket = base64_encode(random_bytes(1024)) . '@' . $this->dsn;

        return new Connection($this->dsn, $this->nextId++, $ticket);
    }
}

namespace App\Billing;

use App\Database\Pool\ConnectionPool;

final class InvoiceNotFound extends \RuntimeException
{
}

final class InvoiceRepository
{
    public function __construct(private readonly ConnectionPool $pool)
    {
    }

    /** @return array<string, mixed> */
    public function find(string $tenant, int $invoiceId): array
    {
        $connection = $this->pool->acquire($tenant, 'invoice.find');
        $row = $connection->select('select * from invoices where tenant_id = ? and id = ?', [$tenant, $invoiceId]);
        if (!$row['found']) {
            throw new InvoiceNotFound(sprintf('Invoice %d not found for %s', $invoiceId, $tenant));
        }
        $this->pool->release($connection);

        return $row;
    }
}

final class ShowInvoiceController
{
    public function __construct(private readonly InvoiceRepository $invoices)
    {
    }

    /** @return array{int, string} */
    public function __invoke(string $tenant, int $invoiceId): array
    {
        try {
            $invoice = $this->invoices->find($tenant, $invoiceId);
        } catch (InvoiceNotFound $e) {
            return [404, json_encode(['message' => $e->getMessage()])];
        }

        return [200, json_encode($invoice)];
    }
}

namespace App\Octane;

use App\Billing\ShowInvoiceController;

final class RequestLoop
{
    public function __construct(private readonly ShowInvoiceController $controller)
    {
    }

    public function serve(int $requests): void
    {
        for ($i = 1; $i <= $requests; $i++) {
            $tenant = 'tenant-' . ($i % 7);
            [$status, $body] = ($this->controller)($tenant, $i);
            unset($status, $body);
        }
    }
}

namespace Main;

use App\Billing\InvoiceRepository;
use App\Billing\ShowInvoiceController;
use App\Database\Pool\ConnectionPool;
use App\Octane\RequestLoop;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$pool = new ConnectionPool('pgsql:host=db;dbname=billing', maxIdle: 4);
$loop = new RequestLoop(new ShowInvoiceController(new InvoiceRepository($pool)));
$loop->serve($n);
