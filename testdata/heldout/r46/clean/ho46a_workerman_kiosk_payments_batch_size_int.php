<?php

declare(strict_types=1);

namespace Workerman\Connection {
    final class TcpConnection
    {
        public int $id;
        public array $sent = [];

        public function __construct(int $id) { $this->id = $id; }

        public function send(string $data): void { $this->sent = [strlen($data)]; }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    /**
     * Stand-in for Workerman\Worker: the onWorkerStart callback runs once per
     * worker process, onMessage once per frame for as long as it lives.
     */
    #[\AllowDynamicProperties]
    final class Worker
    {
        /** @var list<self> */
        private static array $workers = [];

        public $onWorkerStart = null;
        public $onMessage = null;
        public string $name = 'none';
        public int $count = 1;

        public function __construct(public string $socketName)
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            foreach (self::$workers as $worker) {
                $worker->onWorkerStart && ($worker->onWorkerStart)($worker);
                $kiosks = ['central-1', 'central-2', 'north-1', 'harbour-1', 'mobile-van'];
                $n = (int) (getenv('PHPLEAK_N') ?: 100);
                for ($i = 0; $i < $n; $i++) {
                    $frame = json_encode([
                        'type' => 'fine.payment',
                        'kiosk' => $kiosks[$i % 5],
                        'patron' => 'P' . (30000 + $i % 850),
                        'fines' => ['F' . (900000 + $i), 'F' . (900000 + $i * 3)],
                        'amount_cents' => 50 + ($i * 37) % 1450,
                        'card' => ['scheme' => 'visa', 'last4' => str_pad((string) ($i % 10000), 4, '0', STR_PAD_LEFT), 'auth' => strtoupper(dechex(0xA0000 + $i))],
                    ]);
                    ($worker->onMessage)(new TcpConnection($i % 5), $frame);
                }
            }
        }
    }
}

namespace App\Fines {
    /** Settings as they come out of the kiosk .env file: strings. */
    final class KioskConfig
    {
        public static function load(): array
        {
            return [
                'ledger' => [
                    'table' => 'fine_payments',
                    'batch_size' => getenv('LEDGER_BATCH_SIZE') ?: '25',
                ],
            ];
        }
    }

    final class PaymentRow
    {
        public function __construct(
            public readonly string $patron,
            public readonly array $fines,
            public readonly int $amountCents,
            public readonly string $kiosk,
            public readonly string $receipt,
        ) {}
    }

    /** Writes payment rows to the ledger in multi-row INSERTs. */
    final class LedgerBatchWriter
    {
        private \ArrayObject $rows;
        public int $flushedBatches = 0;

        public function __construct(private string $table, private $batchSize)
        {
            $this->rows = new \ArrayObject();
        }

        public function append(PaymentRow $row): void
        {
            $this->rows->append($row);
            if ($this->rows->count() === $this->batchSize) {
                $this->flush();
            }
        }

        public function flush(): void
        {
            // INSERT INTO {$this->table} (patron, fines, amount_cents, kiosk, receipt) VALUES ...
            $this->flushedBatches++;
            $this->rows->exchangeArray([]);
        }
    }

    final class LedgerFactory
    {
        public static function fromConfig(array $config): LedgerBatchWriter
        {
            return new LedgerBatchWriter($config['ledger']['table'], (int) $config['ledger']['batch_size']);
        }
    }

    final class ReceiptPrinter
    {
        public function render(array $msg): string
        {
            $lines = [
                'CITY PUBLIC LIBRARY - FINE PAYMENT RECEIPT',
                'Kiosk: ' . $msg['kiosk'] . '    Patron: ' . $msg['patron'],
                'Fines settled: ' . implode(', ', $msg['fines']),
                sprintf('Amount: %d.%02d EUR   Card: %s ****%s  Auth %s', intdiv($msg['amount_cents'], 100), $msg['amount_cents'] % 100, strtoupper($msg['card']['scheme']), $msg['card']['last4'], $msg['card']['auth']),
                str_repeat('-', 48),
                'Borrowing privileges are restored once your balance is below 5.00 EUR.',
                'Questions? Ask at any service desk or write to fines@library.example.org.',
                'Ref ' . hash('sha512', json_encode($msg)),
            ];

            return str_pad(implode("\n", $lines), 900, ' ');
        }
    }
}

namespace {
    use App\Fines\KioskConfig;
    use App\Fines\LedgerFactory;
    use App\Fines\PaymentRow;
    use App\Fines\ReceiptPrinter;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $worker = new Worker('websocket://0.0.0.0:8282');
    $worker->name = 'fine-kiosk-gateway';
    $worker->count = 1;

    $worker->onWorkerStart = static function (Worker $worker): void {
        $worker->ledger = LedgerFactory::fromConfig(KioskConfig::load());
        $worker->printer = new ReceiptPrinter();
    };

    $worker->onMessage = static function (TcpConnection $connection, string $data) use ($worker): void {
        $msg = json_decode($data, true);
        if (($msg['type'] ?? '') !== 'fine.payment') {
            return;
        }
        $receipt = $worker->printer->render($msg);
        $worker->ledger->append(new PaymentRow($msg['patron'], $msg['fines'], $msg['amount_cents'], $msg['kiosk'], $receipt));
        $connection->send(json_encode(['ok' => true, 'receipt' => substr($receipt, 0, 64)]));
    };

    Worker::runAll();
}
