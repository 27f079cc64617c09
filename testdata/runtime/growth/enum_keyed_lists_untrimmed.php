<?php
// The same monitor without the cut: the keys are bounded by the enum, but
// each status's list of samples grows with every check.

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
        self::$samples[$status->value][] = $sample; // leak
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$cases = Status::cases();
for ($i = 0; $i < $n; $i++) {
    Monitor::record($cases[$i % 3], str_repeat('s', 700) . $i);
}
