<?php

declare(strict_types=1);

// Laravel Octane pricing API: prices an itinerary by running the carrier's
// fare rules (advance purchase, day of week, seasonal surcharges, discounts).

enum FareFamily: string
{
    case Light = 'light';
    case Standard = 'standard';
    case Flex = 'flex';
    case Business = 'business';
}

final class FareQuery
{
    public function __construct(
        public readonly string $carrier,
        public readonly FareFamily $family,
        public readonly string $origin,
        public readonly string $destination,
        public readonly DateTimeImmutable $departure,
        public readonly DateTimeImmutable $bookedAt,
        public readonly int $passengers,
        public readonly ?string $promoCode,
    ) {
    }

    public function daysInAdvance(): int
    {
        return (int) $this->bookedAt->diff($this->departure)->format('%a');
    }
}

/**
 * One row of the carrier's fare rule table.
 *
 * @phpstan-type Condition array{type: string, value: int|string|list<int>}
 */
final class FareRuleDefinition
{
    public function __construct(
        public readonly string $code,
        public readonly int $priority,
        public readonly array $condition,
        public readonly string $adjustment,
        public readonly ?string $validFrom = null,
        public readonly ?string $validTo = null,
    ) {
    }

    public function appliesOn(DateTimeImmutable $day): bool
    {
        $d = $day->format('Y-m-d');

        return ($this->validFrom === null || $d >= $this->validFrom) && ($this->validTo === null || $d <= $this->validTo);
    }
}

final class CompiledRuleSet
{
    /** @param list<array{code: string, test: Closure(FareQuery): bool, apply: Closure(int): int}> $steps */
    private function __construct(private readonly array $steps, public readonly string $signature)
    {
    }

    /** @param list<FareRuleDefinition> $definitions */
    public static function compile(array $definitions, ?DateTimeImmutable $travelDay): self
    {
        usort($definitions, static fn (FareRuleDefinition $a, FareRuleDefinition $b) => $b->priority <=> $a->priority);

        $steps = [];
        foreach ($definitions as $def) {
            if ($travelDay !== null && !$def->appliesOn($travelDay)) {
                continue;
            }
            $steps[] = [
                'code' => $def->code,
                'seasonal' => $def->validFrom !== null || $def->validTo !== null,
                'rule' => $def,
                'test' => self::compileCondition($def->condition),
                'apply' => self::compileAdjustment($def->adjustment),
            ];
        }

        return new self($steps, implode('>', array_column($steps, 'code')));
    }

    public function price(int $baseMinor, FareQuery $query): int
    {
        $price = $baseMinor;
        foreach ($this->steps as $step) {
            if ($step['seasonal'] && !$step['rule']->appliesOn($query->departure)) {
                continue;
            }
            if (($step['test'])($query)) {
                $price = ($step['apply'])($price);
            }
        }

        return max($price, 0) * $query->passengers;
    }

    private static function compileCondition(array $condition): Closure
    {
        $value = $condition['value'];

        return match ($condition['type']) {
            'advance_min' => static fn (FareQuery $q): bool => $q->daysInAdvance() >= $value,
            'advance_max' => static fn (FareQuery $q): bool => $q->daysInAdvance() <= $value,
            'weekday_in' => static fn (FareQuery $q): bool => in_array((int) $q->departure->format('N'), $value, true),
            'promo' => static fn (FareQuery $q): bool => $q->promoCode === $value,
            'always' => static fn (FareQuery $q): bool => true,
            default => throw new UnexpectedValueException('Unknown condition ' . $condition['type']),
        };
    }

    private static function compileAdjustment(string $adjustment): Closure
    {
        $amount = (int) substr($adjustment, 1, -1);

        return match ($adjustment[0] . substr($adjustment, -1)) {
            '+%' => static fn (int $p): int => intdiv($p * (100 + $amount), 100),
            '-%' => static fn (int $p): int => intdiv($p * (100 - $amount), 100),
            '+c' => static fn (int $p): int => $p + $amount,
            '-c' => static fn (int $p): int => $p - $amount,
            default => throw new UnexpectedValueException("Bad adjustment {$adjustment}"),
        };
    }
}

final class FareRuleRepository
{
    /** @var array<string, list<FareRuleDefinition>> */
    private array $byCarrierFamily = [];

    public function __construct(array $carriers)
    {
        foreach ($carriers as $carrier) {
            foreach (FareFamily::cases() as $family) {
                $this->byCarrierFamily[$carrier . '/' . $family->value] = [
                    new FareRuleDefinition('AP21', 40, ['type' => 'advance_min', 'value' => 21], '-12%'),
                    new FareRuleDefinition('LM03', 50, ['type' => 'advance_max', 'value' => 3], '+25%'),
                    new FareRuleDefinition('WKND', 30, ['type' => 'weekday_in', 'value' => [5, 7]], '+1500c'),
                    new FareRuleDefinition('SUMR', 20, ['type' => 'always', 'value' => 0], '+8%', '2024-07-01', '2024-08-31'),
                    new FareRuleDefinition('XMAS', 20, ['type' => 'always', 'value' => 0], '+15%', '2024-12-18', '2025-01-06'),
                    new FareRuleDefinition('PROMO', 10, ['type' => 'promo', 'value' => 'SPRING10'], '-10%'),
                ];
            }
        }
    }

    /** @return list<FareRuleDefinition> */
    public function forCarrierFamily(string $carrier, FareFamily $family): array
    {
        return $this->byCarrierFamily[$carrier . '/' . $family->value] ?? [];
    }
}

function fare_rules_cache_key(FareQuery $query): string
{
    // Seasonal rules are checked when pricing, so a compiled table only
    // depends on the rule table it came from.
    return "{$query->carrier}.{$query->family->value}";
}

/**
 * Compiling a rule table is the hot part of a pricing call, so compiled sets
 * are memoised for the life of the worker.
 */
function compiled_fare_rules(FareRuleRepository $rules, FareQuery $query): CompiledRuleSet
{
    static $compiled = [];

    $key = fare_rules_cache_key($query);

    return $compiled[$key] ??= CompiledRuleSet::compile($rules->forCarrierFamily($query->carrier, $query->family), null);
}

final class PricingController
{
    private const BASE_FARES = ['light' => 4900, 'standard' => 8900, 'flex' => 15900, 'business' => 42000];
    private const CARRIERS = ['KL', 'AF', 'LH'];

    public function __construct(private readonly FareRuleRepository $rules)
    {
    }

    /** @param array<string, string|int|null> $input */
    public function quote(array $input): array
    {
        $carrier = strtoupper((string) $input['carrier']);
        if (!in_array($carrier, self::CARRIERS, true)) {
            return ['error' => 'carrier not sold', 'status' => 422];
        }

        $query = new FareQuery(
            $carrier,
            FareFamily::from((string) $input['family']),
            strtoupper((string) $input['from']),
            strtoupper((string) $input['to']),
            new DateTimeImmutable((string) $input['departure']),
            new DateTimeImmutable((string) $input['booked_at']),
            (int) $input['pax'],
            $input['promo'] ?? null,
        );

        $ruleSet = compiled_fare_rules($this->rules, $query);
        $total = $ruleSet->price(self::BASE_FARES[$query->family->value], $query);

        return ['total_minor' => $total, 'currency' => 'EUR', 'rules' => $ruleSet->signature];
    }
}

// Worker boot.
$controller = new PricingController(new FareRuleRepository(['KL', 'AF', 'LH']));

$airports = ['AMS', 'CDG', 'FRA', 'LHR', 'BCN', 'FCO'];
$families = ['light', 'standard', 'flex', 'business'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bookedAt = 1_717_200_000 + $i * 90;
    $input = [
        'carrier' => ['kl', 'af', 'lh'][$i % 3],
        'family' => $families[($i >> 1) % 4],
        'from' => $airports[$i % 6],
        'to' => $airports[($i + 1 + $i % 5) % 6],
        'departure' => gmdate('Y-m-d\TH:i:s\Z', $bookedAt + 86400 * (1 + ($i * 13) % 240)),
        'booked_at' => gmdate('Y-m-d\TH:i:s\Z', $bookedAt),
        'pax' => 1 + $i % 3,
        'promo' => $i % 9 === 0 ? 'SPRING10' : null,
    ];

    $response = $controller->quote($input);
}
