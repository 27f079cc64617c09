<?php
// A Workerman TCP worker imports CSV batches and publishes import progress through a status board that lives as long as the worker.

namespace Workerman\Connection {
    final class TcpConnection
    {
        public function send(string $data): void {}
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        /** @var callable|null */
        public $onMessage = null;
        public int $count = 1;
        public function __construct(public string $listen) {}

        public static function runAll(Worker $worker): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $conn = new TcpConnection();
            for ($i = 0; $i < $n; $i++) {
                $csv = "sku,qty,price,title\n" . str_repeat("A-{$i},3,19.99,Stainless travel mug 350ml\n", 12);
                ($worker->onMessage)($conn, $csv);
            }
        }
    }
}

namespace App\Import {
    final class ImportRun
    {
        public int $rows = 0;
        public array $errors = [];
        public string $lastLine = '';
        public string $preview = '';
        public function __construct(public readonly string $id, public readonly float $startedAt, public readonly string $header) {}
    }

    final class StatusBoard
    {
        public const CURRENT = 'csv-import';

        /** @var array<string, ImportRun> */
        private array $runs = [];

        public function publish(ImportRun $run): void
        {
            $this->runs[$run->id] = $run;
        }
    }

    final class CsvImporter
    {
        public function __construct(private StatusBoard $board) {}

        public function import(string $csv): int
        {
            $lines = explode("\n", trim($csv));
            $run = new ImportRun(StatusBoard::CURRENT, microtime(true), array_shift($lines));
            $run->preview = substr($csv, 0, 320);
            foreach ($lines as $line) {
                [$sku, $qty, $price, $title] = str_getcsv($line);
                $run->lastLine = "{$sku} {$title} x{$qty} @ {$price}";
                if ((int) $qty <= 0) {
                    $run->errors[] = "bad qty for {$sku}";
                }
                $run->rows++;
            }
            $this->board->publish($run);

            return $run->rows;
        }
    }
}

namespace {
    use App\Import\CsvImporter;
    use App\Import\StatusBoard;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $importer = new CsvImporter(new StatusBoard());
    $worker = new Worker('tcp://0.0.0.0:2345');
    $worker->onMessage = function (TcpConnection $connection, string $data) use ($importer) {
        $connection->send('imported ' . $importer->import($data));
    };
    Worker::runAll($worker);
}
