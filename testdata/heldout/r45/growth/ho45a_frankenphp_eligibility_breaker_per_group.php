<?php

declare(strict_types=1);

// FrankenPHP worker entrypoint for the insurance eligibility (X12 270/271) gateway.

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = $served++;
        $payers = ['AETNA', 'BCBSIL', 'CIGNA', 'HUMANA', 'UHC', 'MEDICAID-OH', 'KAISER-SCAL'];
        $serviceTypes = ['30', '1', '33', '35', '47', '98', 'AL', 'MH'];
        $_SERVER = [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => '/v1/eligibility',
            'HTTP_X_REQUEST_ID' => sprintf('req-%08x-%04d', crc32('elig' . $i), $i % 10000),
            'REMOTE_ADDR' => '10.44.0.' . ($i % 200),
        ];
        $_GET = [
            'payer' => $payers[$i % count($payers)],
            'member_id' => sprintf('W%09d', 100000000 + $i * 7),
            'group_number' => sprintf('GRP%07d', 3000000 + $i),
            'service_type' => $serviceTypes[$i % count($serviceTypes)],
            'dob' => sprintf('19%02d-%02d-%02d', 40 + $i % 60, 1 + $i % 12, 1 + $i % 28),
            'provider_npi' => (string) (1000000000 + ($i * 31) % 900000000),
        ];
        ob_start();
        try {
            $handler();
        } finally {
            ob_end_clean();
        }
        $_GET = [];
        $_SERVER = [];
        return true;
    }
}

enum ServiceType: string
{
    case HealthBenefitPlanCoverage = '30';
    case MedicalCare = '1';
    case Chiropractic = '33';
    case Dental = '35';
    case Hospital = '47';
    case ProfessionalVisitOffice = '98';
    case Vision = 'AL';
    case MentalHealth = 'MH';
}

final class Payer
{
    public function __construct(
        public readonly string $code,
        public readonly string $clearinghouseId,
        public readonly int $timeoutMs,
    ) {
    }
}

final class PayerDirectory
{
    /** @var array<string, Payer> */
    private array $payers;

    public function __construct()
    {
        $this->payers = [
            'AETNA' => new Payer('AETNA', '60054', 4000),
            'BCBSIL' => new Payer('BCBSIL', '00621', 6000),
            'CIGNA' => new Payer('CIGNA', '62308', 4000),
            'HUMANA' => new Payer('HUMANA', '61101', 5000),
            'UHC' => new Payer('UHC', '87726', 3000),
            'MEDICAID-OH' => new Payer('MEDICAID-OH', 'MCDOH', 9000),
            'KAISER-SCAL' => new Payer('KAISER-SCAL', '94134', 5000),
        ];
    }

    public function resolve(string $code): ?Payer
    {
        return $this->payers[strtoupper($code)] ?? null;
    }
}

final class EligibilityInquiry
{
    public function __construct(
        public readonly Payer $payer,
        public readonly string $memberId,
        public readonly string $groupNumber,
        public readonly ServiceType $serviceType,
        public readonly string $dateOfBirth,
        public readonly string $providerNpi,
    ) {
    }
}

/**
 * Ring of the most recent round-trip times for one payer route.
 */
final class LatencyWindow
{
    /** @var list<float> */
    private array $samples;
    private int $cursor = 0;
    private int $filled = 0;
    private int $failures = 0;

    public function __construct(private readonly int $size = 32)
    {
        $this->samples = array_fill(0, $size, 0.0);
    }

    public function record(float $ms, bool $ok): void
    {
        $this->samples[$this->cursor] = $ms;
        $this->cursor = ($this->cursor + 1) % $this->size;
        $this->filled = min($this->filled + 1, $this->size);
        $this->failures = $ok ? max(0, $this->failures - 1) : $this->failures + 1;
    }

    public function p95(): float
    {
        if ($this->filled === 0) {
            return 0.0;
        }
        $window = array_slice($this->samples, 0, $this->filled);
        sort($window);
        return $window[(int) floor(0.95 * ($this->filled - 1))];
    }

    public function isTripped(int $timeoutMs): bool
    {
        return $this->failures >= 5 || ($this->filled >= 10 && $this->p95() > $timeoutMs);
    }
}

final class CircuitBreaker
{
    /** @var array<string, LatencyWindow> */
    private array $windows = [];

    public function windowFor(string $route): LatencyWindow
    {
        return $this->windows[$route] ??= new LatencyWindow(); // leak
    }
}

final class ClearinghouseClient
{
    /** @return array{status: string, elapsed_ms: float, plan: string, copay: int} */
    public function send270(EligibilityInquiry $inquiry): array
    {
        $seed = crc32($inquiry->memberId . $inquiry->serviceType->value);
        return [
            'status' => $seed % 17 === 0 ? 'AAA' : 'active',
            'elapsed_ms' => 180 + ($seed % 900) / 3,
            'plan' => $inquiry->payer->code . ' PPO ' . ($seed % 5 + 1),
            'copay' => 10 * ($seed % 6),
        ];
    }
}

final class EligibilityService
{
    public function __construct(
        private readonly ClearinghouseClient $client,
        private readonly CircuitBreaker $breaker,
    ) {
    }

    /** @return array<string, mixed> */
    public function check(EligibilityInquiry $inquiry): array
    {
        $window = $this->breaker->windowFor($this->routeKey($inquiry));
        if ($window->isTripped($inquiry->payer->timeoutMs)) {
            return ['status' => 'deferred', 'reason' => 'payer_degraded'];
        }
        $reply = $this->client->send270($inquiry);
        $window->record($reply['elapsed_ms'], $reply['status'] !== 'AAA');
        return $reply;
    }

    private function routeKey(EligibilityInquiry $inquiry): string
    {
        // Employer groups are routed to separate payer endpoints, so each group gets its own window.
        return $inquiry->payer->code . ':' . $inquiry->groupNumber;
    }
}

final class EligibilityController
{
    public function __construct(
        private readonly PayerDirectory $payers,
        private readonly EligibilityService $service,
    ) {
    }

    public function __invoke(array $query, array $server): void
    {
        $payer = $this->payers->resolve((string) ($query['payer'] ?? ''));
        if ($payer === null) {
            http_response_code(404);
            echo json_encode(['error' => 'unknown_payer']);
            return;
        }
        $inquiry = new EligibilityInquiry(
            $payer,
            (string) $query['member_id'],
            (string) ($query['group_number'] ?? ''),
            ServiceType::tryFrom((string) ($query['service_type'] ?? '')) ?? ServiceType::HealthBenefitPlanCoverage,
            (string) $query['dob'],
            (string) $query['provider_npi'],
        );
        $result = $this->service->check($inquiry);
        header('X-Request-Id: ' . ($server['HTTP_X_REQUEST_ID'] ?? '-'));
        echo json_encode(['member_id' => $inquiry->memberId] + $result);
    }
}

// Boot once per worker thread.
$controller = new EligibilityController(
    new PayerDirectory(),
    new EligibilityService(new ClearinghouseClient(), new CircuitBreaker()),
);

$handler = static function () use ($controller): void {
    $controller($_GET, $_SERVER);
};

$maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    gc_collect_cycles();
    if (!$keepRunning) {
        break;
    }
}
