<?php

declare(strict_types=1);

// FrankenPHP worker mode: the script boots once and frankenphp_handle_request()
// runs the handler per request with fresh superglobals. Outside FrankenPHP a
// stand-in feeds PHPLEAK_N synthetic requests.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = $served++;
        $constructions = ['frame', 'masonry', 'superior'];
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/quote/homeowners';
        $_POST = [
            'quote_id' => 'HQ-' . dechex(0x5a0000 + $i),
            'insured' => "Household {$i} Okafor-Lindqvist",
            'address' => (100 + $i % 8900) . ' Juniper Hollow Lane, Unit ' . ($i % 40),
            'construction' => $constructions[$i % 3],
            'year_built' => (string) (1950 + $i % 74),
            'protection_class' => (string) (1 + $i % 10),
            'coverage_a' => (string) (180000 + ($i * 4513) % 600000),
            'deductible' => ['500', '1000', '2500'][$i % 3],
            'roof_age' => (string) ($i % 25),
            'notes' => str_repeat("Inspection {$i}: detached garage, wood stove, no trampoline. ", 14),
        ];
        $handler();

        return true;
    }
}

final class RatingTables
{
    private const CONSTRUCTION = ['frame' => 1.12, 'masonry' => 0.94, 'superior' => 0.85];
    private const DEDUCTIBLE = ['500' => 1.0, '1000' => 0.91, '2500' => 0.8];

    public function baseRatePer1000(): float
    {
        return 3.42;
    }

    public function constructionFactor(string $construction): float
    {
        return self::CONSTRUCTION[$construction] ?? 1.2;
    }

    public function protectionClassFactor(int $class): float
    {
        return 0.78 + 0.06 * max(1, min(10, $class));
    }

    public function deductibleFactor(string $deductible): float
    {
        return self::DEDUCTIBLE[$deductible] ?? 1.0;
    }

    public function ageOfHomeFactor(int $yearBuilt): float
    {
        return $yearBuilt >= 2000 ? 0.9 : ($yearBuilt >= 1975 ? 1.0 : 1.18);
    }

    public function roofFactor(int $roofAge): float
    {
        return $roofAge > 20 ? 1.25 : ($roofAge > 12 ? 1.08 : 1.0);
    }
}

final class HomeownersApplication
{
    public function __construct(
        public readonly string $quoteId,
        public readonly string $insured,
        public readonly string $address,
        public readonly string $construction,
        public readonly int $yearBuilt,
        public readonly int $protectionClass,
        public readonly int $coverageA,
        public readonly string $deductible,
        public readonly int $roofAge,
        public readonly string $inspectionNotes,
    ) {
    }

    public static function fromPost(array $post): self
    {
        return new self(
            $post['quote_id'],
            trim($post['insured']),
            trim($post['address']),
            $post['construction'],
            (int) $post['year_built'],
            (int) $post['protection_class'],
            (int) $post['coverage_a'],
            $post['deductible'],
            (int) $post['roof_age'],
            $post['notes'],
        );
    }
}

/**
 * One worksheet per quote: walks the rating steps lazily so an ineligible
 * risk stops rating at the first step that declines it.
 */
final class RatingWorksheet
{
    /** @var Generator<string, float> */
    private Generator $steps;

    /** @var array<string, float> */
    private array $applied = [];

    private ?string $declinedAt = null;

    public function __construct(
        private readonly HomeownersApplication $application,
        private readonly RatingTables $tables,
    ) {
        $this->steps = $this->ratingSteps(); // leak
    }

    private function ratingSteps(): Generator
    {
        yield 'construction' => $this->tables->constructionFactor($this->application->construction);
        yield 'protection_class' => $this->tables->protectionClassFactor($this->application->protectionClass);
        yield 'age_of_home' => $this->tables->ageOfHomeFactor($this->application->yearBuilt);
        yield 'roof' => $this->tables->roofFactor($this->application->roofAge);
        yield 'deductible' => $this->tables->deductibleFactor($this->application->deductible);
    }

    public function premium(): ?float
    {
        $premium = $this->tables->baseRatePer1000() * $this->application->coverageA / 1000;

        foreach ($this->steps as $step => $factor) {
            if ($factor >= 1.25) {
                $this->declinedAt = $step;
                return null;
            }
            $this->applied[$step] = $factor;
            $premium *= $factor;
        }

        return round($premium, 2);
    }

    public function declinedAt(): ?string
    {
        return $this->declinedAt;
    }

    public function appliedFactors(): array
    {
        return $this->applied;
    }
}

final class HomeownersQuoteAction
{
    public function __construct(private RatingTables $tables)
    {
    }

    public function __invoke(array $post): array
    {
        $worksheet = new RatingWorksheet(HomeownersApplication::fromPost($post), $this->tables);
        $premium = $worksheet->premium();

        return $premium === null
            ? ['quote' => $post['quote_id'], 'status' => 'declined', 'reason' => $worksheet->declinedAt()]
            : ['quote' => $post['quote_id'], 'status' => 'quoted', 'annual_premium' => $premium, 'factors' => $worksheet->appliedFactors()];
    }
}

$action = new HomeownersQuoteAction(new RatingTables());
$handler = static function () use ($action): void {
    $payload = json_encode($action($_POST));
    header('Content-Type: application/json');
    header('Content-Length: ' . strlen($payload));
};

while (frankenphp_handle_request($handler)) {
    // keep serving
}
