<?php
// A RoadRunner worker prices outgoing SMS. The dial plan matches the
// prefix of each number against its country codes and hands back the
// matched code, normalised to a string; a shared memo keeps the rate
// card line per number it is asked for: one entry per number priced.

function lookup_memo(string $namespace, string $id, callable $compute): mixed
{
    static $memo = [];
    $key = "{$namespace}:{$id}";
    if (!array_key_exists($key, $memo)) {
        $memo[$key] = $compute(); // leak
    }

    return $memo[$key];
}

final class DialPlan
{
    private const COUNTRIES = [31 => 0.071, 32 => 0.083, 33 => 0.065, 44 => 0.042, 49 => 0.079, 351 => 0.058];

    /** @return array{0: string, 1: float}|null */
    public function match(string $number): ?array
    {
        foreach (self::COUNTRIES as $cc => $price) {
            $cc = (string) $cc;
            if (str_starts_with($number, $cc)) {
                return [$cc, $price];
            }
        }

        return null;
    }
}

$plan = new DialPlan();
$total = 0.0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $number = [31, 32, 33, 44, 49, 351][$i % 6] . sprintf('%09d', 600000000 + $i * 7919);
    $match = $plan->match($number);
    if ($match === null) {
        continue;
    }
    [$cc, $price] = $match;
    $line = lookup_memo('rate', $number, static fn (): array => ['cc' => $cc, 'price' => $price, 'card' => str_repeat("rate {$cc};", 40)]);
    $total += $line['price'];
}
