<?php
// A database layer for a long-running report worker: the connection is
// opened once, and every prepared statement registers itself with the
// connection, weakly, so that close() can finalize what is still open.
// A statement takes itself off the list when it is destroyed.

namespace Db {
    final class Connection
    {
        /** @var array<int, \WeakReference<Statement>> */
        private array $open = [];

        /**
         * @param class-string<Statement> $statementClass
         */
        public function __construct(public readonly string $dsn, private readonly string $statementClass = Statement::class)
        {
        }

        public function prepare(string $sql): Statement
        {
            $class = $this->statementClass;

            return new $class($this, $sql);
        }

        public function track(Statement $statement): void
        {
            $this->open[spl_object_id($statement)] = \WeakReference::create($statement);
        }

        public function untrack(Statement $statement): void
        {
            unset($this->open[spl_object_id($statement)]);
        }

        public function close(): void
        {
            foreach ($this->open as $ref) {
                $ref->get()?->finalize();
            }
            $this->open = [];
        }
    }

    final class Statement
    {
        /** @var list<array<string, mixed>> */
        private array $rows = [];

        public function __construct(private readonly Connection $connection, public readonly string $sql)
        {
            $connection->track($this);
        }

        public function __destruct()
        {
            $this->connection->untrack($this);
        }

        /** @param array<string, mixed> $params */
        public function execute(array $params): int
        {
            $this->rows = [['sql' => $this->sql, 'params' => $params, 'plan' => str_repeat('scan ', 120)]];

            return count($this->rows);
        }

        public function finalize(): void
        {
            $this->rows = [];
        }
    }
}

namespace Reports {
    use Db\Connection;

    final class SalesReport
    {
        public function __construct(private readonly Connection $db)
        {
        }

        public function run(int $storeId): int
        {
            $statement = $this->db->prepare("SELECT sum(total) FROM orders WHERE store_id = :store /* report {$storeId} */");

            return $statement->execute(['store' => $storeId]);
        }
    }
}

namespace {
    use Db\Connection;
    use Reports\SalesReport;

    $db = new Connection('pgsql:host=db;dbname=sales');
    $report = new SalesReport($db);
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $report->run($i);
    }
}
