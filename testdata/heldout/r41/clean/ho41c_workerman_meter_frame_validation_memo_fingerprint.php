<?php

declare(strict_types=1);

// Workerman TCP gateway for smart-meter push frames (DLMS push setup over
// TCP, hex-encoded). Several handlers look at each frame; the validator
// memoises its verdict per frame object so the CRC is checked once.

final class TcpConnection
{
    public int $id;
    private int $sent = 0;

    public function __construct(int $id)
    {
        $this->id = $id;
    }

    public function send(string $data): void
    {
        $this->sent += strlen($data);
    }
}

/** Stand-in for Workerman\Worker: one connection, messages fed from a source. */
final class Worker
{
    /** @var callable|null */
    public $onMessage = null;
    public string $name = 'none';

    public function __construct(public readonly string $listen, private iterable $source)
    {
    }

    public function runAll(): void
    {
        $connection = new TcpConnection(1);
        foreach ($this->source as $data) {
            ($this->onMessage)($connection, $data);
        }
    }
}

final class MeterFrame
{
    /** @param array<string, string> $objects */
    public function __construct(
        public readonly string $systemTitle,
        public readonly int $invocationCounter,
        public readonly array $objects,
        public readonly string $crc,
        public readonly string $raw,
    ) {
    }

    public static function decode(string $hex): self
    {
        $parts = explode('|', $hex);
        $objects = [];
        foreach (array_slice($parts, 2, -1) as $pair) {
            [$obis, $value] = explode('=', $pair, 2);
            $objects[$obis] = $value;
        }

        return new self($parts[0], (int) $parts[1], $objects, (string) end($parts), $hex);
    }
}

final class FrameValidator
{
    /** @var array<int, array{0: string, 1: list<string>}> */
    private array $verdicts = [];

    /** @return list<string> */
    public function errors(MeterFrame $frame): array
    {
        $key = spl_object_id($frame);
        $fingerprint = $this->fingerprint($frame);
        $cached = $this->verdicts[$key] ?? null;
        if ($cached !== null && $cached[0] === $fingerprint) {
            return $cached[1];
        }

        $errors = $this->check($frame);
        $this->verdicts[$key] = [$fingerprint, $errors];

        return $errors;
    }

    /** Object ids are recycled once a frame is gone, so tell frames apart by content. */
    private function fingerprint(MeterFrame $frame): string
    {
        return $frame->systemTitle . '#' . $frame->invocationCounter . '#' . $frame->crc;
    }

    private function check(MeterFrame $frame): array
    {
        $errors = [];
        $body = substr($frame->raw, 0, (int) strrpos($frame->raw, '|'));
        if (sprintf('%08x', crc32($body)) !== $frame->crc) {
            $errors[] = 'crc';
        }
        if (!isset($frame->objects['1-0:1.8.0'])) {
            $errors[] = 'missing active import register';
        }

        return $errors;
    }
}

final class RegisterReadingHandler
{
    private array $lastRegister = [];

    public function __construct(private FrameValidator $validator)
    {
    }

    public function handle(MeterFrame $frame): void
    {
        if ($this->validator->errors($frame) !== []) {
            return;
        }
        // bounded: one register slot per installed meter family
        $this->lastRegister[substr($frame->systemTitle, 0, 6)] = (float) $frame->objects['1-0:1.8.0'];
    }
}

final class PowerQualityHandler
{
    private int $sags = 0;

    public function __construct(private FrameValidator $validator)
    {
    }

    public function handle(MeterFrame $frame): void
    {
        if ($this->validator->errors($frame) !== []) {
            return;
        }
        if ((float) ($frame->objects['1-0:32.7.0'] ?? 230) < 207.0) {
            $this->sags++;
        }
    }
}

final class AckWriter
{
    public function __construct(private FrameValidator $validator)
    {
    }

    public function ack(TcpConnection $connection, MeterFrame $frame): void
    {
        $status = $this->validator->errors($frame) === [] ? 'ACK' : 'NAK';
        $connection->send(sprintf("%s %s %d\n", $status, $frame->systemTitle, $frame->invocationCounter));
    }
}

// ---- boot ---------------------------------------------------------------
$validator = new FrameValidator();
$handlers = [new RegisterReadingHandler($validator), new PowerQualityHandler($validator)];
$acks = new AckWriter($validator);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$source = (function () use ($n) {
    for ($i = 0; $i < $n; $i++) {
        $title = sprintf('4B464D%010X', 0x1020300 + $i % 300);
        $body = implode('|', [
            $title,
            (string) (70000 + $i),
            sprintf('0-0:1.0.0=%s', gmdate('YmdHis', 1717200000 + $i * 900)),
            sprintf('1-0:1.8.0=%012.3f', 5120 + $i * 0.7),
            sprintf('1-0:2.8.0=%012.3f', 800 + $i * 0.1),
            sprintf('1-0:32.7.0=%05.1f', 203 + $i % 40 * 0.5),
            sprintf('1-0:52.7.0=%05.1f', 229 + $i % 3),
            sprintf('1-0:72.7.0=%05.1f', 231 - $i % 4),
            sprintf('0-0:96.7.21=%05d', $i % 9),
            sprintf('0-0:96.13.0=%s', bin2hex('tariff switch window ' . ($i % 6))),
            sprintf('0-0:42.0.0=%s', bin2hex(str_pad('LDN' . $title, 40, '.'))),
        ]);
        yield $body . '|' . sprintf('%08x', crc32($body));
    }
})();

$worker = new Worker('tcp://0.0.0.0:4059', $source);
$worker->name = 'meter-push-gateway';
$worker->onMessage = function (TcpConnection $connection, string $data) use ($handlers, $acks) {
    $frame = MeterFrame::decode($data);
    foreach ($handlers as $handler) {
        $handler->handle($frame);
    }
    $acks->ack($connection, $frame);
};
$worker->runAll();
