<?php

namespace Workerman\Connection {

    /** Stand-in for Workerman\Connection\TcpConnection. */
    class TcpConnection
    {
        public int $id;
        private static int $nextId = 1;

        public function __construct(public string $remoteAddress)
        {
            $this->id = self::$nextId++;
        }

        public function send(string $buffer): bool
        {
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

    /**
     * Stand-in for Workerman\Worker: callbacks are public properties, the
     * worker process runs them for every message until it is stopped.
     */
    class Worker
    {
        public int $count = 1;
        public string $name = 'none';
        /** @var null|callable */
        public $onWorkerStart = null;
        /** @var null|callable */
        public $onMessage = null;

        /** @var list<Worker> */
        private static array $workers = [];
        /** @var null|\Closure(int): string */
        public static ?\Closure $replay = null;

        public function __construct(public string $socketName = '')
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $connection = new TcpConnection('10.20.0.31:50211');
                for ($i = 0; $i < $n; $i++) {
                    ($worker->onMessage)($connection, (self::$replay)($i));
                }
            }
        }
    }
}

namespace App\Modbus {

    use Closure;
    use WeakReference;

    final class ModbusFrame
    {
        public function __construct(
            public readonly int $transactionId,
            public readonly int $unitId,
            public readonly int $functionCode,
            public readonly string $bytes,
            public readonly string $pdu,
        ) {
        }

        public static function parse(string $adu): self
        {
            $h = unpack('ntid/nproto/nlen/Cunit/Cfc', $adu);
            if ($h['proto'] !== 0) {
                throw new \UnexpectedValueException('not Modbus/TCP');
            }

            return new self($h['tid'], $h['unit'], $h['fc'], $adu, substr($adu, 8));
        }
    }

    final class DecodedRegisters
    {
        /**
         * @param array<int, int> $registers
         * @param Closure(): string $rawHex lazily rendered hex dump for the diagnostics page
         */
        public function __construct(
            public readonly int $unitId,
            public readonly int $transactionId,
            public readonly array $registers,
            private Closure $rawHex,
        ) {
        }

        public function hexDump(): string
        {
            return ($this->rawHex)();
        }
    }

    /**
     * Several collaborators look at the same frame while one message is being
     * handled (validator, tag mapper, audit); decode each frame only once.
     */
    trait MemoizesPerFrame
    {
        /** @var array<int, array{WeakReference<object>, mixed}> */
        private static array $perFrame = [];

        protected static function forFrame(object $frame, Closure $compute): mixed
        {
            $id = spl_object_id($frame);
            $hit = self::$perFrame[$id] ?? null;
            if ($hit !== null && $hit[0]->get() === $frame) {
                return $hit[1];
            }

            return (self::$perFrame[$id] = [WeakReference::create($frame), $compute()])[1];
        }
    }

    final class RegisterDecoder
    {
        use MemoizesPerFrame;

        public function decode(ModbusFrame $frame): DecodedRegisters
        {
            return self::forFrame($frame, static function () use ($frame): DecodedRegisters {
                $bytes = $frame->bytes;
                $count = ord($frame->pdu[1] ?? "\0");
                $registers = array_values(unpack('n' . intdiv($count, 2), substr($frame->pdu, 2)));

                return new DecodedRegisters(
                    $frame->unitId,
                    $frame->transactionId,
                    $registers,
                    static fn (): string => chunk_split(bin2hex($bytes), 4, ' '),
                );
            });
        }
    }

    final class FrameValidator
    {
        public function __construct(private RegisterDecoder $decoder)
        {
        }

        public function validate(ModbusFrame $frame): bool
        {
            return $frame->functionCode === 0x03 && count($this->decoder->decode($frame)->registers) > 0;
        }
    }

    final class TagMapper
    {
        /** @param array<int, array<int, string>> $map unit id => register offset => tag */
        public function __construct(private RegisterDecoder $decoder, private array $map)
        {
        }

        /** @return array<string, float> */
        public function map(ModbusFrame $frame): array
        {
            $decoded = $this->decoder->decode($frame);
            $tags = [];
            foreach ($this->map[$decoded->unitId] ?? [] as $offset => $tag) {
                $tags[$tag] = ($decoded->registers[$offset] ?? 0) / 10;
            }

            return $tags;
        }
    }

    final class PumpStationGateway
    {
        private int $accepted = 0;
        private int $rejected = 0;

        public function __construct(private FrameValidator $validator, private TagMapper $mapper)
        {
        }

        public function onMessage(\Workerman\Connection\TcpConnection $connection, string $adu): void
        {
            $frame = ModbusFrame::parse($adu);
            if (!$this->validator->validate($frame)) {
                $this->rejected++;
                $connection->send(pack('nnnCCC', $frame->transactionId, 0, 3, $frame->unitId, $frame->functionCode | 0x80, 0x03));

                return;
            }
            $tags = $this->mapper->map($frame);
            $this->accepted += count($tags);
            $connection->send(pack('nnnCC', $frame->transactionId, 0, 2, $frame->unitId, 0x00));
        }
    }
}

namespace {

    use App\Modbus\FrameValidator;
    use App\Modbus\PumpStationGateway;
    use App\Modbus\RegisterDecoder;
    use App\Modbus\TagMapper;
    use Workerman\Worker;

    // PLCs push a 40-register holding block after every scan.
    Worker::$replay = static function (int $i): string {
        $regs = [];
        for ($r = 0; $r < 40; $r++) {
            $regs[] = ($i * 7 + $r * 113) % 65536;
        }
        $pdu = pack('CC', 0x03, 80) . pack('n*', ...$regs);

        return pack('nnnC', $i % 65536, 0, strlen($pdu) + 1, 1 + $i % 4) . $pdu;
    };

    $worker = new Worker('tcp://0.0.0.0:1502');
    $worker->name = 'pump-station-gateway';
    $worker->count = 1;

    $worker->onWorkerStart = static function (Worker $worker): void {
        $decoder = new RegisterDecoder();
        $gateway = new PumpStationGateway(
            new FrameValidator($decoder),
            new TagMapper($decoder, [
                1 => [0 => 'wet_well_level', 1 => 'pump1_amps', 2 => 'pump2_amps', 5 => 'discharge_psi'],
                2 => [0 => 'wet_well_level', 3 => 'flow_gpm', 4 => 'runtime_h'],
                3 => [0 => 'reservoir_ft', 7 => 'chlorine_mgl'],
                4 => [1 => 'vfd_hz', 2 => 'suction_psi', 5 => 'discharge_psi'],
            ]),
        );
        $worker->onMessage = [$gateway, 'onMessage'];
    };

    Worker::runAll();
}
