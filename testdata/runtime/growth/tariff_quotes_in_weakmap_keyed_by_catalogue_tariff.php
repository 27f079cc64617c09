<?php
// A pricing API worker: tariffs are loaded once into the catalogue; the
// worker caches computed quotes per tariff in a WeakMap, so that a
// tariff the catalogue drops takes its quotes with it.

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

    final class QuoteService
    {
        /** @var \WeakMap<Tariff, array<string, string>> */
        private \WeakMap $quotes;

        public function __construct(private readonly TariffCatalogue $catalogue)
        {
            $this->quotes = new \WeakMap();
        }

        public function quote(string $code, string $basket, int $units): string
        {
            $tariff = $this->catalogue->get($code);
            $quote = sprintf('%s: %d units at %.2f = %.2f; ', $tariff->code, $units, $tariff->rate, $units * $tariff->rate);
            $this->quotes[$tariff] ??= [];
            $this->quotes[$tariff][$basket] = str_repeat($quote, 24); // leak

            return $this->quotes[$tariff][$basket];
        }
    }
}

namespace {
    use Pricing\QuoteService;
    use Pricing\TariffCatalogue;

    $service = new QuoteService(new TariffCatalogue());
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $service->quote(['basic', 'plus', 'pro'][$i % 3], 'basket-' . $i, $i % 40 + 1);
    }
}
