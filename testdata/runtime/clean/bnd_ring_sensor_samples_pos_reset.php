<?php
// An IoT gateway daemon stores the last 128 sensor readings per device; the write position is reset to 0 when it hits the end.

final class Reading
{
    public function __construct(public readonly string $deviceId, public readonly float $value, public readonly string $raw) {}
}

final class SampleBuffer
{
    private const SIZE = 128;

    /** @var array<int, Reading> */
    private array $samples = [];
    private int $pos = 0;
    private bool $full = false;

    public function add(Reading $r): void
    {
        $this->samples[$this->pos] = $r;
        $this->pos++;
        if ($this->pos >= self::SIZE) {
            $this->pos = 0;
            $this->full = true;
        }
    }

    public function count(): int
    {
        return $this->full ? self::SIZE : $this->pos;
    }
}

final class Gateway
{
    private SampleBuffer $buffer;

    public function __construct()
    {
        $this->buffer = new SampleBuffer();
    }

    public function onPacket(string $packet): void
    {
        [$device, $value] = explode('|', $packet, 3);
        $this->buffer->add(new Reading($device, (float) $value, $packet));
    }
}

$gateway = new Gateway();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $gateway->onPacket(sprintf('thermo-%04d|%d.5|', $i % 10, $i % 40) . str_repeat('00ff', 160));
}
