<?php
// A Laravel queue worker sends invoice reminder jobs; the app service provider turns on the database query log so slow queries can be reported after each job.

declare(strict_types=1);

namespace Illuminate\Database {

    class Connection
    {
        /** @var list<array{query: string, bindings: array<int, mixed>, time: float}> */
        protected array $queryLog = [];

        protected bool $loggingQueries = false;

        private int $statements = 0;

        public function __construct(private readonly string $name) {}

        public function getName(): string
        {
            return $this->name;
        }

        /**
         * @param array<int, mixed> $bindings
         * @return list<array<string, mixed>>
         */
        public function select(string $query, array $bindings = []): array
        {
            $start = microtime(true);
            $this->statements++;
            $rows = $this->runFakeQuery($query, $bindings);
            $this->logQuery($query, $bindings, round((microtime(true) - $start) * 1000, 2));

            return $rows;
        }

        /**
         * @param array<int, mixed> $bindings
         */
        public function update(string $query, array $bindings = []): int
        {
            $start = microtime(true);
            $this->statements++;
            $this->logQuery($query, $bindings, round((microtime(true) - $start) * 1000, 2));

            return 1;
        }

        /**
         * @param array<int, mixed> $bindings
         */
        public function logQuery(string $query, array $bindings, float $time): void
        {
            if ($this->loggingQueries) {
                $this->queryLog[] = compact('query', 'bindings', 'time'); // leak
            }
        }

        public function enableQueryLog(): void
        {
            $this->loggingQueries = true;
        }

        public function disableQueryLog(): void
        {
            $this->loggingQueries = false;
        }

        /**
         * @return list<array{query: string, bindings: array<int, mixed>, time: float}>
         */
        public function getQueryLog(): array
        {
            return $this->queryLog;
        }

        public function flushQueryLog(): void
        {
            $this->queryLog = [];
        }

        /**
         * @param array<int, mixed> $bindings
         * @return list<array<string, mixed>>
         */
        private function runFakeQuery(string $query, array $bindings): array
        {
            $id = (int) ($bindings[0] ?? 0);

            return [[
                'id' => $id,
                'number' => sprintf('INV-2024-%06d', $id),
                'customer_email' => 'ap' . ($id % 300) . '@customer.example',
                'amount_due' => 12000 + $id % 5000,
                'due_date' => '2024-04-' . sprintf('%02d', $id % 28 + 1),
            ]];
        }
    }
}

namespace Illuminate\Queue {

    interface ShouldQueue
    {
    }

    final class JobProcessed
    {
        public function __construct(public readonly string $connectionName, public readonly object $job) {}
    }

    /**
     * Pops jobs and fires the "after" callbacks registered by service providers.
     */
    final class Worker
    {
        /** @var list<callable(JobProcessed): void> */
        private array $afterCallbacks = [];

        public function after(callable $callback): void
        {
            $this->afterCallbacks[] = $callback;
        }

        public function process(string $connectionName, object $job): void
        {
            $job->handle();
            $event = new JobProcessed($connectionName, $job);
            foreach ($this->afterCallbacks as $callback) {
                $callback($event);
            }
        }
    }
}

namespace App\Jobs {

    use Illuminate\Database\Connection;
    use Illuminate\Queue\ShouldQueue;

    final class SendInvoiceReminder implements ShouldQueue
    {
        public int $tries = 3;

        public function __construct(private readonly Connection $db, public readonly int $invoiceId, public readonly int $reminderLevel) {}

        public function handle(): void
        {
            $invoice = $this->db->select(
                'select `invoices`.*, `customers`.`email` as `customer_email` from `invoices` inner join `customers` on `customers`.`id` = `invoices`.`customer_id` where `invoices`.`id` = ? and `invoices`.`paid_at` is null and `invoices`.`deleted_at` is null limit 1',
                [$this->invoiceId],
            )[0] ?? null;
            if ($invoice === null) {
                return;
            }
            $this->db->update(
                'update `invoices` set `reminder_level` = ?, `last_reminded_at` = ?, `updated_at` = ? where `id` = ?',
                [$this->reminderLevel, '2024-04-02 09:00:00', '2024-04-02 09:00:00', $this->invoiceId],
            );
        }
    }
}

namespace App\Providers {

    use Illuminate\Database\Connection;
    use Illuminate\Queue\JobProcessed;
    use Illuminate\Queue\Worker;

    final class AppServiceProvider
    {
        private int $slowQueries = 0;

        public function __construct(private readonly Connection $db, private readonly Worker $worker, private readonly float $slowQueryMs = 250.0) {}

        public function boot(): void
        {
            $this->db->enableQueryLog();
            $this->worker->after(function (JobProcessed $event): void {
                foreach ($this->db->getQueryLog() as $entry) {
                    if ($entry['time'] > $this->slowQueryMs) {
                        $this->slowQueries++;
                    }
                }
            });
        }
    }
}

namespace {

    use App\Jobs\SendInvoiceReminder;
    use App\Providers\AppServiceProvider;
    use Illuminate\Database\Connection;
    use Illuminate\Queue\Worker;

    $db = new Connection('mysql');
    $worker = new Worker();
    (new AppServiceProvider($db, $worker))->boot();

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $worker->process('redis', new SendInvoiceReminder($db, 41000 + $i, 1 + $i % 3));
    }
}
