<?php
// Workerman TCP server for IoT sensors that keeps the last 64 telemetry frames in a ring for replay to dashboards.

namespace Workerman\Connection {
    class TcpConnection
    {
        public function __construct(public int $id, public string $remoteAddress) {}

        public function send(string $data): void {}
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public string $socketName) {}

        public function feed(TcpConnection $connection, string $data): void { ($this->onMessage)($connection, $data); }
    }
}

namespace App\Telemetry {
    final class Frame
    {
        public function __construct(public readonly string $deviceId, public readonly int $seq, public readonly array $readings, public readonly string $raw) {}
    }

    final class ReplayRing
    {
        private const SIZE = 64;

        /** @var array<int, Frame> */
        private array $slots = [];
        private int $head = 0;

        public function put(Frame $frame): void
        {
            $this->slots[$this->head] = $frame;
            $this->head = ($this->head + 1) % self::SIZE;
        }

        /** @return Frame[] */
        public function replay(): array { return array_values($this->slots); }
    }

    final class FrameDecoder
    {
        public function decode(string $packet): Frame
        {
            [$device, $seq, $csv] = explode('|', $packet, 3);
            $values = array_map('floatval', explode(',', $csv));
            return new Frame($device, (int) $seq, array_combine(['temp', 'humidity', 'pressure', 'co2'], array_slice($values, 0, 4)), $packet);
        }
    }
}

namespace {
    use App\Telemetry\FrameDecoder;
    use App\Telemetry\ReplayRing;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $ring = new ReplayRing();
    $decoder = new FrameDecoder();
    $worker = new Worker('tcp://0.0.0.0:9502');
    $worker->onMessage = static function (TcpConnection $connection, string $data) use ($ring, $decoder): void {
        $ring->put($decoder->decode($data));
        $connection->send("ACK\n");
    };

    $sensor = new TcpConnection(7, '10.0.4.21:51234');
    for ($i = 0; $i < $n; $i++) {
        $worker->feed($sensor, sprintf('sensor-%04d|%08d|21.5,40.2,1013.2,612,', $i % 30, $i) . str_repeat('0.0,', 120));
    }
}
