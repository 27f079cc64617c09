<?php

declare(strict_types=1);

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /**
         * Stand-in for FrankenPHP worker mode: each call resets the superglobals
         * to the next request and runs the handler once.
         */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $seq = 0;
            $max = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($seq >= $max) {
                return false;
            }
            $i = $seq++;
            $sections = ['floor', 'lower-bowl', 'upper-bowl', 'club-level', 'standing'];
            $_SERVER['REQUEST_URI'] = sprintf('/events/evt_%d/quote', 20000 + ($i * 13) % 4000);
            $_SERVER['REQUEST_TIME'] = 1777000000 + $i;
            $_GET = [
                'section' => $sections[$i % 5],
                'qty' => (string) (1 + $i % 6),
                'promo' => $i % 3 === 0 ? '' : 'SUMMER' . strtoupper(dechex(0x1a00 + $i)),
            ];
            $handler();

            return true;
        }
    }
}

namespace App\Pricing {

    final class Quote
    {
        public function __construct(
            public readonly string $eventId,
            public readonly string $section,
            public readonly int $quantity,
            public readonly int $faceValueCents,
            public readonly int $serviceFeeCents,
            public readonly int $facilityFeeCents,
            public readonly int $discountCents,
            public readonly string $currency,
            public readonly array $lines,
        ) {
        }

        public function totalCents(): int
        {
            return $this->quantity * ($this->faceValueCents + $this->serviceFeeCents + $this->facilityFeeCents) - $this->discountCents;
        }
    }

    enum PriceTier: string
    {
        case Weekday = 'weekday';
        case Weekend = 'weekend';
        case Marquee = 'marquee';

        public static function forEvent(string $eventId): self
        {
            $n = (int) substr($eventId, 4);

            return match (true) {
                $n % 50 === 0 => self::Marquee,
                $n % 7 >= 5 => self::Weekend,
                default => self::Weekday,
            };
        }
    }

    final class SectionPrice
    {
        public function __construct(
            public readonly int $faceValueCents,
            public readonly int $serviceFeeCents,
            public readonly int $facilityFeeCents,
            public readonly string $label,
        ) {
        }
    }

    final class PricingRules
    {
        public const SECTIONS = ['floor', 'lower-bowl', 'upper-bowl', 'club-level', 'standing'];

        private const BASE = ['floor' => 14900, 'lower-bowl' => 9900, 'upper-bowl' => 5900, 'club-level' => 18900, 'standing' => 6900];

        private const MULTIPLIER = ['weekday' => 1.0, 'weekend' => 1.15, 'marquee' => 1.6];

        public function sectionPrice(PriceTier $tier, string $section): SectionPrice
        {
            $face = (int) round((self::BASE[$section] ?? 5900) * self::MULTIPLIER[$tier->value]);

            return new SectionPrice($face, (int) round($face * 0.12), 350, sprintf('%s (%s pricing)', $section, $tier->value));
        }

        public function quote(string $eventId, SectionPrice $price, string $section, int $qty, ?string $promo): Quote
        {
            $face = $price->faceValueCents;
            $discount = $promo !== null ? (int) round($qty * $face * 0.1) : 0;

            return new Quote($eventId, $section, $qty, $face, $price->serviceFeeCents, $price->facilityFeeCents, $discount, 'EUR', [
                sprintf('%d x %s @ %.2f', $qty, $price->label, $face / 100),
                sprintf('Service fee %.2f per ticket', $price->serviceFeeCents / 100),
                sprintf('Facility fee %.2f per ticket', $price->facilityFeeCents / 100),
                $promo !== null ? sprintf('Promo %s: -%.2f', $promo, $discount / 100) : 'No promo applied',
            ]);
        }
    }

    /**
     * The fee schedule behind a quote depends only on the event's price tier
     * and the seating section, so that part is cached per worker; the quote
     * itself (quantity, promo) is built fresh for each request.
     */
    function quote_for(PricingRules $rules, string $eventId, string $section, int $qty, ?string $promo): Quote
    {
        static $schedule = [];

        if (!in_array($section, PricingRules::SECTIONS, true)) {
            $section = 'standing';
        }
        $tier = PriceTier::forEvent($eventId);
        $key = "{$tier->value}|{$section}";

        $price = $schedule[$key] ??= $rules->sectionPrice($tier, $section);

        return $rules->quote($eventId, $price, $section, $qty, $promo);
    }
}

namespace App\Http {

    use App\Pricing\PricingRules;
    use function App\Pricing\quote_for;

    final class QuoteEndpoint
    {
        public function __construct(private readonly PricingRules $rules)
        {
        }

        public function __invoke(): string
        {
            if (!preg_match('#^/events/(evt_\d+)/quote$#', $_SERVER['REQUEST_URI'], $m)) {
                return json_encode(['error' => 'not found']);
            }
            $qty = max(1, min(8, (int) ($_GET['qty'] ?? 1)));
            $promo = ($_GET['promo'] ?? '') !== '' ? strtoupper(trim($_GET['promo'])) : null;

            $quote = quote_for($this->rules, $m[1], (string) ($_GET['section'] ?? 'standing'), $qty, $promo);

            return json_encode(['event' => $quote->eventId, 'total' => $quote->totalCents(), 'lines' => $quote->lines]);
        }
    }
}

namespace {

    use App\Http\QuoteEndpoint;
    use App\Pricing\PricingRules;

    $endpoint = new QuoteEndpoint(new PricingRules());

    $handler = static function () use ($endpoint): void {
        $body = $endpoint();
    };

    while (frankenphp_handle_request($handler)) {
        gc_collect_cycles();
    }
}
