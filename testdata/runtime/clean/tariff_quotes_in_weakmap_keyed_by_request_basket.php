<?php
// A pricing API worker: tariffs are loaded once into the catalogue; the
// worker caches the quote of each basket in a WeakMap keyed by the
// basket, so the quote goes when the request drops the basket.

namespace Pricing {
    final class Tariff
    {
        public function __construct(public readonly string $code, public readonly float $rate)
        {
        }
    }

    final class TariffCatalogue
    {
        /** @var array<string, Tariff> */
        private array $tariffs = [];

        public function __construct()
        {
            foreach (['basic' => 0.12, 'plus' => 0.10, 'pro' => 0.08] as $code => $rate) {
                $this->tariffs[$code] = new Tariff($code, $rate);
            }
        }

        public function get(string $code): Tariff
        {
            return $this->tariffs[$code] ?? $this->tariffs['basic'];
        }
    }

    final class Basket
    {
        public function __construct(public readonly string $id, public readonly int $units)
        {
        }
    }

    final class QuoteService
    {
        /** @var \WeakMap<Basket, array<string, string>> */
        private \WeakMap $quotes;

        public function __construct(private readonly TariffCatalogue $catalogue)
        {
            $this->quotes = new \WeakMap();
        }

        public function quote(string $code, Basket $basket): string
        {
            $tariff = $this->catalogue->get($code);
            $quote = sprintf('%s: %d units at %.2f = %.2f; ', $tariff->code, $basket->units, $tariff->rate, $basket->units * $tariff->rate);
            $this->quotes[$basket] ??= [];
            $this->quotes[$basket][$tariff->code] = str_repeat($quote, 24);

            return $this->quotes[$basket][$tariff->code];
        }
    }
}

namespace {
    use Pricing\Basket;
    use Pricing\QuoteService;
    use Pricing\TariffCatalogue;

    $service = new QuoteService(new TariffCatalogue());
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $service->quote(['basic', 'plus', 'pro'][$i % 3], new Basket('basket-' . $i, $i % 40 + 1));
    }
}
