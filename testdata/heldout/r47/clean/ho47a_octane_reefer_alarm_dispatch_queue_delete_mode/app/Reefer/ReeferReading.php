<?php

declare(strict_types=1);

namespace App\Reefer;

final class ReeferReading
{
    public function __construct(
        public readonly string $container,
        public readonly string $controllerSerial,
        public readonly float $setpoint,
        public readonly float $supply,
        public readonly float $returnAir,
        public readonly string $stackPosition,
        /** @var list<string> */
        public readonly array $alarmCodes,
        public readonly string $raw,
    ) {}

    public static function fromInput(array $in): self
    {
        return new self(
            $in['container'],
            $in['controller']['serial'],
            (float) $in['setpoint_c'],
            (float) $in['supply_c'],
            (float) $in['return_c'],
            $in['stack'],
            $in['alarm_codes'],
            $in['raw'],
        );
    }

    public function deviation(): float
    {
        return abs($this->supply - $this->setpoint);
    }
}
