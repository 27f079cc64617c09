<?php

// Workerman TCP gateway for warehouse sensors: each message is a batch of
// newline-separated frames (HELLO, readings, END, then optional trailer
// frames older firmware appends). One worker, long-lived services.

namespace Workerman\Connection {
    class TcpConnection
    {
        public static int $idRecorder = 0;

        public int $id;
        public int $bytesWritten = 0;
        public $onMessage = null;

        public function __construct(public string $remoteAddress)
        {
            $this->id = ++self::$idRecorder;
        }

        public function send(string $data): bool
        {
            $this->bytesWritten += strlen($data);

            return true;
        }

        public function getRemoteIp(): string
        {
            return explode(':', $this->remoteAddress)[0];
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var list<self> */
        protected static array $workers = [];

        public int $count = 1;
        public string $name = 'none';
        public $onWorkerStart = null;
        public $onConnect = null;
        public $onMessage = null;
        public $onClose = null;

        public function __construct(public string $socketName = '')
        {
            static::$workers[] = $this;
        }

        /** Stand-in for the event loop: sensors keep their connection open. */
        public static function runAll(): void
        {
            $messages = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (static::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $connections = [];
                for ($c = 0; $c < 8; $c++) {
                    $connections[$c] = new TcpConnection('10.20.0.' . (10 + $c) . ':' . (40000 + $c));
                    if ($worker->onConnect) {
                        ($worker->onConnect)($connections[$c]);
                    }
                }
                for ($i = 0; $i < $messages; $i++) {
                    ($worker->onMessage)($connections[$i % 8], self::batch($i));
                }
                foreach ($connections as $connection) {
                    if ($worker->onClose) {
                        ($worker->onClose)($connection);
                    }
                }
            }
        }

        private static function batch(int $i): string
        {
            $device = sprintf('dock-%02d', $i % 24);
            $lines = ["HELLO {$device} fw=2.3.{$i}"];
            for ($r = 0; $r < 6; $r++) {
                $lines[] = sprintf('READ %s t=%d temp=%.2f hum=%.1f batt=%d', $device, 1700000000 + $i * 60 + $r, 4 + ($i + $r) % 7 / 3, 40 + ($i * $r) % 30, 90 - $r);
            }
            $lines[] = 'END ' . count($lines);
            $lines[] = 'TRAILER ' . str_repeat('0', 240);
            $lines[] = 'TRAILER crc=' . dechex(crc32(implode("\n", $lines)));

            return implode("\n", $lines) . "\n";
        }
    }
}

namespace App\Protocol {
    final class Frame
    {
        public function __construct(
            public readonly string $type,
            public readonly string $device,
            public readonly array $fields,
        ) {
        }
    }

    final class FrameParser
    {
        public function parse(string $line): Frame
        {
            $parts = explode(' ', trim($line));
            $type = array_shift($parts);
            $device = $type === 'HELLO' || $type === 'READ' ? array_shift($parts) : '';
            $fields = [];
            foreach ($parts as $part) {
                [$key, $value] = array_pad(explode('=', $part, 2), 2, null);
                $fields[$key] = $value;
            }

            return new Frame($type, $device, $fields);
        }
    }

    /**
     * Lazily parsed view of one inbound batch. Each iteration (and peek())
     * starts its own cursor at the first frame.
     *
     * @implements \IteratorAggregate<int, Frame>
     */
    final class FrameStream implements \IteratorAggregate
    {
        public function __construct(private string $buffer, private FrameParser $parser)
        {
        }

        public function peek(): ?Frame
        {
            return $this->getIterator()->current();
        }

        public function getIterator(): \Generator
        {
            return $this->frames();
        }

        private function frames(): \Generator
        {
            $offset = 0;
            $length = strlen($this->buffer);
            while ($offset < $length) {
                $end = strpos($this->buffer, "\n", $offset);
                $end = $end === false ? $length : $end;
                if ($end > $offset) {
                    yield $this->parser->parse(substr($this->buffer, $offset, $end - $offset));
                }
                $offset = $end + 1;
            }
        }
    }
}

namespace App\Telemetry {
    use App\Protocol\Frame;

    /** Last reading per registered device; devices are provisioned at boot. */
    final class ReadingRepository
    {
        private array $latest = [];

        /** @param list<string> $devices */
        public function __construct(private array $devices)
        {
        }

        public function isKnown(string $device): bool
        {
            return in_array($device, $this->devices, true);
        }

        public function store(Frame $reading): void
        {
            $this->latest[$reading->device] = [
                't' => (int) $reading->fields['t'],
                'temp' => (float) $reading->fields['temp'],
                'hum' => (float) $reading->fields['hum'],
            ];
        }
    }

    final class AlertPolicy
    {
        public function __construct(private float $maxTemp)
        {
        }

        public function breached(Frame $reading): bool
        {
            return (float) $reading->fields['temp'] > $this->maxTemp;
        }
    }
}

namespace App\Gateway {
    use App\Protocol\FrameParser;
    use App\Protocol\FrameStream;
    use App\Telemetry\AlertPolicy;
    use App\Telemetry\ReadingRepository;
    use Workerman\Connection\TcpConnection;

    final class BatchHandler
    {
        private int $accepted = 0;

        public function __construct(
            private FrameParser $parser,
            private ReadingRepository $readings,
            private AlertPolicy $alerts,
        ) {
        }

        public function __invoke(TcpConnection $connection, string $data): void
        {
            $stream = new FrameStream($data, $this->parser);
            $hello = $stream->peek();
            if ($hello === null || $hello->type !== 'HELLO' || !$this->readings->isKnown($hello->device)) {
                $connection->send("ERR unknown device\n");

                return;
            }

            $count = 0;
            $alerts = 0;
            foreach ($stream as $frame) {
                if ($frame->type === 'HELLO') {
                    continue;
                }
                if ($frame->type === 'END') {
                    break; // trailer frames carry nothing we use
                }
                $this->readings->store($frame);
                $alerts += (int) $this->alerts->breached($frame);
                $count++;
            }
            $this->accepted += $count;
            $connection->send("OK {$count} {$alerts}\n");
        }
    }
}

namespace {
    use App\Gateway\BatchHandler;
    use App\Protocol\FrameParser;
    use App\Telemetry\AlertPolicy;
    use App\Telemetry\ReadingRepository;
    use Workerman\Worker;

    $gateway = new Worker('tcp://0.0.0.0:7100');
    $gateway->name = 'telemetry-gateway';
    $gateway->count = 1;

    $gateway->onWorkerStart = static function (Worker $worker): void {
        $devices = [];
        for ($d = 0; $d < 24; $d++) {
            $devices[] = sprintf('dock-%02d', $d);
        }
        $handler = new BatchHandler(new FrameParser(), new ReadingRepository($devices), new AlertPolicy(5.5));
        $worker->onMessage = $handler;
    };

    Worker::runAll();
}
