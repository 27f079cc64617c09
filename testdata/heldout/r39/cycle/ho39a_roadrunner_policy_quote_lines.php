<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {
    /**
     * Stand-in for the RoadRunner PSR-7 worker: the Go side feeds requests
     * over a pipe; here the next quote request is synthesised per call.
     */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $limit)
        {
        }

        public function waitRequest(): ?array
        {
            if ($this->served >= $this->limit) {
                return null;
            }

            $i = $this->served++;
            $states = ['TX', 'OH', 'FL', 'AZ', 'GA', 'NC'];

            return [
                'uri' => '/api/quotes',
                'body' => json_encode([
                    'applicant' => ['name' => "Applicant {$i}", 'dob' => date('Y-m-d', 315532800 + $i * 86400 * 3), 'state' => $states[$i % 6]],
                    'vehicle' => ['vin' => strtoupper(substr(hash('sha1', "vin{$i}"), 0, 17)), 'year' => 2008 + $i % 16, 'garaging_zip' => (string) (73000 + $i % 900)],
                    'coverages' => ['BI' => '100/300', 'PD' => '50', 'COMP' => '500', 'COLL' => '1000'],
                    'effective' => date('Y-m-d', 1717200000 + ($i % 60) * 86400),
                ]),
            ];
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace Acme\Quoting {

    final class RatingTables
    {
        private const BASE = ['BI' => 312.0, 'PD' => 148.0, 'COMP' => 96.0, 'COLL' => 287.0];
        private const STATE = ['TX' => 1.08, 'OH' => 0.91, 'FL' => 1.31, 'AZ' => 1.02, 'GA' => 1.12, 'NC' => 0.94];

        public function base(string $coverage): float
        {
            return self::BASE[$coverage] ?? 0.0;
        }

        public function stateFactor(string $state): float
        {
            return self::STATE[$state] ?? 1.0;
        }

        public function vehicleAgeFactor(int $modelYear): float
        {
            return max(0.7, 1.15 - 0.02 * (2024 - $modelYear));
        }
    }

    final class QuoteLine
    {
        private ?Quote $quote = null;

        public function __construct(
            public readonly string $coverage,
            public readonly string $limit,
            public readonly float $premium,
            public readonly string $rationale,
        ) {
        }

        public function attachTo(Quote $quote): void
        {
            $this->quote = $quote; // leak
        }

        public function shareOfTotal(): float
        {
            $total = $this->quote?->totalPremium() ?? 0.0;

            return $total > 0 ? $this->premium / $total : 0.0;
        }
    }

    final class Quote
    {
        /** @var list<QuoteLine> */
        private array $lines = [];

        public function __construct(
            public readonly string $reference,
            public readonly string $applicantName,
            public readonly string $state,
            public readonly string $effectiveDate,
        ) {
        }

        public function addLine(QuoteLine $line): void
        {
            $line->attachTo($this); // leak
            $this->lines[] = $line; // leak
        }

        public function totalPremium(): float
        {
            return array_sum(array_map(static fn (QuoteLine $l) => $l->premium, $this->lines));
        }

        /** @return list<QuoteLine> */
        public function lines(): array
        {
            return $this->lines;
        }
    }

    final class QuoteEngine
    {
        public function __construct(private RatingTables $tables, private string $referencePrefix)
        {
        }

        public function quote(array $application): Quote
        {
            $quote = new Quote(
                $this->referencePrefix . strtoupper(substr(hash('crc32b', json_encode($application)), 0, 8)),
                $application['applicant']['name'],
                $application['applicant']['state'],
                $application['effective'],
            );

            $stateFactor = $this->tables->stateFactor($quote->state);
            $ageFactor = $this->tables->vehicleAgeFactor((int) $application['vehicle']['year']);

            foreach ($application['coverages'] as $coverage => $limit) {
                $premium = round($this->tables->base($coverage) * $stateFactor * $ageFactor, 2);
                $quote->addLine(new QuoteLine(
                    $coverage,
                    (string) $limit,
                    $premium,
                    sprintf(
                        '%s %s: base %.2f x state(%s) %.2f x vehicle(%d, %s) %.3f, garaging %s',
                        $coverage,
                        $limit,
                        $this->tables->base($coverage),
                        $quote->state,
                        $stateFactor,
                        $application['vehicle']['year'],
                        $application['vehicle']['vin'],
                        $ageFactor,
                        $application['vehicle']['garaging_zip'],
                    ),
                ));
            }

            return $quote;
        }
    }

    final class QuoteController
    {
        public function __construct(private QuoteEngine $engine)
        {
        }

        public function __invoke(array $request): array
        {
            $quote = $this->engine->quote(json_decode($request['body'], true, 16, JSON_THROW_ON_ERROR));

            return [
                'reference' => $quote->reference,
                'total' => $quote->totalPremium(),
                'lines' => array_map(
                    static fn (QuoteLine $l) => ['coverage' => $l->coverage, 'premium' => $l->premium, 'share' => round($l->shareOfTotal(), 4)],
                    $quote->lines(),
                ),
            ];
        }
    }
}

namespace {
    use Acme\Quoting\QuoteController;
    use Acme\Quoting\QuoteEngine;
    use Acme\Quoting\RatingTables;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $controller = new QuoteController(new QuoteEngine(new RatingTables(), 'Q-PA-'));
    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

    while ($request = $worker->waitRequest()) {
        $worker->respond(200, json_encode($controller($request)));
    }
}
