<?php

declare(strict_types=1);

// FrankenPHP worker-mode stand-in: frankenphp_handle_request() runs the
// handler once per incoming request and returns false when the worker stops.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = $served++;
        $_SERVER['REQUEST_URI'] = '/payroll/withholding/preview';
        $_POST = [
            'employee_id' => (string) (61000 + $i),
            'state' => ['CA', 'NY', 'TX', 'WA', 'IL'][$i % 5],
            'filing_status' => ['single', 'married_joint', 'head_of_household'][$i % 3],
            'pay_date' => date('Y-m-d', 1735689600 + 86400 * ($i % 365)),
            'gross' => (string) (3100 + ($i * 37) % 4000),
            'allowances' => (string) ($i % 4),
        ];
        $handler();
        return true;
    }
}

trait MemoizesLookups
{
    private static array $memo = [];

    protected function remember(string $key, callable $resolve): mixed
    {
        if (!array_key_exists($key, self::$memo)) {
            self::$memo[$key] = $resolve(); // leak
        }

        return self::$memo[$key];
    }
}

final class TaxTableRepository
{
    /** Bracket floors per state (would be a DB table refreshed yearly). */
    private const FLOORS = [0, 10275, 41775, 89075, 170050, 215950, 539900];

    public function bracketsFor(string $state, string $filingStatus, int $taxYear): array
    {
        $factor = ['single' => 1.0, 'married_joint' => 2.0, 'head_of_household' => 1.5][$filingStatus] ?? 1.0;
        $stateRate = ['CA' => 0.093, 'NY' => 0.0685, 'TX' => 0.0, 'WA' => 0.0, 'IL' => 0.0495][$state] ?? 0.05;
        $brackets = [];
        foreach (self::FLOORS as $i => $floor) {
            $brackets[] = [
                'floor' => $floor * $factor,
                'federal_rate' => [0.10, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37][$i],
                'state_rate' => $stateRate,
                'label' => sprintf('%d %s %s bracket %d', $taxYear, $state, $filingStatus, $i + 1),
            ];
        }

        return $brackets;
    }
}

final class WithholdingCalculator
{
    use MemoizesLookups;

    public function __construct(private TaxTableRepository $tables)
    {
    }

    public function preview(WithholdingRequest $request): array
    {
        $brackets = $this->remember(
            $this->memoKey($request),
            fn () => $this->tables->bracketsFor($request->state, $request->filingStatus, $request->taxYear()),
        );

        $annual = $request->gross * 26 - $request->allowances * 4300;
        $federal = 0.0;
        foreach ($brackets as $i => $bracket) {
            $ceiling = $brackets[$i + 1]['floor'] ?? PHP_FLOAT_MAX;
            if ($annual > $bracket['floor']) {
                $federal += (min($annual, $ceiling) - $bracket['floor']) * $bracket['federal_rate'];
            }
        }

        return [
            'employee_id' => $request->employeeId,
            'federal_per_period' => round($federal / 26, 2),
            'state_per_period' => round($annual * $brackets[0]['state_rate'] / 26, 2),
        ];
    }

    private function memoKey(WithholdingRequest $request): string
    {
        return "brackets:{$request->state}:{$request->filingStatus}:{$request->payDate}:{$request->employeeId}";
    }
}

final class WithholdingRequest
{
    public function __construct(
        public readonly int $employeeId,
        public readonly string $state,
        public readonly string $filingStatus,
        public readonly string $payDate,
        public readonly float $gross,
        public readonly int $allowances,
    ) {
    }

    public const STATES = ['CA', 'NY', 'TX', 'WA', 'IL'];
    public const FILING_STATUSES = ['single', 'married_joint', 'head_of_household'];

    public static function fromGlobals(): self
    {
        $state = strtoupper($_POST['state'] ?? '');
        $filing = $_POST['filing_status'] ?? '';
        if (!in_array($state, self::STATES, true) || !in_array($filing, self::FILING_STATUSES, true)) {
            throw new \InvalidArgumentException('Unsupported jurisdiction or filing status');
        }

        return new self(
            (int) $_POST['employee_id'],
            $state,
            $filing,
            $_POST['pay_date'],
            (float) $_POST['gross'],
            (int) $_POST['allowances'],
        );
    }

    public function taxYear(): int
    {
        return (int) substr($this->payDate, 0, 4);
    }
}

$calculator = new WithholdingCalculator(new TaxTableRepository());

$handler = static function () use ($calculator): void {
    $result = $calculator->preview(WithholdingRequest::fromGlobals());
    $body = json_encode($result);
    unset($body);
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
