<?php

declare(strict_types=1);

// FrankenPHP worker mode: the script boots once, then frankenphp_handle_request()
// blocks for each request and runs the handler with fresh superglobals.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
            return false;
        }
        $_GET = ['patron' => 'P' . (40000 + $served % 600), 'period' => '2024-' . str_pad((string) (1 + $served % 12), 2, '0', STR_PAD_LEFT)];
        $_SERVER['REQUEST_URI'] = '/account/statement?' . http_build_query($_GET);
        $served++;
        $handler();

        return true;
    }
}

final class FineLine
{
    private ?string $statementRef = null;

    public function __construct(
        public readonly string $loanId,
        public readonly string $title,
        public readonly int $cents,
        public readonly string $explanation,
    ) {}

    public function attachTo(LoanStatement $statement): void
    {
        $this->statementRef = $statement->reference;
    }

    public function statementRef(): string
    {
        return $this->statementRef ?? '-';
    }
}

final class LoanStatement
{
    private SplObjectStorage $lines;

    public function __construct(public readonly string $reference, public readonly string $patronId)
    {
        $this->lines = new SplObjectStorage();
    }

    public function addLine(FineLine $line): void
    {
        $this->lines->attach($line);
        $line->attachTo($this);
    }

    public function totalCents(): int
    {
        $sum = 0;
        foreach ($this->lines as $line) {
            $sum += $line->cents;
        }

        return $sum;
    }

    /** @return list<array{ref: string, loan: string, text: string}> */
    public function rows(): array
    {
        $rows = [];
        foreach ($this->lines as $line) {
            $rows[] = ['ref' => $line->statementRef(), 'loan' => $line->loanId, 'text' => $line->explanation];
        }

        return $rows;
    }
}

/** Stateless service shared by every request of the worker. */
final class StatementBuilder
{
    private const TITLES = ['Middlemarch', 'The Left Hand of Darkness', 'Beloved', 'A Brief History of Time', 'Kindred'];

    public function forPatron(string $patronId, string $period): LoanStatement
    {
        $statement = new LoanStatement('ST-' . $period . '-' . $patronId, $patronId);
        foreach ([3, 11] as $k => $days) {
            $title = self::TITLES[(crc32($patronId) + $k) % 5];
            $statement->addLine(new FineLine(
                'L' . crc32($patronId . $k),
                $title,
                $days * 25,
                sprintf('"%s" was returned %d days after its due date during %s. ', $title, $days, $period)
                    . str_repeat('Overdue charge at 0.25 EUR per day, capped at 15.00 EUR per item. ', 4),
            ));
        }

        return $statement;
    }
}

$builder = new StatementBuilder();
$handler = static function () use ($builder): void {
    $statement = $builder->forPatron($_GET['patron'], $_GET['period']);
    $payload = json_encode(['total' => $statement->totalCents(), 'rows' => $statement->rows()]);
    header('Content-Type: application/json');
    header('Content-Length: ' . strlen($payload));
};

while (frankenphp_handle_request($handler)) {
    // one iteration per HTTP request
}
