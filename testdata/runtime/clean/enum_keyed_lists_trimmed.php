<?php
// A health monitor keeps the last five samples per status, an enum: the
// keys are the enum's cases and each list is cut back after every append.

enum Status: string
{
    case Up = 'up';
    case Degraded = 'degraded';
    case Down = 'down';
}

final class Monitor
{
    private static array $samples = [];

    public static function record(Status $status, string $sample): void
    {
        self::$samples[$status->value][] = $sample;
        self::$samples[$status->value] = array_slice(self::$samples[$status->value], -5);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$cases = Status::cases();
for ($i = 0; $i < $n; $i++) {
    Monitor::record($cases[$i % 3], str_repeat('s', 700) . $i);
}
