<?php
// Minimal stand-in for ext-swoole's WebSocket server (the extension is not
// loaded here). start() plays a stream of crane PLC connections: each one
// opens, sends one telemetry frame and closes, as the gateway boxes do.

namespace Swoole\Http {
    final class Request
    {
        public int $fd = 0;
        /** @var array<string,string> */
        public array $header = [];
        /** @var array<string,string> */
        public array $get = [];
    }
}

namespace Swoole\WebSocket {
    final class Frame
    {
        public int $fd = 0;
        public string $data = '';
        public int $opcode = 1;
        public bool $finish = true;
    }

    class Server
    {
        /** @var array<string,callable> */
        private array $callbacks = [];
        /** @var array<string,mixed> */
        public array $setting = [];

        public function __construct(public string $host, public int $port) {}

        public function set(array $settings): void
        {
            $this->setting = $settings + $this->setting;
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        public function push(int $fd, string $data): bool
        {
            return $fd > 0 && $data !== '';
        }

        public function start(): bool
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            ($this->callbacks['workerstart'] ?? static fn () => null)($this, 0);
            for ($i = 0; $i < $n; $i++) {
                $fd = 1000 + $i;
                $crane = sprintf('STS-%02d', $i % 14 + 1);

                $req = new \Swoole\Http\Request();
                $req->fd = $fd;
                $req->header = [
                    'x-crane-id' => $crane,
                    'x-plc-firmware' => sprintf('siemens-s7-1500/v%d.%d.%d', 2 + $i % 3, $i % 10, $i % 7),
                    'x-spreader' => sprintf('bromma-ssx45-%05d', 31000 + $i),
                    'user-agent' => 'cranelink-gw/4.2 (' . bin2hex(random_bytes(12)) . ')',
                ];
                $req->get = ['terminal' => 'CT3', 'shift' => (string) ($i % 3)];
                ($this->callbacks['open'])($this, $req);

                $frame = new Frame();
                $frame->fd = $fd;
                $frame->data = json_encode([
                    'crane' => $crane,
                    'seq' => $i,
                    'ts' => 1718000000 + $i * 7,
                    'hoist' => ['load_t' => 18.5 + ($i % 40), 'speed_mpm' => 90 - $i % 30, 'height_m' => 31.2],
                    'trolley' => ['pos_m' => 12.0 + $i % 50, 'speed_mps' => 3.1],
                    'gantry' => ['pos_m' => 402.5 + $i % 9, 'wind_mps' => 6.4 + ($i % 5) / 10],
                    'twistlocks' => ['locked', 'locked', 'locked', $i % 11 === 0 ? 'fault' : 'locked'],
                    'container' => sprintf('MSKU%07d', 4400000 + $i),
                    'plc_dump' => base64_encode(random_bytes(180)),
                ], JSON_THROW_ON_ERROR);
                ($this->callbacks['message'])($this, $frame);

                ($this->callbacks['close'])($this, $fd);
            }

            return true;
        }
    }
}
