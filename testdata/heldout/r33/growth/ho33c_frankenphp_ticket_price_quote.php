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

    final class PricingRules
    {
        private const BASE = ['floor' => 14900, 'lower-bowl' => 9900, 'upper-bowl' => 5900, 'club-level' => 18900, 'standing' => 6900];

        public function quote(string $eventId, string $section, int $qty, ?string $promo): Quote
        {
            $face = self::BASE[$section] ?? 5900;
            $service = (int) round($face * 0.12);
            $facility = 350;
            $discount = $promo !== null ? (int) round($qty * $face * 0.1) : 0;

            return new Quote($eventId, $section, $qty, $face, $service, $facility, $discount, 'EUR', [
                sprintf('%d x %s ticket @ %.2f', $qty, $section, $face / 100),
                sprintf('Service fee %.2f per ticket', $service / 100),
                sprintf('Facility fee %.2f per ticket', $facility / 100),
                $promo !== null ? sprintf('Promo %s: -%.2f', $promo, $discount / 100) : 'No promo applied',
            ]);
        }
    }

    /** Quotes are recomputed on every seat-map hover, so they are cached per worker. */
    function quote_for(PricingRules $rules, string $eventId, string $section, int $qty, ?string $promo): Quote
    {
        static $quotes = [];

        $key = "{$eventId}|{$section}|{$qty}|{$promo}";

        return $quotes[$key] ??= $rules->quote($eventId, $section, $qty, $promo); // leak
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
